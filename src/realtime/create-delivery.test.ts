import { expect, it, vi } from 'vitest'
import type { Fault, FaultSource } from '../api/fault-source.js'
import { createDelivery } from './create-delivery.js'

/** Faults that draw the given delays and faults in turn, then none. */
function drawing(draws: Array<{ delayMs: number; fault?: Fault }>): FaultSource {
  return { draw: () => ({ fault: 'none', ...(draws.shift() ?? { delayMs: 0 }) }) }
}

function collect(options: { buffered?: () => number; faults?: FaultSource; maxBufferedBytes?: number } = {}) {
  const sent: string[] = []
  const drops: string[] = []
  const deliver = createDelivery({
    api: 'toggl-focus',
    send: (text) => sent.push(text),
    drop: (reason) => drops.push(reason),
    buffered: options.buffered ?? (() => 0),
    faults: options.faults,
    maxBufferedBytes: options.maxBufferedBytes,
  })
  return { deliver, sent, drops }
}

it('sends at once when nothing is delayed', () => {
  const { deliver, sent } = collect()
  deliver('a')
  deliver('b')
  expect(sent).toEqual(['a', 'b'])
})

it('keeps the order of events when latency delays them by different amounts', async () => {
  vi.useFakeTimers()
  try {
    const faults = drawing([{ delayMs: 20 }, { delayMs: 0 }, { delayMs: 10 }])
    const { deliver, sent } = collect({ faults })
    deliver('first')
    deliver('second')
    deliver('third')
    await vi.advanceTimersByTimeAsync(19)
    expect(sent).toEqual([])
    await vi.advanceTimersByTimeAsync(11)
    expect(sent).toEqual(['first', 'second', 'third'])
  } finally {
    vi.useRealTimers()
  }
})

it('drops the connection on a network-error fault, and sends nothing after', () => {
  const faults = drawing([{ delayMs: 0, fault: 'network-error' }])
  const { deliver, sent, drops } = collect({ faults })
  deliver('a')
  deliver('b')
  expect(sent).toEqual([])
  expect(drops).toEqual(['a network-error fault'])
})

it('drops a client that does not read once more than the bound waits for it', () => {
  let buffered = 0
  const { deliver, sent, drops } = collect({ buffered: () => buffered, maxBufferedBytes: 10 })
  deliver('12345')
  buffered = 8
  deliver('12345')
  expect(sent).toEqual(['12345'])
  expect(drops).toEqual(['the client read too slowly: more than 10 bytes waited for it'])
})
