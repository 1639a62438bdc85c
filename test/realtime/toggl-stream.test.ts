import { EventSource } from 'eventsource'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { type Runtime, runtimes } from '../support/runtimes.js'

const AUTH = { authorization: 'Bearer toggl_sk_ada' }

/** An EventSource (the `eventsource` package, as Node apps use it) that sends Toggl credentials (and, to resume, a Last-Event-ID). */
function openStream(url: string, extraHeaders: Record<string, string> = {}) {
  const source = new EventSource(url, {
    fetch: (input, init) => fetch(input, { ...init, headers: { ...init?.headers, ...AUTH, ...extraHeaders } }),
  })
  const events: Array<{ type: string; id: string; data: any }> = []
  const waiters: Array<() => void> = []
  for (const type of ['message.created', 'message.updated']) {
    source.addEventListener(type, (event) => {
      events.push({ type, id: event.lastEventId, data: JSON.parse(event.data) })
      for (const wake of waiters.splice(0)) wake()
    })
  }
  const until = async (count: number) => {
    while (events.length < count) await new Promise<void>((resolve) => waiters.push(resolve))
    return events
  }
  return { source, events, until }
}

it('sets up in process where there is no global EventSource (Node 20): the stream needs none', async () => {
  expect(typeof (globalThis as { EventSource?: unknown }).EventSource).toBe('undefined')
  const { setupChatmock } = await import('../../src/runtimes/node.js')
  await expect(setupChatmock({ apis: ['toggl-focus'] })).resolves.toBeDefined()
})

describe.each(runtimes)('Toggl Focus message stream, %s', (_, start) => {
  let runtime: Runtime
  beforeAll(async () => {
    runtime = await start()
  })
  afterAll(() => runtime.stop())
  beforeEach(() => runtime.reset())

  it('sends the chat messages, then an assistant reply in chunks', async () => {
    const stream = openStream(`${runtime.baseUrl('toggl-focus')}/workspaces/1/chats/1/messages/stream`)
    try {
      await stream.until(6)
      const reply = runtime.admin.act('toggl-focus', 'assistantReply', {
        workspace_id: 1,
        chat_id: 1,
        text: 'Here is the agenda for today',
        chunks: 3,
        chunkIntervalMs: 0,
      })
      const events = await stream.until(9)
      await reply
      expect(events.slice(0, 6).map((event) => event.type)).toEqual(Array(6).fill('message.created'))
      expect(
        events.slice(6).map((event) => [event.type, event.id, event.data.message.content.text, event.data.complete]),
      ).toEqual([
        ['message.created', '1', 'Here is ', false],
        ['message.updated', '2', 'Here is the agenda ', false],
        ['message.updated', '3', 'Here is the agenda for today', true],
      ])
    } finally {
      stream.source.close()
    }
  })

  it('sends the chat messages in the order order_by asks for', async () => {
    const stream = openStream(`${runtime.baseUrl('toggl-focus')}/workspaces/1/chats/1/messages/stream?order_by=-id`)
    try {
      const events = await stream.until(6)
      expect(events.map((event) => event.data.message.id)).toEqual([6, 5, 4, 3, 2, 1])
      expect(events.every((event) => event.type === 'message.created' && event.data.complete === true)).toBe(true)
    } finally {
      stream.source.close()
    }
  })

  it('sends a PATCHed message as message.updated, numbered after the ones before', async () => {
    const stream = openStream(`${runtime.baseUrl('toggl-focus')}/workspaces/1/chats/1/messages/stream`)
    try {
      await stream.until(6)
      const patched = await fetch(`${runtime.baseUrl('toggl-focus')}/workspaces/1/chats/1/messages/2`, {
        method: 'PATCH',
        headers: { ...AUTH, 'content-type': 'application/json' },
        body: JSON.stringify({ feedback_type: 'thumbs_up' }),
      })
      expect(patched.status).toBe(204)
      const [event] = (await stream.until(7)).slice(6)
      expect([
        event!.type,
        event!.id,
        event!.data.message.id,
        event!.data.message.feedback_type,
        event!.data.complete,
      ]).toEqual(['message.updated', '1', 2, 'thumbs_up', true])
    } finally {
      stream.source.close()
    }
  })

  it('resumes after the Last-Event-ID a client sends: only the events it missed, not the messages again', async () => {
    await runtime.admin.act('toggl-focus', 'assistantReply', {
      workspace_id: 1,
      chat_id: 1,
      text: 'One two three',
      chunks: 3,
      chunkIntervalMs: 0,
    })
    const stream = openStream(`${runtime.baseUrl('toggl-focus')}/workspaces/1/chats/1/messages/stream`, {
      'Last-Event-ID': '1',
    })
    try {
      const events = await stream.until(2)
      expect(events.map((event) => [event.type, event.id, event.data.message.content.text])).toEqual([
        ['message.updated', '2', 'One two '],
        ['message.updated', '3', 'One two three'],
      ])
    } finally {
      stream.source.close()
    }
  })

  it('answers JSON without Accept: text/event-stream, and 404 for an unknown chat with it', async () => {
    const json = await fetch(`${runtime.baseUrl('toggl-focus')}/workspaces/1/chats/1/messages/stream`, {
      headers: AUTH,
    })
    expect(json.headers.get('content-type')).toBe('application/json')
    expect((await json.json()).items).toHaveLength(6)
    const missing = await fetch(`${runtime.baseUrl('toggl-focus')}/workspaces/1/chats/999999/messages/stream`, {
      headers: { ...AUTH, accept: 'text/event-stream' },
    })
    expect(missing.status).toBe(404)
  })
})
