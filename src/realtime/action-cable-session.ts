import type { DirectEvent } from '../api/api.js'
import type { EventHub, RealtimeEvent } from './event-hub.js'

/** The one subprotocol ActionCable's clients accept. */
export const ACTION_CABLE_PROTOCOL = 'actioncable-v1-json'

/** Rails' heartbeat: a `ping` every 3 s (a client that hears nothing for 6 s reconnects). */
const PING_INTERVAL_MS = 3000

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
  /** Events for the new subscriber alone, after its confirmation. */
  welcome?(topic: string): DirectEvent[]
  /** The answer to a subscriber's `perform(action, data)`. */
  perform?(topic: string, action: string, data: Record<string, unknown>): DirectEvent[]
  /** Whether an event may go out (the drift guard). */
  guard(name: string, data: unknown): boolean
  /** Sends one frame of an event (the faults may delay it or drop the connection). */
  deliver(frame: string): void
  pingMs?: number
}

/**
 * One connection of ActionCable's protocol (`actioncable-v1-json`), as Rails speaks it: `welcome` on
 * open, a `ping` every 3 s, `subscribe` answered with `confirm_subscription` or
 * `reject_subscription`, then every event of the subscription's topic as
 * `{ identifier, message: { event, data } }`. Nothing a client sends crashes the mock: a frame that
 * is not JSON gets Rails' `disconnect` (`invalid_request`) and a close; a command Rails does not
 * know is ignored, as Rails ignores it.
 */
export function createActionCableSession(socket: CableSocket, options: ActionCableSessionOptions) {
  const subscriptions = new Map<string, { topic: string; unsubscribe: () => void }>()
  const pingMs = options.pingMs ?? PING_INTERVAL_MS
  const ping =
    pingMs > 0
      ? setInterval(() => socket.send(JSON.stringify({ type: 'ping', message: Math.floor(Date.now() / 1000) })), pingMs)
      : undefined
  // A connection left open must not keep a test process alive.
  ;(ping as { unref?: () => void } | undefined)?.unref?.()
  socket.send(JSON.stringify({ type: 'welcome' }))

  const frame = (identifier: string, event: DirectEvent) =>
    JSON.stringify({ identifier, message: { event: event.name, data: event.data } })
  // One subscription's identifier, written once; a published event's message, once for all subscribers.
  const framePrefix = new Map<string, string>()
  const frameOf = (identifier: string, event: RealtimeEvent) => {
    let prefix = framePrefix.get(identifier)
    if (prefix === undefined)
      framePrefix.set(identifier, (prefix = `{"identifier":${JSON.stringify(identifier)},"message":`))
    return `${prefix}${formatMessage(event)}}`
  }
  const sendDirect = (identifier: string, events: DirectEvent[] | undefined) => {
    for (const event of events ?? [])
      if (options.guard(event.name, event.data)) options.deliver(frame(identifier, event))
  }

  const subscribe = (identifier: string) => {
    if (subscriptions.has(identifier)) return
    const parsed = parseObject(identifier)
    const topic = parsed ? options.subscribe(parsed) : undefined
    if (topic === undefined) {
      socket.send(JSON.stringify({ identifier, type: 'reject_subscription' }))
      return
    }
    const listener = (event: RealtimeEvent) => options.deliver(frameOf(identifier, event))
    subscriptions.set(identifier, { topic, unsubscribe: options.hub.subscribe(options.api, topic, listener) })
    socket.send(JSON.stringify({ identifier, type: 'confirm_subscription' }))
    sendDirect(identifier, options.welcome?.(topic))
  }

  const perform = (identifier: string, data: unknown) => {
    const subscription = subscriptions.get(identifier)
    const parsed = typeof data === 'string' ? parseObject(data) : undefined
    // Rails answers a message for no subscription, or without an action, with nothing.
    if (!subscription || typeof parsed?.action !== 'string') return
    sendDirect(identifier, options.perform?.(subscription.topic, parsed.action, parsed))
  }

  return {
    /** A frame the client sent. */
    receive(text: string): void {
      const command = parseObject(text)
      if (!command) {
        socket.send(JSON.stringify({ type: 'disconnect', reason: 'invalid_request', reconnect: false }))
        socket.close(1000, 'invalid_request: a frame that is not a JSON object')
        return
      }
      const identifier = typeof command.identifier === 'string' ? command.identifier : undefined
      if (command.command === 'subscribe') {
        if (identifier === undefined)
          socket.send(JSON.stringify({ identifier: command.identifier ?? null, type: 'reject_subscription' }))
        else subscribe(identifier)
      } else if (command.command === 'unsubscribe' && identifier !== undefined) {
        subscriptions.get(identifier)?.unsubscribe()
        subscriptions.delete(identifier)
        framePrefix.delete(identifier)
      } else if (command.command === 'message' && identifier !== undefined) {
        perform(identifier, command.data)
      }
    },
    /** The connection closed: nothing of it stays behind. */
    close(): void {
      if (ping) clearInterval(ping)
      for (const { unsubscribe } of subscriptions.values()) unsubscribe()
      subscriptions.clear()
    },
    get subscriptions(): number {
      return subscriptions.size
    },
  }
}

const messages = new WeakMap<RealtimeEvent, string>()

/** `{ event, data }` of a published event as JSON, written once however many subscribers receive it. */
function formatMessage(event: RealtimeEvent): string {
  let message = messages.get(event)
  if (message === undefined) messages.set(event, (message = JSON.stringify({ event: event.name, data: event.data })))
  return message
}

function parseObject(text: string): Record<string, unknown> | undefined {
  try {
    const value: unknown = JSON.parse(text)
    return typeof value === 'object' && value !== null && !Array.isArray(value)
      ? (value as Record<string, unknown>)
      : undefined
  } catch {
    return undefined
  }
}
