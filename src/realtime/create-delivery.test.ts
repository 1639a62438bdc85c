import { expect, it, vi } from 'vitest'
import { Faults } from '../mock/behaviours/faults.js'
import { createDelivery } from './create-delivery.js'

function collect(options: { buffered?: () => number; faults?: Faults; maxBufferedBytes?: number } = {}) {
  const sent: string[] = []
  const drops: string[] = []
  const deliver = createDelivery({ api: 'toggl-focus', send: (text) => sent.push(text), drop: (reason) => drops.push(reason), buffered: options.buffered ?? (() => 0), faults: options.faults, maxBufferedBytes: options.maxBufferedBytes })
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
    // Latency drawn between 0 and 20 ms: 20, 0, 10 for three events.
    const draws = [1, 0, 0.5]
    const faults = new Faults({ latency: [0, 20] }, () => draws.shift() ?? 0)
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
  const faults = new Faults({ networkErrorRate: 1 }, () => 0)
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
