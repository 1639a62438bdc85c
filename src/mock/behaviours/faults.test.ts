import { expect, it } from 'vitest'
import type { ApiSpec } from '../../api/spec.js'
import { Faults, parseLatency } from './faults.js'

function sequence(...values: number[]): () => number {
  let index = 0
  return () => values[index++ % values.length]!
}

/** Two APIs as the fault settings see them: ids and operation ids. */
const served = [
  {
    id: 'toggl-focus',
    operationsById: new Map([
      ['getChat', {}],
      ['listChatMessages', {}],
    ]),
  },
  {
    id: 'roosted',
    operationsById: new Map([
      ['getWorkerChat', {}],
      ['listChatMessages', {}],
    ]),
  },
] as unknown as ApiSpec[]

it('draws no delay and no fault by default', () => {
  expect(new Faults().draw('toggl-focus', 'getChat')).toEqual({ delayMs: 0, fault: 'none' })
})

it('draws a random latency within its range', () => {
  expect(new Faults({ latency: [100, 300] }, sequence(0.5)).draw('toggl-focus', 'x').delayMs).toBe(200)
})

it('splits one roll between network errors and 5xx answers by their rates', () => {
  const faults = new Faults({ errorRate: 0.2, networkErrorRate: 0.1 }, sequence(0.05, 0.25, 0.5))
  expect([
    faults.draw('toggl-focus', 'x').fault,
    faults.draw('toggl-focus', 'x').fault,
    faults.draw('toggl-focus', 'x').fault,
  ]).toEqual(['network-error', 'error', 'none'])
})

it('lets an operation override the defaults field by field', () => {
  const faults = new Faults({ latency: 50, errorRate: 1, operations: { getChat: { errorRate: 0 } } }, sequence(0.5))
  expect(faults.draw('toggl-focus', 'getChat')).toEqual({ delayMs: 50, fault: 'none' })
  expect(faults.draw('toggl-focus', 'listChats').fault).toBe('error')
})

it("takes each field from the API's operation, then the bare operation, then the API, then the defaults", () => {
  const faults = new Faults(
    {
      latency: 1,
      errorRate: 1,
      operations: { getChat: { latency: 3 } },
      apis: { 'toggl-focus': { latency: 4, errorRate: 0, operations: { getChat: { latency: 2 } } } },
    },
    sequence(0.5),
    served,
  )
  expect(faults.draw('toggl-focus', 'getChat')).toEqual({ delayMs: 2, fault: 'none' })
  expect(faults.draw('toggl-focus', 'listChatMessages')).toEqual({ delayMs: 4, fault: 'none' })
  expect(faults.draw('toggl-focus')).toEqual({ delayMs: 4, fault: 'none' })
  expect(faults.draw('roosted', 'listChatMessages')).toEqual({ delayMs: 1, fault: 'error' })
})

it("applies a bare operation over its API's defaults and leaves the other API's operation of that name alone", () => {
  const faults = new Faults(
    { operations: { getWorkerChat: { errorRate: 1 } }, apis: { roosted: { latency: 7, errorRate: 0.5 } } },
    sequence(0.9),
    served,
  )
  expect(faults.draw('roosted', 'getWorkerChat')).toEqual({ delayMs: 7, fault: 'error' })
  expect(faults.draw('roosted', 'listChatMessages')).toEqual({ delayMs: 7, fault: 'none' })
})

it("fails one API's operation and not the other API's operation of the same name", () => {
  const faults = new Faults(
    { apis: { 'toggl-focus': { operations: { listChatMessages: { errorRate: 1 } } } } },
    sequence(0.5),
    served,
  )
  expect(faults.draw('toggl-focus', 'listChatMessages').fault).toBe('error')
  expect(faults.draw('roosted', 'listChatMessages').fault).toBe('none')
})

it('refuses a bare operation id that two served APIs have, naming both candidates', () => {
  expect(() => new Faults({ operations: { listChatMessages: { errorRate: 1 } } }, Math.random, served)).toThrow(
    expect.objectContaining({
      name: 'SpecError',
      code: 'AMBIGUOUS_OPERATION',
      message:
        '[chatmock] settings.operations names "listChatMessages", which more than one served API has (toggl-focus, roosted); name one: apis.toggl-focus.operations.listChatMessages, apis.roosted.operations.listChatMessages.',
    }),
  )
})

it('refuses an API that is not served and an operation its API does not have', () => {
  expect(() => new Faults({ apis: { nope: {} } }, Math.random, served)).toThrow(
    expect.objectContaining({
      code: 'UNKNOWN_API',
      message: '[chatmock] settings.apis names "nope", which is not served here; served: toggl-focus, roosted.',
    }),
  )
  expect(() => new Faults({ apis: { roosted: { operations: { getChat: {} } } } }, Math.random, served)).toThrow(
    expect.objectContaining({
      code: 'UNKNOWN_OPERATION',
      message:
        '[chatmock] settings.apis.roosted.operations names "getChat", which roosted does not have (toggl-focus does); the operations of roosted are getWorkerChat, listChatMessages.',
    }),
  )
})

it('refuses an unknown field and rates that add up to more than 1', () => {
  expect(() => new Faults({ delay: 5 } as never)).toThrow('settings has an unknown field "delay"')
  expect(() => new Faults({ errorRate: 0.6, networkErrorRate: 0.6 })).toThrow(
    'errorRate and networkErrorRate add up to more than 1',
  )
  expect(
    () =>
      new Faults(
        { apis: { roosted: { latency: 5, operations: { getWorkerChat: { operations: {} } } } } } as never,
        Math.random,
        served,
      ),
  ).toThrow(
    'settings.apis.roosted.operations.getWorkerChat has an unknown field "operations"; expected latency, errorRate, networkErrorRate',
  )
})

it('refuses rates that add up to more than 1 with what they inherit', () => {
  expect(
    () => new Faults({ errorRate: 0.6, apis: { roosted: { networkErrorRate: 0.6 } } }, Math.random, served),
  ).toThrow(
    'settings.apis.roosted: errorRate and networkErrorRate add up to more than 1 (0.6 + 0.6, counting what it inherits)',
  )
})

it('reads latency flags', () => {
  expect(parseLatency('200')).toBe(200)
  expect(parseLatency('100-400')).toEqual([100, 400])
  expect(() => parseLatency('fast')).toThrow('latency must be milliseconds (200) or a range (100-400), got "fast"')
})
