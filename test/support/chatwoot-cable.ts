import { WebSocket as NodeWebSocket } from 'ws'
import type { Admin } from '../../src/mock/create-admin.js'
import type { MockApisOptions } from '../../src/mock/create-mock-apis.js'
import { setupChatmock } from '../../src/runtimes/node.js'
import { startChatmockServer } from '../../src/server/start-chatmock-server.js'
import { subscribe, useActionCableIn } from './cable-client.js'

/** A runtime as a Chatwoot client sees it: the client API's base URL, the cable's URL, and the WebSocket class to open it with. */
export interface ChatwootCableRuntime {
  /** `…/public/api/v1` of the runtime. */
  api: string
  cable: string
  /** The standalone server's root URL (its admin API); undefined in process. */
  server?: string
  WebSocket: unknown
  admin: Admin
  reset(): Promise<void>
  stop(): Promise<void>
}

type Options = MockApisOptions<readonly ['chatwoot']>

/** Chatwoot alone, in process (msw: the global WebSocket after listen()) and on the standalone server (`ws`'s WebSocket). */
export const chatwootCableRuntimes: Array<
  [string, (options?: Omit<Options, 'apis'>) => Promise<ChatwootCableRuntime>]
> = [
  [
    'in-process (msw/node)',
    async (options) => {
      const chatmock = await setupChatmock({ ...options, apis: ['chatwoot'] })
      chatmock.server.listen({ onUnhandledRequest: 'error' })
      // After listen(): the global is msw's patched class.
      return {
        api: 'https://app.chatwoot.com/public/api/v1',
        cable: 'wss://app.chatwoot.com/cable',
        WebSocket: globalThis.WebSocket,
        admin: chatmock.admin,
        reset: () => chatmock.reset(),
        stop: async () => chatmock.server.close(),
      }
    },
  ],
  [
    'standalone server (Express)',
    async (options) => {
      const server = await startChatmockServer({ port: 0, ...options, apis: ['chatwoot'] })
      return {
        api: `${server.url}/chatwoot/public/api/v1`,
        cable: `${server.url.replace('http', 'ws')}/chatwoot/cable`,
        server: server.url,
        WebSocket: NodeWebSocket,
        admin: server.admin,
        reset: () => server.reset(),
        stop: () => server.close(),
      }
    },
  ],
]

/** Sends a request to the client API; the body is JSON when there is one. */
export async function send(
  runtime: ChatwootCableRuntime,
  method: string,
  path: string,
  body?: unknown,
): Promise<{ status: number; body: any }> {
  const response = await fetch(`${runtime.api}${path}`, {
    method,
    headers: body === undefined ? {} : { 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  })
  const text = await response.text()
  return { status: response.status, body: text === '' ? undefined : JSON.parse(text) }
}

/**
 * A contact's subscription, as the widget opens it (`RoomChannel` with its pubsub token, and any
 * other identifier fields given), through Rails' own consumer; `next(n)` resolves with the next n
 * events after those already taken.
 */
export function openContactRoom(
  runtime: ChatwootCableRuntime,
  pubsubToken: string,
  more: Record<string, unknown> = {},
) {
  const consumer = useActionCableIn(runtime.WebSocket).createConsumer(runtime.cable)
  const room = subscribe(consumer, { channel: 'RoomChannel', pubsub_token: pubsubToken, ...more })
  let taken = 0
  return {
    room,
    settled: room.settled,
    async next(count = 1): Promise<Array<{ event: string; data: any }>> {
      const all = await room.messages(taken + count)
      const events = all.slice(taken, taken + count)
      taken += count
      return events
    },
    close: () => consumer.disconnect(),
  }
}
