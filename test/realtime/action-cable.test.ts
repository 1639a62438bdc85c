import { WebSocket as NodeWebSocket } from 'ws'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import type { Admin } from '../../src/mock/create-admin.js'
import { setupChatmock } from '../../src/runtimes/node.js'
import { startChatmockServer } from '../../src/server/start-chatmock-server.js'
import { notesApi } from '../fixtures/throwaway-api/index.js'
import { subscribe, useActionCableIn } from '../support/cable-client.js'

// ActionCable, as Rails' own consumer (@rails/actioncable) speaks it, against an API defined
// outside src/ (test/fixtures/throwaway-api): in process through msw's ws interception, and on the
// standalone server through the `ws` package.

interface CableRuntime {
  http: string
  cable: string
  WebSocket: unknown
  admin: Admin
  reset(): Promise<void>
  stop(): Promise<void>
}

const runtimes: Array<[string, () => Promise<CableRuntime>]> = [
  [
    'in-process (msw/node)',
    async () => {
      const chatmock = await setupChatmock({ apis: [notesApi] })
      chatmock.server.listen({ onUnhandledRequest: 'error' })
      // After listen(): the global is msw's patched class.
      return {
        http: 'https://notes.throwaway.test',
        cable: 'wss://notes.throwaway.test/cable',
        WebSocket: globalThis.WebSocket,
        admin: chatmock.admin,
        reset: () => chatmock.reset(),
        stop: async () => chatmock.server.close(),
      }
    },
  ],
  [
    'standalone server (Express)',
    async () => {
      const server = await startChatmockServer({ port: 0, apis: [notesApi] })
      return {
        http: `${server.url}/notes`,
        cable: `${server.url.replace('http', 'ws')}/notes/cable`,
        WebSocket: NodeWebSocket,
        admin: server.admin,
        reset: () => server.reset(),
        stop: () => server.close(),
      }
    },
  ],
]

describe.each(runtimes)('ActionCable, %s', (_, start) => {
  let runtime: CableRuntime
  let ActionCable: ReturnType<typeof useActionCableIn>
  beforeAll(async () => {
    runtime = await start()
    ActionCable = useActionCableIn(runtime.WebSocket)
  })
  afterAll(() => runtime.stop())
  beforeEach(() => runtime.reset())

  it('confirms a subscription, welcomes it, and delivers what an HTTP request and the other side do', async () => {
    const consumer = ActionCable.createConsumer(runtime.cable)
    try {
      const board = subscribe(consumer, { channel: 'BoardChannel' })
      expect(await board.settled()).toBe('connected')
      expect(await board.messages(1)).toEqual([{ event: 'board.hello', data: { notes: 2 } }])
      const created = await fetch(`${runtime.http}/notes`, {
        method: 'POST',
        headers: { authorization: 'Bearer t', 'content-type': 'application/json' },
        body: JSON.stringify({ text: 'Water the plants' }),
      })
      expect(created.status).toBe(201)
      await runtime.admin.act('notes', 'writeNote', { text: 'Feed the cat' })
      board.subscription.perform('count')
      expect((await board.messages(4)).slice(1)).toEqual([
        { event: 'note.created', data: { id: 3, text: 'Water the plants' } },
        { event: 'note.created', data: { id: 4, text: 'Feed the cat' } },
        { event: 'board.hello', data: { notes: 4 } },
      ])
    } finally {
      consumer.disconnect()
    }
  })

  it('rejects a subscription to a channel the API does not have', async () => {
    const consumer = ActionCable.createConsumer(runtime.cable)
    try {
      expect(await subscribe(consumer, { channel: 'NoSuchChannel' }).settled()).toBe('rejected')
    } finally {
      consumer.disconnect()
    }
  })
})
