import { ws, type WebSocketHandler } from 'msw'
import type { MockApis } from '../../mock/create-mock-apis.js'
import { openCableConnection } from '../../realtime/open-cable-connection.js'

type WebSocketLink = ReturnType<typeof ws.link>

// msw's every `ws.link()` adds a listener, never removed, to one BroadcastChannel it shares across
// the process: one link per URL, shared by every runtime of the process, keeps that to one each.
const links = new Map<string, WebSocketLink>()

function linkTo(url: string): WebSocketLink {
  let link = links.get(url)
  if (!link) links.set(url, (link = ws.link(url)))
  return link
}

/**
 * msw's `ws` handlers for every API's ActionCable URL (Chatwoot: `wss://app.chatwoot.com/cable`),
 * speaking the same protocol as the standalone server. msw intercepts WebSockets only where a
 * global `WebSocket` exists: browsers, Node 22+, and Node 20 run with `--experimental-websocket`.
 * Elsewhere no handler is made (a socket cannot be opened there anyway), and nothing throws.
 */
export function toMswCableHandlers(mock: Pick<MockApis, 'apis' | 'faults' | 'connections'>): WebSocketHandler[] {
  if (typeof globalThis.WebSocket === 'undefined') return []
  return mock.apis.flatMap((mockApi) => {
    const cable = mockApi.api.realtime?.actionCable
    if (!cable) return []
    return [
      linkTo(cable.url).addEventListener('connection', ({ client }) => {
        const connection = openCableConnection(
          {
            send: (text) => client.send(text),
            close: (code, reason) => client.close(code, reason),
            // In process a frame is handed over at once: nothing waits unsent.
            buffered: () => 0,
            // msw lets a mock close with 1006, what a client sees when the network fails.
            terminate: () => client.close(1006, 'network error'),
          },
          { mockApi, faults: mock.faults, limit: mock.connections },
        )
        if (!connection) {
          client.close(1013, 'chatmock holds its maximum of real-time connections')
          return
        }
        client.addEventListener('message', (event) =>
          connection.receive(typeof event.data === 'string' ? event.data : ''),
        )
        client.addEventListener('close', () => connection.close())
      }),
    ]
  })
}
