import fc from 'fast-check'
import { expect } from 'vitest'
import { Table } from '../../src/store/table.js'
import { toFetchArguments } from '../../src/verify/to-fetch-arguments.js'
import { requestArbitrary } from './request-arbitrary.js'
import type { Runtime } from './runtimes.js'

export const FUZZ_RUNS = 10_000
export const FUZZ_TIME_LIMIT_MS = 240_000

/**
 * Property-based requests from the specs against one runtime: at least 10,000, valid ones and ones
 * that break exactly one constraint, bounded in time. Every answer stays within the contract, never
 * a 5xx; a broken request gets a 4xx; a rejected request writes to no store table (every store keeps
 * its state in tables, so their write count is the change detector).
 */
export async function fuzzRuntime(name: string, runtime: Runtime): Promise<void> {
  let sent = 0
  const statuses = new Map<number, number>()
  await fc.assert(
    fc.asyncProperty(requestArbitrary(), async ({ api, operation, mutation, request }) => {
      if (++sent % 250 === 0) await runtime.reset()
      const writesBefore = Table.writes
      const [url, init] = toFetchArguments(runtime.baseUrl(api), operation, request)
      const response = await fetch(url, init)
      await response.arrayBuffer()
      statuses.set(response.status, (statuses.get(response.status) ?? 0) + 1)
      const where = `${operation.operationId} ${mutation ?? 'valid'} ${init.method} ${url} ${String(init.body ?? '').slice(0, 200)}`
      expect(response.status, where).toBeLessThan(500)
      expect(response.headers.get('x-chatmock-violations'), where).toBeNull()
      if (mutation) expect(response.status, where).toBeGreaterThanOrEqual(400)
      if (response.status >= 400)
        expect(Table.writes, `${where}: a rejected request changed the store`).toBe(writesBefore)
    }),
    {
      numRuns: FUZZ_RUNS,
      seed: 20240301,
      interruptAfterTimeLimit: FUZZ_TIME_LIMIT_MS,
      markInterruptAsFailure: true,
      endOnFailure: true,
    },
  )
  expect(sent).toBeGreaterThanOrEqual(FUZZ_RUNS)
  // For the closing note and for anyone reading the run: what the requests were answered with.
  console.log(
    `[fuzz] ${name}: ${sent} requests, statuses ${JSON.stringify(Object.fromEntries([...statuses].sort((a, b) => a[0] - b[0])))}`,
  )
}
