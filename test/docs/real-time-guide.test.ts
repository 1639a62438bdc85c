import { afterAll, beforeAll, expect, it } from 'vitest'
import { pollUntil } from '../support/poll-until.js'
import { type DocBlock, readBlocks, splitChunks } from './read-docs.js'
import { runChunk, type Server, startServer } from './run-docs.js'

// docs/guides/real-time.md: what its commands' comments promise beyond a status (run-docs.ts checks
// the statuses): the assistant's reply, the scripted replies that answer by themselves, the stream.

const blocks = readBlocks('docs/guides/real-time.md').filter((block) => block.lang === 'sh')
const chunkOf = (pattern: RegExp) =>
  blocks.flatMap((block: DocBlock) => splitChunks(block)).find((chunk) => pattern.test(chunk.comment))!
const toggl = { authorization: 'Bearer toggl_sk_ada' }

let server: Server
beforeAll(async () => {
  server = await startServer('npm start')
}, 30_000)
afterAll(() => server.stop())

const run = (pattern: RegExp) => runChunk({ ...chunkOf(pattern), expected: { exit: 0 } }, server)
const messagesOf = async (path: string, headers: Record<string, string> = {}) =>
  (await (await fetch(`${server.url}${path}`, { headers })).json()) as unknown

it("runs the assistant's reply in three chunks, and lists it", async () => {
  expect(run(/^# 200: the assistant's message/).got).toBe('0')
  const messages = (await messagesOf('/toggl-focus/workspaces/1/chats/1/messages?per_page=100', toggl)) as {
    data: Array<{ role: string; content: { text: string } }>
  }
  expect(messages.data.at(-1)).toMatchObject({ role: 'assistant', content: { text: 'Here is your agenda for today' } })
})

it("sets the scripted reply, which answers a thumbs-down with the assistant's apology by itself", async () => {
  expect(run(/^# 200: from now on a thumbs-down/).got).toBe('0')
  const patched = await fetch(`${server.url}/toggl-focus/workspaces/1/chats/2/messages/7`, {
    method: 'PATCH',
    headers: { ...toggl, 'content-type': 'application/json' },
    body: '{"feedback_type":"thumbs_down"}',
  })
  expect(patched.status).toBe(204)
  const read = () =>
    messagesOf('/toggl-focus/workspaces/1/chats/2/messages?per_page=100', toggl) as Promise<{
      data: Array<{ role: string; content: { text?: string } }>
    }>
  const messages = await pollUntil(
    read,
    (value) => value.data.at(-1)?.content.text === 'Sorry! Let me try again.',
    5000,
  )
  expect(messages.data.at(-1)).toMatchObject({ role: 'assistant' })
})

it("walks the ActionCable section in order: the agent's scripted answer comes after the contact writes, and only then are the replies turned off", async () => {
  const conversation =
    '/chatwoot/public/api/v1/inboxes/inbox_identifier_example/contacts/contact_identifier_example/conversations/56/messages'
  expect(run(/^# 200: a scripted reply: every contact message/).got).toBe('0')
  expect(run(/^# 200: the contact writes/).got).toBe('0')
  const read = () => messagesOf(conversation) as Promise<Array<{ content: string; message_type: number }>>
  const answered = await pollUntil(
    read,
    (value) => value.at(-1)?.content === 'Thanks! An agent will be with you shortly.',
    5000,
  )
  expect(answered.at(-1)).toMatchObject({ message_type: 1 })
  expect(chunkOf(/^# 200: the last message is the agent's/).comment).toContain(
    '"Thanks! An agent will be with you shortly."',
  )
  expect(run(/^# 200: settings back to none/).got).toBe('0')
  expect(await (await fetch(`${server.url}/__chatmock/settings`)).json()).toEqual({})
})

it("streams the chat's messages as Server-Sent Events until --max-time ends curl", () => {
  const { got, output } = runChunk(chunkOf(/^# exit 28: the stream stays open/), server)
  expect(got).toBe('28')
  const events = output.split('\n\n').filter((frame) => frame.includes('event: message.created'))
  expect(events.length).toBeGreaterThanOrEqual(6)
  expect(JSON.parse(events[0]!.split('data: ')[1]!)).toMatchObject({ message: { id: 1, chat_id: 1 }, complete: true })
})
