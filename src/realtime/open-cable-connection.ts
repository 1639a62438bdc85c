import type { Api } from '../api/api.js'
import type { FaultSource } from '../api/fault-source.js'
import { type CableSocket, createActionCableSession } from './action-cable-session.js'
import type { ConnectionLimit } from './connection-limit.js'
import { createDelivery } from './create-delivery.js'
import type { EventGuard } from './create-publisher.js'
import type { EventHub } from './event-hub.js'

/** A socket as a shell offers it: sends, closes, says what waits unsent, and can be cut. */
export interface ShellSocket extends CableSocket {
  buffered(): number
  /** Cuts the connection without a closing handshake (a network failure). */
  terminate(): void
}

export interface CableConnection {
  receive(text: string): void
  /** The socket closed, whichever end closed it. */
  close(): void
}

/** What a connection uses of an API's mock: its cable, its store, where its events go. */
interface CableMock {
  api: Api
  store: unknown
  events: { hub: EventHub; guard: EventGuard }
}

export interface CableContext {
  mockApi: CableMock
  faults: FaultSource
  limit: ConnectionLimit
}

/**
 * One ActionCable connection of an API, the same behind the standalone server (`ws`) and msw's
 * `ws` interception: a session of the protocol on the API's store and events, whose frames leave
 * through the settings' latency and network faults. Undefined when the runtime holds as many
 * connections as it may (the shell then refuses it).
 */
export function openCableConnection(
  socket: ShellSocket,
  { mockApi, faults, limit }: CableContext,
): CableConnection | undefined {
  const cable = mockApi.api.realtime?.actionCable
  const release = cable ? limit.acquire(() => socket.terminate()) : undefined
  if (!cable || !release) return undefined
  const deliver = createDelivery({
    faults,
    api: mockApi.api.id,
    send: (text) => socket.send(text),
    drop: () => socket.terminate(),
    buffered: () => socket.buffered(),
  })
  const session = createActionCableSession(socket, {
    api: mockApi.api.id,
    hub: mockApi.events.hub,
    guard: mockApi.events.guard,
    deliver,
    subscribe: (identifier) => cable.subscribe(identifier, mockApi.store),
    welcome: cable.welcome && ((topic) => cable.welcome!(topic, mockApi.store)),
    perform: cable.perform && ((topic, action, data) => cable.perform!(topic, action, data, mockApi.store)),
  })
  let closed = false
  return {
    receive: (text) => {
      if (!closed) session.receive(text)
    },
    close: () => {
      if (closed) return
      closed = true
      session.close()
      release()
    },
  }
}
