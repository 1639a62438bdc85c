import fc from 'fast-check'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { apiIds } from '../../apis/index.js'
import { toFetchArguments } from '../../src/verify/to-fetch-arguments.js'
import { requestArbitrary } from '../support/request-arbitrary.js'
import { runtimes, type Runtime } from '../support/runtimes.js'
import { setupChatmock } from '../../src/runtimes/node.js'
import { startChatmockServer } from '../../src/server/start-chatmock-server.js'

const RUNS = 10_000
const TIME_LIMIT_MS = 240_000

// Property-based tests from the specs: at least 10,000 requests per runtime, bounded in time.
describe.each(runtimes)('%s', (name) => {
  let runtime: Runtime & { snapshot(): string }
  beforeAll(async () => {
    // The runtime, plus a view of every store to compare before and after a rejected request.
    if (name.startsWith('in-process')) {
      const chatmock = await setupChatmock()
      chatmock.server.listen({ onUnhandledRequest: 'error' })
      runtime = { baseUrl: (api) => (({ 'toggl-focus': 'https://focus.toggl.com/api', roosted: 'https://api.roostedhr.com/api/1_12', hapihub: 'https://yourdomain.com', chatwoot: 'https://app.chatwoot.com' }) as const)[api], reset: () => chatmock.reset(), stop: async () => chatmock.server.close(), admin: chatmock.admin, snapshot: () => JSON.stringify(apiIds.map((id) => chatmock.stores[id].snapshot())) }
    } else {
      const server = await startChatmockServer({ port: 0 })
      runtime = { baseUrl: (api) => `${server.url}/${api}`, reset: () => server.reset(), stop: () => server.close(), admin: server.admin, snapshot: () => JSON.stringify(apiIds.map((id) => server.stores[id].snapshot())) }
    }
  })
  afterAll(() => runtime.stop())

  it(`answers ${RUNS.toLocaleString('en')} valid and one-constraint-broken requests within the contract, never with a 5xx, and rejects without side effects`, async () => {
    let sent = 0
    const statuses = new Map<number, number>()
    await fc.assert(
      fc.asyncProperty(requestArbitrary(), async ({ api, operation, mutation, request }) => {
        if (++sent % 250 === 0) await runtime.reset()
        const before = runtime.snapshot()
        const [url, init] = toFetchArguments(runtime.baseUrl(api), operation, request)
        const response = await fetch(url, init)
        await response.arrayBuffer()
        statuses.set(response.status, (statuses.get(response.status) ?? 0) + 1)
        const where = `${operation.operationId} ${mutation ?? 'valid'} ${init.method} ${url} ${String(init.body ?? '').slice(0, 200)}`
        expect(response.status, where).toBeLessThan(500)
        expect(response.headers.get('x-chatmock-violations'), where).toBeNull()
        if (mutation) expect(response.status, where).toBeGreaterThanOrEqual(400)
        if (response.status >= 400) expect(runtime.snapshot(), `${where}: a rejected request changed the store`).toBe(before)
      }),
      { numRuns: RUNS, seed: 20240301, interruptAfterTimeLimit: TIME_LIMIT_MS, markInterruptAsFailure: true, endOnFailure: true },
    )
    expect(sent).toBeGreaterThanOrEqual(RUNS)
    // For the closing note and for anyone reading the run: what the requests were answered with.
    console.log(`[fuzz] ${name}: ${sent} requests, statuses ${JSON.stringify(Object.fromEntries([...statuses].sort((a, b) => a[0] - b[0])))}`)
  }, TIME_LIMIT_MS + 30_000)
})
