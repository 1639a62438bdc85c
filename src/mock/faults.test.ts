import { expect, it } from 'vitest'
import { Faults, parseLatency } from './faults.js'

function sequence(...values: number[]): () => number {
  let index = 0
  return () => values[index++ % values.length]!
}

it('draws no delay and no fault by default', () => {
  expect(new Faults().draw('getChat')).toEqual({ delayMs: 0, fault: 'none' })
})

it('draws a random latency within its range', () => {
  expect(new Faults({ latency: [100, 300] }, sequence(0.5)).draw('x').delayMs).toBe(200)
})

it('splits one roll between network errors and 5xx answers by their rates', () => {
  const faults = new Faults({ errorRate: 0.2, networkErrorRate: 0.1 }, sequence(0.05, 0.25, 0.5))
  expect([faults.draw('x').fault, faults.draw('x').fault, faults.draw('x').fault]).toEqual(['network-error', 'error', 'none'])
})

it('lets an operation override the defaults field by field', () => {
  const faults = new Faults({ latency: 50, errorRate: 1, operations: { getChat: { errorRate: 0 } } }, sequence(0.5))
  expect(faults.draw('getChat')).toEqual({ delayMs: 50, fault: 'none' })
  expect(faults.draw('listChats').fault).toBe('error')
})

it('refuses an unknown field and rates that add up to more than 1', () => {
  expect(() => new Faults({ delay: 5 } as never)).toThrow('settings has an unknown field "delay"')
  expect(() => new Faults({ errorRate: 0.6, networkErrorRate: 0.6 })).toThrow('errorRate and networkErrorRate add up to more than 1')
})

it('reads latency flags', () => {
  expect(parseLatency('200')).toBe(200)
  expect(parseLatency('100-400')).toEqual([100, 400])
  expect(() => parseLatency('fast')).toThrow('latency must be milliseconds (200) or a range (100-400), got "fast"')
})
