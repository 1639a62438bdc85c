import type { IncomingMessage } from 'node:http'
import type { Duplex } from 'node:stream'
import { WebSocketServer } from 'ws'
import { problemDetailsStyle } from '../contract/error-styles/problem-details.js'
import type { MockApis } from '../mock/create-mock-apis.js'
import { ACTION_CABLE_PROTOCOL } from '../realtime/action-cable-session.js'
import { openCableConnection } from '../realtime/open-cable-connection.js'
import type { HostCheck } from './create-host-check.js'

/** The largest frame a client may send; ActionCable's commands are a few hundred bytes. */
const MAX_FRAME_BYTES = 64 * 1024

export interface UpgradeHandler {
  /** Answers an upgrade request (`server.on('upgrade', …)`); false when no endpoint is at its path and its Host passes. */
  handle(request: IncomingMessage, socket: Duplex, head: Buffer): boolean
}

/**
 * The standalone server's WebSocket endpoints: each API's ActionCable at `<prefix><path>`
 * (Chatwoot's at `/chatwoot/cable`), negotiating `actioncable-v1-json`. An upgrade past the
 * runtime's connection limit is refused with a 503 before it becomes a WebSocket. With a host
 * check, an upgrade whose Host it refuses is answered 403, whatever its path: a rebinding page must
 * reach no WebSocket of the server.
 */
export function createUpgradeHandler(
  mock: Pick<MockApis, 'apis' | 'faults' | 'connections'>,
  checkHost?: HostCheck,
): UpgradeHandler {
  const endpoints = new Map(
    mock.apis
      .filter((mockApi) => mockApi.api.realtime?.actionCable)
      .map((mockApi) => [`${mockApi.api.prefix}${mockApi.api.realtime!.actionCable.path}`, mockApi]),
  )
  // Made on the first upgrade: a server that is never asked for a WebSocket never loads ws.
  let server: WebSocketServer | undefined
  const getServer = () =>
    (server ??= new WebSocketServer({
      noServer: true,
      maxPayload: MAX_FRAME_BYTES,
      // ActionCable offers `actioncable-v1-json` and `actioncable-unsupported`: only the first is spoken.
      handleProtocols: (protocols) => (protocols.has(ACTION_CABLE_PROTOCOL) ? ACTION_CABLE_PROTOCOL : false),
    }))
  const handle = (request: IncomingMessage, socket: Duplex, head: Buffer): boolean => {
    const refused = checkHost?.(request.headers.host)
    if (refused !== undefined) {
      const body = JSON.stringify(problemDetailsStyle.render(403, refused, []).body)
      socket.end(
        `HTTP/1.1 403 Forbidden\r\nContent-Type: application/problem+json\r\nContent-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`,
      )
      return true
    }
    const path = (request.url ?? '/').split('?', 1)[0]!
    const mockApi = endpoints.get(path)
    if (!mockApi) return false
    if (mock.connections.open >= mock.connections.max) {
      socket.end(
        `HTTP/1.1 503 Service Unavailable\r\nRetry-After: 5\r\nContent-Type: text/plain\r\nConnection: close\r\n\r\nchatmock holds its maximum of ${mock.connections.max} real-time connections\n`,
      )
      return true
    }
    getServer().handleUpgrade(request, socket, head, (webSocket) => {
      const connection = openCableConnection(
        {
          send: (text) => webSocket.send(text),
          close: (code, reason) => webSocket.close(code, reason),
          buffered: () => webSocket.bufferedAmount,
          terminate: () => webSocket.terminate(),
        },
        { mockApi, faults: mock.faults, limit: mock.connections },
      )
      if (!connection) {
        webSocket.close(1013, 'chatmock holds its maximum of real-time connections')
        return
      }
      webSocket.on('message', (data, isBinary) => connection.receive(isBinary ? '' : data.toString()))
      webSocket.on('close', () => connection.close())
      // A frame over the limit, or a broken one: ws closes the socket and says why; nothing else to do.
      webSocket.on('error', () => connection.close())
    })
    return true
  }
  return { handle }
}
