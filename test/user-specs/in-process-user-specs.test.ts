import { readFileSync } from 'node:fs'
import { http, HttpResponse } from 'msw'
import { afterAll, afterEach, beforeAll, expect, it, vi } from 'vitest'
import { contract, defineApi, json } from '../../src/index.js'
import type { Api } from '../../src/api/api.js'
import { type Chatmock, loadApi, setupChatmock } from '../../src/node.js'
import { startCli } from '../support/run-cli.js'

// Documents of the user's own in process: loadApi(file) and defineApi({ spec: text, resolvers })
// under msw/node answer exactly as `chatmock serve --spec` does (generated answers byte for byte),
// overrides are drift-guarded, and contract() checks exchanges against the document.

const dir = 'test/fixtures/user-specs'
const pets = 'https://pets.example.test/v1'
const petsByText = 'https://pets-by-text.example.test'
const key = { 'x-api-key': 'k' }
const petstoreText = readFileSync(`${dir}/petstore-30.yaml`, 'utf8')
const warnings: string[] = []
let chatmock: Chatmock<readonly Api[]>
let server: ReturnType<typeof startCli>
let url = ''

beforeAll(async () => {
  server = startCli([
    'serve',
    '--port',
    '0',
    '--quiet',
    '--no-builtins',
    ...['petstore-30.yaml', 'orders-31.json', 'catalog.yaml', 'invalid-examples.yaml'].flatMap((file) => [
      '--spec',
      `${dir}/${file}`,
    ]),
  ])
  url = (await server.waitFor(/chatmock listening on (http:\/\/\S+)/))[1]!
  // Without generated types, a user names the shapes its resolvers read (or reads them as unknown).
  type PetOperations = {
    getPetsByPetId: { params: { petId: number }; query: unknown; headers: unknown; body: undefined }
  }
  const byText = defineApi<'pets-by-text', PetOperations>({
    id: 'pets-by-text',
    spec: petstoreText,
    baseUrl: petsByText,
    resolvers: {
      // The resolver gets the request checked and coerced: petId is a number here.
      getPetsByPetId: ({ params }) =>
        params.petId === 13
          ? json(200, { id: 'thirteen', name: 'Rex', tag: null })
          : json(200, { id: params.petId, name: typeof params.petId, tag: null }),
    },
  })
  const apis = [
    loadApi(`${dir}/petstore-30.yaml`, { baseUrl: pets }),
    loadApi(`${dir}/orders-31.json`),
    loadApi(`${dir}/catalog.yaml`),
    loadApi(`${dir}/invalid-examples.yaml`),
    byText,
  ]
  chatmock = await setupChatmock<readonly Api[]>({ apis, warn: (line) => warnings.push(line) })
  // Requests to the server this file compares with go out; any other unhandled one fails.
  chatmock.server.listen({
    onUnhandledRequest: (request, print) => (request.url.startsWith(url) ? undefined : print.error()),
  })
})
afterEach(() => {
  chatmock.server.resetHandlers()
  vi.restoreAllMocks()
})
afterAll(async () => {
  chatmock.server.close()
  server.stop()
  await server.exited
})

/** msw prints the failed request's error with its stack; the test reads it from the rejected fetch. */
function silenceMsw() {
  vi.spyOn(console, 'error').mockImplementation(() => {})
}

async function exchange(base: string, path: string, init: RequestInit = {}) {
  const response = await fetch(`${base}${path}`, init)
  return { status: response.status, type: response.headers.get('content-type'), text: await response.text() }
}

it('answers every request as the server does, generated data byte for byte', async () => {
  const post = (body: string, headers: Record<string, string> = {}): RequestInit => ({
    method: 'POST',
    headers: { ...key, 'content-type': 'application/json', ...headers },
    body,
  })
  const requests: Array<[string, string, string, RequestInit?]> = [
    [pets, '/petstore-30', '/pets', { headers: key }],
    [pets, '/petstore-30', '/pets?limit=3', { headers: key }],
    [pets, '/petstore-30', '/pets/5', { headers: key }],
    [pets, '/petstore-30', '/pets', post('{"name":"Bo"}')],
    [pets, '/petstore-30', '/pets', post('{"name":""}')],
    [pets, '/petstore-30', '/pets/5', { headers: { ...key, prefer: 'code=404' } }],
    ['https://shop.example.com/api', '/orders', '/orders'],
    ['https://shop.example.com/api', '/orders', '/orders?status=open', { headers: { prefer: 'example=none' } }],
    ['https://shop.example.com/api', '/orders', '/orders/o-1'],
    ['https://shop.example.com/api', '/orders', '/orders', post('{"items":[{"sku":"tea","quantity":2}]}')],
    [
      'https://shop.example.com/api',
      '/orders',
      '/orders',
      post('{"items":[{"sku":"tea","quantity":2}]}', { prefer: 'code=422' }),
    ],
    ['https://catalog.example.com', '/catalog', '/products'],
    ['https://catalog.example.com', '/catalog', '/categories/3'],
    ['https://notes.example.com', '/invalid-examples', '/notes'],
    ['https://notes.example.com', '/invalid-examples', '/notes/1'],
  ]
  // An API from YAML text answers its operations without a resolver as the file's does (both before any POST).
  expect(await exchange(petsByText, '/pets?limit=3', { headers: key })).toEqual(
    await exchange(`${url}/petstore-30`, '/pets?limit=3', { headers: key }),
  )
  for (const [base, prefix, path, init] of requests) {
    const inProcess = await exchange(base, path, init)
    expect(inProcess, `${init?.method ?? 'GET'} ${prefix}${path}`).toEqual(
      await exchange(`${url}${prefix}`, path, init),
    )
    expect(inProcess.status).toBeLessThan(500)
  }
})

it('warns in process too of the examples that break their schemas', async () => {
  const broken = () => warnings.filter((line) => line.includes('breaks its schema'))
  await vi.waitFor(() => expect(broken()).toHaveLength(2))
  expect(warnings).toContain(
    'chatmock: invalid-examples: an operation answers 404 when no record has the id, which it does not declare (getNote): the answer goes out flagged as a violation; declare a 404 response, or see chatmock spec test/fixtures/user-specs/invalid-examples.yaml --resources',
  )
  expect(broken()[0]).toBe(
    'chatmock: invalid-examples: the example at #/paths/~1notes/get/responses/200/content/application~1json/examples/wrong-type breaks its schema (body field "[0].id" must be integer (got "one")); the mock answers with other data unless a request asks for it (Prefer: example=wrong-type).',
  )
})

it('hands a resolver the checked and coerced request, and guards what it answers', async () => {
  expect(await (await fetch(`${petsByText}/pets/5`, { headers: key })).json()).toEqual({
    id: 5,
    name: 'number',
    tag: null,
  })
  expect(await (await fetch(`${petsByText}/pets/5`, { headers: key, method: 'POST' })).json()).toMatchObject({
    detail: '/pets/5 does not accept POST; it accepts GET',
  })
  silenceMsw()
  await expect(fetch(`${petsByText}/pets/13`, { headers: key })).rejects.toThrow(
    '[chatmock] The 200 response of getPetsByPetId violates the spec:\n  - body field "id" must be integer (got "thirteen")',
  )
})

it('fails, under the default policy, an answer its document does not declare, saying why the mock gave it', async () => {
  silenceMsw()
  // petstore-30 declares no 400 for getPets: the mock's own answer to a bad query is drift too.
  await expect(fetch(`${pets}/pets?limit=0`, { headers: key })).rejects.toThrow(
    '[chatmock] The 400 response of getPets (the mock\'s answer to a request that breaks the spec: query parameter "limit" must be > 0 (got 0)) violates the spec:\n  - status 400 is not declared for getPets (declared: 200)',
  )
  // And an example that breaks its schema, asked for by name.
  await expect(fetch('https://notes.example.com/notes', { headers: { prefer: 'example=wrong-type' } })).rejects.toThrow(
    '[chatmock] The 200 response of listNotes violates the spec:\n  - body field "[0].id" must be integer (got "one")',
  )
})

it('says a document without servers needs a baseUrl in process', async () => {
  await expect(setupChatmock({ apis: [loadApi(`${dir}/petstore-30.yaml`)] })).rejects.toThrow(
    "[chatmock] The spec of \"petstore-30\" has no servers entry, so chatmock cannot tell which URL to intercept in process. Pass one: defineApi({ ..., baseUrl: 'https://api.example.com' }) or setupChatmock({ baseUrls: { 'petstore-30': ['https://api.example.com'] } }).",
  )
  expect(() => defineApi({ spec: petstoreText })).toThrow(
    '[chatmock] An API needs an id: pass defineApi({ id }) or set x-chatmock-id in the document "Petstore (3.0)".',
  )
})

it('guards server.use() overrides of a user API: a drifting one fails the request, a faithful one passes', async () => {
  silenceMsw()
  chatmock.server.use(
    http.get('https://shop.example.com/api/orders', () => HttpResponse.json([{ id: 'o-9', status: 'lost', total: 1 }])),
  )
  await expect(fetch('https://shop.example.com/api/orders')).rejects.toThrow(
    '[chatmock] The 200 response of listOrders violates the spec:\n  - body field "[0].status" must be one of \"open\", \"shipped\" (got \"lost\")',
  )
  chatmock.server.resetHandlers()
  chatmock.server.use(
    http.get('https://shop.example.com/api/orders', () => HttpResponse.json([{ id: 'o-9', status: 'open', total: 1 }])),
  )
  expect(await (await fetch('https://shop.example.com/api/orders')).json()).toEqual([
    { id: 'o-9', status: 'open', total: 1 },
  ])
  expect(chatmock.journal.entries().at(-1)).toMatchObject({
    api: 'orders',
    operationId: 'listOrders',
    status: 200,
    violations: [],
  })
})

it('checks requests and responses against a user document with contract()', async () => {
  const orders = contract(JSON.parse(readFileSync(`${dir}/orders-31.json`, 'utf8')))
  expect(
    await orders.validateRequest('createOrder', {
      method: 'POST',
      url: 'https://shop.example.com/api/orders',
      headers: { 'content-type': 'application/json' },
      body: '{"items":[]}',
    }),
  ).toMatchObject({ valid: false, issues: [{ pointer: '/items', keyword: 'minItems' }] })
  expect(await orders.validateResponse('getOrder', await fetch('https://shop.example.com/api/orders/o-1'))).toEqual({
    valid: true,
  })
  expect(
    await orders.validateResponse('getOrder', {
      status: 200,
      headers: { 'content-type': 'application/json' },
      body: { id: 'o-1', status: 'open' },
    }),
  ).toMatchObject({ valid: false, issues: [{ message: 'body field "total" is required' }] })
  const petstore = contract(loadApi(`${dir}/petstore-30.yaml`, { baseUrl: pets }))
  expect(await petstore.validateRequest('getPets', { method: 'GET', url: `${pets}/pets`, headers: {} })).toMatchObject({
    valid: false,
    issues: [{ keyword: 'security' }],
  })
  expect(
    await petstore.validateRequest('getPets', new Request(`${pets}/pets?limit=2`, { headers: key })),
  ).toMatchObject({ valid: true })
})
