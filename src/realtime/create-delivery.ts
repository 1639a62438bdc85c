import type { FaultSource } from '../api/fault-source.js'

/** The most a connection may hold unsent before the mock drops it as too slow (1 MiB). */
const MAX_BUFFERED_BYTES = 1024 * 1024

export interface DeliveryOptions {
  /** The settings' latency and network-error faults, drawn for the API (and operation) the events belong to. */
  faults?: FaultSource
  api: string
  /** The operation whose answer carries the events (an event stream); none for a WebSocket's. */
  operationId?: string
  send(text: string): void
  /** Drops the connection: a network-error fault, or a client too slow to keep up. */
  drop(reason: string): void
  /** Bytes written to the connection and not yet sent. */
  buffered(): number
  maxBufferedBytes?: number
}

/**
 * How one connection's events leave: in order, each after the settings' latency, some dropping
 * the connection as a network error would, and never piling up without bound: a client that does
 * not read is dropped once `maxBufferedBytes` wait for it.
 */
export function createDelivery(options: DeliveryOptions): (text: string) => void {
  const limit = options.maxBufferedBytes ?? MAX_BUFFERED_BYTES
  let pending = 0
  let pendingBytes = 0
  let chain = Promise.resolve()
  let dropped = false
  const drop = (reason: string) => {
    if (dropped) return
    dropped = true
    options.drop(reason)
  }
  const send = (text: string) => {
    if (dropped) return
    if (options.buffered() + text.length > limit)
      return drop(`the client read too slowly: more than ${limit} bytes waited for it`)
    options.send(text)
  }
  return (text) => {
    if (dropped) return
    const { delayMs, fault } = options.faults?.draw(options.api, options.operationId) ?? {
      delayMs: 0,
      fault: 'none' as const,
    }
    if (fault === 'network-error') return drop('a network-error fault')
    // The fast path: nothing delayed, nothing waiting ahead of this event.
    if (delayMs === 0 && pending === 0) return send(text)
    if (pendingBytes + text.length > limit)
      return drop(`the client read too slowly: more than ${limit} bytes waited for it`)
    pending++
    pendingBytes += text.length
    chain = chain
      .then(() => (delayMs > 0 ? new Promise<void>((resolve) => setTimeout(resolve, delayMs)) : undefined))
      .then(() => {
        pending--
        pendingBytes -= text.length
        send(text)
      })
  }
}
