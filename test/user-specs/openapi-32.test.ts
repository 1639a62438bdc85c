import { afterAll, beforeAll, expect, it } from 'vitest'
import type { Api } from '../../src/api/api.js'
import { type Chatmock, loadApi, setupChatmock } from '../../src/node.js'
import { serveSpecs } from '../support/serve-specs.js'

// An OpenAPI 3.2 document is mocked as 3.1, with 3.2's additions that change answers: an operation
// under `query:` (the QUERY method) and `additionalOperations` (COPY, LINK), through
// `chatmock serve --spec` and loadApi in process alike.

const file = 'test/fixtures/user-specs/search-32.yaml'
const json = { 'content-type': 'application/json' }
let served: Awaited<ReturnType<typeof serveSpecs>>
let url = ''
let chatmock: Chatmock<readonly Api[]>

beforeAll(async () => {
  served = await serveSpecs([file], ['--quiet'])
  url = `${served.url}/search-32`
  chatmock = await setupChatmock<readonly Api[]>({ apis: [loadApi(file)] })
  chatmock.server.listen({
    onUnhandledRequest: (request, print) => (request.url.startsWith(url) ? undefined : print.error()),
  })
})
afterAll(async () => {
  chatmock.server.close()
  await served.stop()
})

async function call(base: string, path: string, init: RequestInit) {
  const response = await fetch(`${base}${path}`, init)
  const text = await response.text()
  return {
    status: response.status,
    allow: response.headers.get('allow'),
    body: text === '' ? undefined : JSON.parse(text),
  }
}

it('reads the operations of query: and of additionalOperations, an id derived where one has none', () => {
  expect(
    loadApi(file).operations.map((operation) => `${operation.method.toUpperCase()} ${operation.operationId}`),
  ).toEqual([
    'GET listProducts',
    'QUERY queryProducts',
    'GET getProduct',
    'COPY copyProduct',
    'LINK linkProductsByProductId',
  ])
})

it.each([
  ['the server', () => url],
  ['msw in process', () => 'https://search.example.test/v1'],
])('answers QUERY with its body checked, through %s', async (_, base) => {
  const found = await call(base(), '/products', { method: 'QUERY', headers: json, body: '{"text":"lamp","limit":3}' })
  expect(found.status).toBe(200)
  expect(Array.isArray(found.body.results)).toBe(true)
  const refused = await call(base(), '/products', { method: 'QUERY', headers: json, body: '{"limit":99}' })
  expect(refused.status).toBe(400)
  expect(JSON.stringify(refused.body)).toMatch(/text/)
  expect(JSON.stringify(refused.body)).toMatch(/limit/)
})

it.each([
  ['the server', () => url],
  ['msw in process', () => 'https://search.example.test/v1'],
])('answers the custom methods of additionalOperations, and 405 naming them, through %s', async (_, base) => {
  const copy = await call(base(), '/products/p-7', { method: 'COPY', headers: { destination: '/products/p-8' } })
  expect(copy).toMatchObject({ status: 201, body: { id: 'p-7' } })
  expect((await call(base(), '/products/p-7', { method: 'COPY' })).status).toBe(400)
  expect((await call(base(), '/products/p-7', { method: 'LINK' })).status).toBe(204)
  const purge = await call(base(), '/products/p-7', { method: 'PURGE' })
  expect([purge.status, purge.allow]).toEqual([405, 'GET, COPY, LINK'])
})
