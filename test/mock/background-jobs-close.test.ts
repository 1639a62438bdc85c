import { afterEach, expect, it, vi } from 'vitest'
import { setupChatmock } from '../../src/runtimes/node.js'
import { startChatmockServer } from '../../src/server/start-chatmock-server.js'

// The background work a resolver deferred (Chatwoot's CSAT survey after toggle_status) leaves no
// timer behind: a reset cancels what is due for the API reset, closing the runtime all of it.

const TOGGLE =
  '/public/api/v1/inboxes/inbox_identifier_example/contacts/contact_sets_example/conversations/58/toggle_status'
const LATER = { jobDelay: 60_000 }

afterEach(() => {
  vi.useRealTimers()
})

it('cancels the survey still due on reset and on close, on the standalone server', async () => {
  const server = await startChatmockServer({ port: 0, apis: ['chatwoot'], settings: LATER })
  try {
    expect((await fetch(`${server.url}/chatwoot${TOGGLE}`, { method: 'POST' })).status).toBe(200)
    expect(server.jobs.pending).toBe(1)
    await server.reset()
    expect(server.jobs.pending).toBe(0)
    await fetch(`${server.url}/chatwoot${TOGGLE}`, { method: 'POST' })
    expect(server.jobs.pending).toBe(1)
  } finally {
    await server.close()
  }
  expect(server.jobs.pending).toBe(0)
})

it('cancels the survey still due when msw/node closes, so that no timer is left', async () => {
  const chatmock = await setupChatmock({ apis: ['chatwoot'], settings: LATER })
  chatmock.server.listen({ onUnhandledRequest: 'error' })
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] })
  try {
    expect((await fetch(`https://app.chatwoot.com${TOGGLE}`, { method: 'POST' })).status).toBe(200)
    expect(vi.getTimerCount()).toBe(1)
  } finally {
    chatmock.server.close()
  }
  expect(vi.getTimerCount()).toBe(0)
  vi.runAllTimers()
  expect(chatmock.stores.chatwoot.findCsatMessage(58)).toBeUndefined()
})

it('sends the survey after the delay when nothing cancels it, and answers toggle_status without it', async () => {
  const chatmock = await setupChatmock({ apis: ['chatwoot'], settings: LATER })
  chatmock.server.listen({ onUnhandledRequest: 'error' })
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] })
  try {
    const answer = await (await fetch(`https://app.chatwoot.com${TOGGLE}`, { method: 'POST' })).json()
    expect(answer.messages.map((message: { id: number }) => message.id)).toEqual([62])
    await vi.advanceTimersByTimeAsync(60_000)
    expect(chatmock.stores.chatwoot.findCsatMessage(58)).toMatchObject({
      content_type: 'input_csat',
      conversation_id: 58,
    })
  } finally {
    chatmock.server.close()
  }
})

it("takes jobDelay through PUT /__chatmock/settings: 0 puts the survey in toggle_status's answer, a bad value is a 400", async () => {
  const server = await startChatmockServer({ port: 0, apis: ['chatwoot'] })
  const put = (settings: unknown) =>
    fetch(`${server.url}/__chatmock/settings`, {
      method: 'PUT',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(settings),
    })
  try {
    expect(
      (await put({ apis: { chatwoot: { operations: { toggleConversationStatus: { jobDelay: 0 } } } } })).status,
    ).toBe(200)
    const answer = await (await fetch(`${server.url}/chatwoot${TOGGLE}`, { method: 'POST' })).json()
    expect(answer.messages.map((message: { content_type: string }) => message.content_type)).toEqual([
      'text',
      'input_csat',
    ])
    expect(server.jobs.pending).toBe(0)
    const refused = await put({ jobDelay: -5 })
    expect(refused.status).toBe(400)
    expect((await refused.json()).detail).toBe('invalid settings: settings.jobDelay must be milliseconds >= 0, got -5')
  } finally {
    await server.close()
  }
})
