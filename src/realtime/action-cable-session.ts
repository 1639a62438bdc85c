import type { EventHub, RealtimeEvent } from './event-hub.js'

/** The one subprotocol ActionCable's clients accept. */
export const ACTION_CABLE_PROTOCOL = 'actioncable-v1-json'

/** What a session needs of a WebSocket, whichever end provides it (the `ws` server, msw's `ws`). */
export interface CableSocket {
  send(text: string): void
  close(code: number, reason: string): void
}

export interface ActionCableSessionOptions {
  api: string
  hub: EventHub
  /** The topic a subscription's identifier names, or undefined to reject it. */
  subscribe(identifier: Record<string, unknown>): string | undefined
  /** How often to ping (Rails: every 3 s); 0 for never. */
  pingMs?: number
  /** Delivers one event frame (a fault may delay it or drop the connection); default: send it. */
  deliver?(socket: CableSocket, frame: string): void
}

/**
 * One connection of ActionCable's protocol (`actioncable-v1-json`), as Rails speaks it: `welcome` on
 * open, a `ping` every 3 s, `subscribe` answered with `confirm_subscription` or
 * `reject_subscription`, then every event of the subscription's topic as
 * `{ identifier, message: { event, data } }`. A frame that is not JSON gets Rails' `disconnect`
 * with reason `invalid_request`; nothing a client sends crashes the mock.
 */
export function createActionCableSession(socket: CableSocket, options: ActionCableSessionOptions) {
  const subscriptions = new Map<string, () => void>()
  const deliver = options.deliver ?? ((target: CableSocket, frame: string) => target.send(frame))
  const pingMs = options.pingMs ?? 3000
  const ping = pingMs > 0 ? setInterval(() => socket.send(JSON.stringify({ type: 'ping', message: Math.floor(Date.now() / 1000) })), pingMs) : undefined
  ;(ping as { unref?: () => void } | undefined)?.unref?.()
  socket.send(JSON.stringify({ type: 'welcome' }))

  const subscribe = (identifier: string) => {
    if (subscriptions.has(identifier)) return
    let parsed: unknown
    try {
      parsed = JSON.parse(identifier)
    } catch {
      parsed = undefined
    }
    const topic = typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed) ? options.subscribe(parsed as Record<string, unknown>) : undefined
    if (topic === undefined) {
      socket.send(JSON.stringify({ identifier, type: 'reject_subscription' }))
      return
    }
    const listener = (event: RealtimeEvent) => deliver(socket, JSON.stringify({ identifier, message: { event: event.name, data: event.data } }))
    subscriptions.set(identifier, options.hub.subscribe(options.api, topic, listener))
    socket.send(JSON.stringify({ identifier, type: 'confirm_subscription' }))
  }

  return {
    /** A frame the client sent. */
    receive(text: string): void {
      let frame: { command?: unknown; identifier?: unknown }
      try {
        frame = JSON.parse(text)
      } catch {
        socket.send(JSON.stringify({ type: 'disconnect', reason: 'invalid_request', reconnect: false }))
        socket.close(1000, 'invalid_request: a frame that is not JSON')
        return
      }
      const identifier = typeof frame?.identifier === 'string' ? frame.identifier : undefined
      if (frame?.command === 'subscribe' && identifier !== undefined) subscribe(identifier)
      else if (frame?.command === 'unsubscribe' && identifier !== undefined) {
        subscriptions.get(identifier)?.()
        subscriptions.delete(identifier)
      } else if (frame?.command === 'subscribe' || frame?.command === 'unsubscribe') socket.send(JSON.stringify({ identifier: frame.identifier ?? null, type: 'reject_subscription' }))
      // Other commands (`message`, a client's `perform`) have nothing to act on: Rails would log and go on.
    },
    /** The connection closed: nothing of it stays behind. */
    close(): void {
      if (ping) clearInterval(ping)
      for (const unsubscribe of subscriptions.values()) unsubscribe()
      subscriptions.clear()
    },
    get subscriptions(): number {
      return subscriptions.size
    },
  }
}

export type ActionCableSession = ReturnType<typeof createActionCableSession>
