import { execFileSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { afterAll, beforeAll, expect, it } from 'vitest'
import { startNpm } from '../support/start-npm.js'

// The README's "Real time" commands, verbatim, against `npm start` as the README says.

const root = fileURLToPath(new URL('../../', import.meta.url))
const readme = readFileSync(new URL('README.md', `file://${root}`), 'utf8')

/** The sh blocks of one subsection of "## Real time". */
function shBlocks(heading: string): string[] {
  const start = readme.indexOf(`\n${heading}\n`)
  const end = readme.indexOf('\n### ', start + heading.length + 2)
  return [...readme.slice(start, end === -1 ? undefined : end).matchAll(/```sh\n([\s\S]*?)\n```/g)].map((match) => match[1]!)
}

const otherSide = shBlocks('### The other side of the conversation')
const stream = shBlocks('### Toggl Focus: the message stream')

let url = ''
let stop: () => void = () => {}
beforeAll(async () => {
  ;({ url, stop } = await startNpm())
}, 30_000)
afterAll(() => stop())

/** Runs a README block against the started server; resolves with its output and exit status. */
function run(block: string): { stdout: string; status: number } {
  try {
    return { stdout: execFileSync('bash', ['-c', block.replaceAll('http://127.0.0.1:4010', url)], { encoding: 'utf8' }), status: 0 }
  } catch (error) {
    const failed = error as { stdout: string; status: number }
    return { stdout: failed.stdout, status: failed.status }
  }
}

const auth = { authorization: 'Bearer toggl_sk_ada' }

it('has the two blocks of the other side and one of the stream', () => {
  expect([otherSide.length, stream.length]).toEqual([2, 1])
})

it('runs the assistant\'s reply in three chunks, and lists it', async () => {
  const { stdout, status } = run(otherSide[0]!)
  expect(status).toBe(0)
  expect(JSON.parse(stdout)).toMatchObject({ chat_id: 1, role: 'assistant', content: { text: 'Here is your agenda for today' } })
  const messages = await (await fetch(`${url}/toggl-focus/workspaces/1/chats/1/messages?per_page=100`, { headers: auth })).json()
  expect(messages.data.at(-1).content.text).toBe('Here is your agenda for today')
})

it('sets the scripted reply, which answers a thumbs-down with the assistant\'s apology', async () => {
  expect(run(otherSide[1]!).status).toBe(0)
  expect((await (await fetch(`${url}/__chatmock/settings`)).json()).replies).toHaveLength(1)
  const before = (await (await fetch(`${url}/toggl-focus/workspaces/1/chats/2/messages?per_page=100`, { headers: auth })).json()).data.length
  const patched = await fetch(`${url}/toggl-focus/workspaces/1/chats/2/messages/7`, { method: 'PATCH', headers: { ...auth, 'content-type': 'application/json' }, body: '{"feedback_type":"thumbs_down"}' })
  expect(patched.status).toBe(204)
  // The reply comes 800 ms later, by itself: read the list until it is there (at most 5 s).
  let last: { content: { text: string }; role: string } | undefined
  for (let read = 0; read < 100 && last?.content.text !== 'Sorry! Let me try again.'; read++) {
    await new Promise((resolve) => setTimeout(resolve, 50))
    const data = (await (await fetch(`${url}/toggl-focus/workspaces/1/chats/2/messages?per_page=100`, { headers: auth })).json()).data
    if (data.length > before) last = data.at(-1)
  }
  expect(last).toMatchObject({ role: 'assistant', content: { text: 'Sorry! Let me try again.' } })
  await fetch(`${url}/__chatmock/settings`, { method: 'PUT', headers: { 'content-type': 'application/json' }, body: '{}' })
})

it('streams the chat\'s messages as Server-Sent Events until --max-time ends curl', () => {
  const { stdout, status } = run(stream[0]!)
  expect(status).toBe(28)
  const events = stdout.split('\n\n').filter((frame) => frame.includes('event: message.created'))
  expect(events.length).toBeGreaterThanOrEqual(6)
  expect(JSON.parse(events[0]!.split('data: ')[1]!)).toMatchObject({ message: { id: 1, chat_id: 1 }, complete: true })
})
