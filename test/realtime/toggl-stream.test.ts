import { EventSource } from 'eventsource'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { type Runtime, runtimes } from '../support/runtimes.js'

const AUTH = { authorization: 'Bearer toggl_sk_ada' }

/** An EventSource (the `eventsource` package, as Node apps use it) that sends Toggl credentials. */
function openStream(url: string) {
  const source = new EventSource(url, { fetch: (input, init) => fetch(input, { ...init, headers: { ...init?.headers, ...AUTH } }) })
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
      const reply = runtime.admin.act('toggl-focus', 'assistantReply', { workspace_id: 1, chat_id: 1, text: 'Here is the agenda for today', chunks: 3, chunkIntervalMs: 0 })
      const events = await stream.until(9)
      await reply
      expect(events.slice(0, 6).map((event) => event.type)).toEqual(Array(6).fill('message.created'))
      expect(events.slice(6).map((event) => [event.type, event.id, event.data.message.content.text, event.data.complete])).toEqual([
        ['message.created', '1', 'Here is ', false],
        ['message.updated', '2', 'Here is the agenda ', false],
        ['message.updated', '3', 'Here is the agenda for today', true],
      ])
    } finally {
      stream.source.close()
    }
  })
})
