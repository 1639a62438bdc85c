import type { PlainResponse, ResponseStream } from '../api/exchange.js'
import type { FaultSource } from '../api/fault-source.js'
import { createDelivery } from './create-delivery.js'
import type { EventGuard } from './create-publisher.js'
import type { ConnectionLimit } from './connection-limit.js'
import type { EventHub, RealtimeEvent } from './event-hub.js'

/** A comment line keeps proxies and idle timers from closing a quiet stream. */
const HEARTBEAT_MS = 15_000

export interface EventStreamOptions {
  hub: EventHub
  api: string
  /** The operation that opened the stream: its latency and faults apply to the events. */
  operationId?: string
  topic: string
  /** What a client starting fresh receives first (a chat's messages), in order, as events. */
  backlog(): Array<{ name: string; data: unknown }>
  /** The `Last-Event-ID` a reconnecting client sent: it resumes after that event. */
  lastEventId?: number
  guard: EventGuard
  faults?: FaultSource
  heartbeatMs?: number
  /** The runtime's bound on open connections; a stream past it ends at once, asking the client to retry later. */
  limit?: ConnectionLimit
}

/** How long a client turned away for too many connections waits before it tries again. */
const RETRY_WHEN_FULL_MS = 5000

/** Reads a `Last-Event-ID` header: the number of an event, or undefined for a fresh start. */
export function parseLastEventId(value: unknown): number | undefined {
  const number =
    typeof value === 'number' ? value : typeof value === 'string' && /^\d+$/.test(value) ? Number(value) : undefined
  return number !== undefined && Number.isSafeInteger(number) ? number : undefined
}

/**
 * Server-Sent Events for one topic: the backlog, then every event of the topic as it is
 * published, until the client goes away. `id:` lines carry the topic's event numbers, which only
 * increase, so a client that reconnects with `Last-Event-ID` gets exactly what it missed (or the
 * backlog again when those events are no longer kept). Backlog events carry no id but the last,
 * so a client cut off in the middle of it starts over.
 */
export function createEventStream(options: EventStreamOptions): ResponseStream {
  return {
    start(sink) {
      const { hub, api, topic, limit } = options
      const release = limit?.acquire(() => sink.end())
      if (limit && !release) {
        sink.write(
          `retry: ${RETRY_WHEN_FULL_MS}\n: chatmock holds its maximum of ${limit.max} real-time connections\n\n`,
        )
        sink.end()
        return () => {}
      }
      const deliver = createDelivery({
        faults: options.faults,
        api,
        operationId: options.operationId,
        send: (text) => sink.write(text),
        drop: () => sink.abort(),
        buffered: () => sink.buffered(),
      })
      const missed = options.lastEventId === undefined ? undefined : hub.since(api, topic, options.lastEventId)
      if (missed) {
        for (const event of missed) deliver(formatHubEvent(event))
      } else {
        const backlog = options.backlog().filter((event) => options.guard(event.name, event.data))
        const last = hub.lastSeq(api, topic)
        backlog.forEach((event, index) =>
          deliver(formatEvent(event.name, event.data, index === backlog.length - 1 && last > 0 ? last : undefined)),
        )
      }
      const unsubscribe = hub.subscribe(api, topic, (event: RealtimeEvent) => deliver(formatHubEvent(event)))
      const heartbeat = setInterval(() => sink.write(': keep-alive\n\n'), options.heartbeatMs ?? HEARTBEAT_MS)
      ;(heartbeat as { unref?: () => void }).unref?.()
      return () => {
        clearInterval(heartbeat)
        unsubscribe()
        release?.()
      }
    },
  }
}

/** A 200 that answers with the stream. */
export function toEventStreamResponse(stream: ResponseStream, headers: Record<string, string> = {}): PlainResponse {
  return {
    status: 200,
    headers: { ...headers, 'content-type': 'text/event-stream', 'cache-control': 'no-cache' },
    stream,
  }
}

const frames = new WeakMap<RealtimeEvent, string>()

/** The frame of a published event, written once however many streams send it. */
function formatHubEvent(event: RealtimeEvent): string {
  let frame = frames.get(event)
  if (frame === undefined) frames.set(event, (frame = formatEvent(event.name, event.data, event.seq)))
  return frame
}

/** One SSE frame; JSON has no raw newlines, so the data fits one `data:` line. */
function formatEvent(name: string, data: unknown, id?: number): string {
  return `${id === undefined ? '' : `id: ${id}\n`}event: ${name}\ndata: ${JSON.stringify(data)}\n\n`
}
