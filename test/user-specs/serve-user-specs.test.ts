import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, expect, it, vi } from 'vitest'
import { contract } from '../../src/contract/contract.js'
import { loadApi } from '../../src/mock/load-api.js'
import { runCli, startCli } from '../support/run-cli.js'

// `chatmock serve --spec`: documents of the user's own (OpenAPI 3.0 with nullable, 3.1 in JSON, one
// with $refs into other files, one whose examples break its schemas) beside the built-ins, driven in
// this process through the command line. One server for the file; the tests about determinism,
// --stateless and --no-builtins start a small second one, which is their point.

const dir = 'test/fixtures/user-specs'
const key = { 'x-api-key': 'k' }
const json = { ...key, 'content-type': 'application/json' }
const started: Array<ReturnType<typeof startCli>> = []
let url = ''
let server: ReturnType<typeof startCli>

async function serve(args: string[]): Promise<{ cli: ReturnType<typeof startCli>; url: string }> {
  const cli = startCli(['serve', '--port', '0', '--quiet', ...args])
  started.push(cli)
  return { cli, url: (await cli.waitFor(/chatmock listening on (http:\/\/\S+)/))[1]! }
}

async function call(path: string, init: RequestInit = {}, base = url) {
  const response = await fetch(`${base}${path}`, init)
  const text = await response.text()
  return { status: response.status, headers: response.headers, text, body: text === '' ? undefined : JSON.parse(text) }
}

beforeAll(async () => {
  ;({ cli: server, url } = await serve([
    '--spec',
    `${dir}/petstore-30.yaml`,
    '--spec',
    `${dir}/orders-31.json`,
    '--spec',
    `${dir}/catalog.yaml=/shop-catalog/`,
    '--spec',
    `${dir}/invalid-examples.yaml`,
  ]))
})
afterAll(async () => {
  for (const cli of started) cli.stop()
  await Promise.all(started.map((cli) => cli.exited))
})

it('mounts each document at /<x-chatmock-id>, else /<file name>, or at the prefix given, beside the built-ins', async () => {
  const index = await call('/')
  expect(
    index.body.apis.map((api: { id: string; baseUrl: string }) => `${api.id} ${api.baseUrl.slice(url.length)}`),
  ).toEqual([
    'toggl-focus /toggl-focus',
    'roosted /roosted',
    'hapihub /hapihub',
    'chatwoot /chatwoot',
    'petstore-30 /petstore-30',
    'orders /orders',
    'catalog /shop-catalog',
    'invalid-examples /invalid-examples',
  ])
  expect(server.stdout()).toMatch(/\/petstore-30 +serves Petstore \(3\.0\); keeps \/pets\n/)
  expect(server.stdout()).toMatch(/\/orders +stands for https:\/\/shop\.example\.com\/api; keeps \/orders\n/)
  expect((await call('/shop-catalog/products')).status).toBe(200)
  expect((await call('/catalog/products')).status).toBe(404)
  expect((await call('/hapihub/chat-messages/id-1', { headers: { authorization: 'Bearer t' } })).status).toBe(200)
})

it('refuses an id or a prefix another API has with one line and exit 1', async () => {
  const copy = join(mkdtempSync(join(tmpdir(), 'chatmock-user-specs-')), 'chatwoot.yaml')
  writeFileSync(copy, readFileSync(`${dir}/petstore-30.yaml`))
  expect(await runCli(['serve', '--spec', copy])).toEqual({
    status: 1,
    stdout: '',
    stderr: `chatmock serve: --spec ${copy}: its id "chatwoot" is taken by the built-in API "chatwoot"; give it another id with x-chatmock-id in the document, or pass --no-builtins. Run "chatmock serve --help".\n`,
  })
  expect(await runCli(['serve', '--spec', `${dir}/orders-31.json=/hapihub`])).toEqual({
    status: 1,
    stdout: '',
    stderr: `chatmock serve: --spec ${dir}/orders-31.json=/hapihub: its prefix /hapihub is taken by the built-in API "hapihub"; give it another prefix with --spec ${dir}/orders-31.json=/<prefix>, or pass --no-builtins. Run "chatmock serve --help".\n`,
  })
  expect(await runCli(['serve', '--spec', `${dir}/orders-31.json`, '--spec', `${dir}/catalog.yaml=/orders`])).toEqual({
    status: 1,
    stdout: '',
    stderr: `chatmock serve: --spec ${dir}/catalog.yaml=/orders: its prefix /orders is taken by --spec ${dir}/orders-31.json; give it another prefix with --spec ${dir}/catalog.yaml=/<prefix>. Run "chatmock serve --help".\n`,
  })
  expect(await runCli(['serve', '--spec', `${dir}/orders-31.json`, '--spec', `${dir}/orders-31.json=/shop`])).toEqual({
    status: 1,
    stdout: '',
    stderr: `chatmock serve: --spec ${dir}/orders-31.json=/shop: its id "orders" is taken by --spec ${dir}/orders-31.json; give it another id with x-chatmock-id in the document. Run "chatmock serve --help".\n`,
  })
  // Without the built-ins, their ids are free.
  const alone = await serve(['--no-builtins', '--spec', copy])
  expect((await call('/', {}, alone.url)).body.apis.map((api: { id: string }) => api.id)).toEqual(['chatwoot'])
  expect((await call('/chatwoot/pets/7', { headers: key }, alone.url)).status).toBe(200)
})

it.each([
  ['not-openapi.yaml', ': expected an OpenAPI 3.0, 3.1 or 3.2 document (openapi: 3.0.x, 3.1.x or 3.2.x at #/openapi)'],
  [
    'not-yaml.yaml',
    ' is not valid YAML: Flow map in block collection must be sufficiently indented and end with a } at line 3, column 1.',
  ],
  [
    'unresolved-ref.yaml',
    ': the $ref at #/paths/~1things/get/responses/200/content/application~1json/schema cannot be resolved',
  ],
  [
    'duplicate-operation-id.yaml',
    ': the operationId "getThing" is used twice, at #/paths/~1a/get and #/paths/~1b/get.',
  ],
  [
    'invalid-schema.yaml',
    ': the schema at #/paths/~1a/get/responses/200/content/application~1json/schema is invalid: /required must be array.',
  ],
])('refuses the broken document %s with one line naming the file and where, exit 1, no stack', async (file, detail) => {
  const { status, stdout, stderr } = await runCli(['serve', '--port', '0', '--spec', `${dir}/broken/${file}`])
  expect([status, stdout]).toEqual([1, ''])
  expect(stderr).toMatch(/^chatmock serve: The spec "[^"]+" ?[^\n]*\n$/)
  expect(stderr).toContain(`The spec "${dir}/broken/${file}"${detail}`)
})

it("checks requests as it checks the built-ins': 400 naming every issue, 401, 404, 405 with Allow, 415", async () => {
  const invalid = await call('/petstore-30/pets', { method: 'POST', headers: json, body: '{"name":"","tag":5}' })
  expect([invalid.status, invalid.headers.get('content-type'), invalid.body.detail]).toEqual([
    400,
    'application/problem+json',
    'body field "name" must be at least 1 characters (got 0); body field "tag" must be string or null (got 5)',
  ])
  expect(invalid.body.issues.map((issue: { pointer: string }) => issue.pointer)).toEqual(['/name', '/tag'])
  const query = await call('/petstore-30/pets?limit=0', { headers: key })
  expect([query.status, query.body.detail]).toEqual([400, 'query parameter "limit" must be > 0 (got 0)'])
  const anonymous = await call('/petstore-30/pets')
  expect([anonymous.status, anonymous.body.detail]).toEqual([401, 'credentials are required: send X-Api-Key: <key>.'])
  const unknown = await call('/orders/refunds')
  expect([unknown.status, unknown.body.detail]).toEqual([404, 'no operation of orders matches GET /refunds'])
  const method = await call('/orders/orders', { method: 'DELETE' })
  expect([method.status, method.headers.get('allow'), method.body.detail]).toEqual([
    405,
    'GET, POST',
    '/orders does not accept DELETE; it accepts GET, POST',
  ])
  // orders declares 422 (application/json) for createOrder and no 400: invalid input gets that.
  const order = await call('/orders/orders', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: '{"items":[]}',
  })
  expect([
    order.status,
    order.headers.get('content-type'),
    order.headers.get('x-chatmock-violations'),
    order.body.detail,
  ]).toEqual([422, 'application/json', null, 'body field "items" must have at least 1 items (got 0)'])
  const media = await call('/orders/orders', {
    method: 'POST',
    headers: { 'content-type': 'text/plain' },
    body: 'two please',
  })
  expect([media.status, media.body.detail]).toEqual([
    415,
    'header "content-type" must be application/json (got "text/plain")',
  ])
  // A refusal whose status the document does not declare still goes out, flagged in a line on the server's stderr.
  expect(server.stderr()).toContain(
    "[chatmock] The 401 response of getPets (the mock's answer to a request that breaks the spec: credentials are required: send X-Api-Key: <key>.) violates the spec: status 401 is not declared for getPets (declared: 200)\n",
  )
  expect([anonymous.headers.get('x-chatmock-violations')]).toEqual([
    '["status 401 is not declared for getPets (declared: 200)"]',
  ])
})

it('answers with the first named example, or the one Prefer: example= names, or the status Prefer: code= asks for', async () => {
  const list = await call('/orders/orders')
  expect([list.status, list.body]).toEqual([
    200,
    [
      { id: 'o-1', status: 'open', total: 12.5, note: null },
      { id: 'o-2', status: 'shipped', total: 40, note: 'gift' },
    ],
  ])
  expect((await call('/orders/orders', { headers: { prefer: 'example=none' } })).body).toEqual([])
  const missing = await call('/orders/orders/o-1', { headers: { prefer: 'code=404' } })
  expect([missing.status, missing.text]).toEqual([404, ''])
  // A status whose response has a schema and no example: generated data that keeps the schema.
  const refused = await call('/orders/orders', {
    method: 'POST',
    headers: { 'content-type': 'application/json', prefer: 'code=422' },
    body: '{"items":[{"sku":"tea","quantity":1}]}',
  })
  expect([refused.status, refused.headers.get('x-chatmock-violations'), typeof refused.body]).toEqual([
    422,
    null,
    'object',
  ])
  const unknown = await call('/orders/orders', { headers: { prefer: 'example=three-orders' } })
  expect([unknown.status, unknown.body.detail]).toEqual([
    400,
    'Prefer: example=three-orders is not an example of listOrders; declared: two-orders, none',
  ])
})

it("answers with the media type's example, 3.0 nullable and all, under --stateless", async () => {
  const stateless = await serve(['--no-builtins', '--stateless', '--spec', `${dir}/petstore-30.yaml`])
  const created = await call(
    '/petstore-30/pets',
    { method: 'POST', headers: json, body: '{"name":"Bo"}' },
    stateless.url,
  )
  expect([created.status, created.body]).toEqual([201, { id: 7, name: 'Rex', tag: null }])
  expect(stateless.cli.stdout()).toMatch(/\/petstore-30 +serves Petstore \(3\.0\)\n/)
  expect((await call('/petstore-30/pets/7', { headers: key }, stateless.url)).body.id).toBe(7)
})

it('stores what a POST creates and reads it back, with no --stateless', async () => {
  const created = await call('/petstore-30/pets', { method: 'POST', headers: json, body: '{"name":"Bo","tag":null}' })
  expect([created.status, created.body]).toEqual([201, { id: 8, name: 'Bo', tag: null }])
  expect((await call('/petstore-30/pets/8', { headers: key })).body).toEqual(created.body)
})

it('answers an operation without an example with data generated from its schema, which keeps it', async () => {
  const pets = contract(loadApi(`${dir}/petstore-30.yaml`))
  const listed = await call('/petstore-30/pets', { headers: key })
  expect(listed.status).toBe(200)
  expect(
    await pets.validateResponse('getPets', {
      status: 200,
      headers: { 'content-type': 'application/json' },
      body: listed.body,
    }),
  ).toEqual({ valid: true })
  const catalog = contract(loadApi(`${dir}/catalog.yaml`))
  const category = await call('/shop-catalog/categories/3')
  expect(
    await catalog.validateResponse('getCategory', {
      status: 200,
      headers: { 'content-type': 'application/json' },
      body: category.body,
    }),
  ).toEqual({ valid: true })
  expect([listed.headers.get('x-chatmock-violations'), category.headers.get('x-chatmock-violations')]).toEqual([
    null,
    null,
  ])
})

it('gives the same request the same generated answer on another server and after other requests; another --seed another (--stateless)', async () => {
  const first = await serve(['--no-builtins', '--stateless', '--spec', `${dir}/petstore-30.yaml`])
  const request = () => call('/petstore-30/pets/5', { headers: key }, first.url)
  const here = await request()
  for (const path of ['/petstore-30/pets/6', '/petstore-30/pets?limit=3']) await call(path, { headers: key }, first.url)
  const fresh = await serve(['--no-builtins', '--stateless', '--spec', `${dir}/petstore-30.yaml`])
  const reseeded = await serve(['--no-builtins', '--stateless', '--seed', '7', '--spec', `${dir}/petstore-30.yaml`])
  const there = await call('/petstore-30/pets/5', { headers: key }, fresh.url)
  expect(here.status).toBe(200)
  expect((await request()).text).toBe(here.text)
  expect(there.text).toBe(here.text)
  expect((await call('/petstore-30/pets/6', { headers: key }, fresh.url)).text).not.toBe(here.text)
  expect((await call('/petstore-30/pets/5', { headers: key }, reseeded.url)).text).not.toBe(here.text)
})

it('warns once at start-up of each example that breaks its schema, naming its pointer and the issues', async () => {
  await vi.waitFor(() =>
    expect(
      server
        .stderr()
        .split('\n')
        .filter((line) => line.includes('invalid-examples') && line.includes('breaks its schema')),
    ).toHaveLength(2),
  )
  expect(server.stderr()).toContain(
    'chatmock: invalid-examples: the example at #/paths/~1notes/get/responses/200/content/application~1json/examples/wrong-type breaks its schema (body field "[0].id" must be integer (got "one")); the mock answers with other data unless a request asks for it (Prefer: example=wrong-type).\n',
  )
  expect(server.stderr()).toContain(
    'chatmock: invalid-examples: the example at #/paths/~1notes~1{id}/get/responses/200/content/application~1json/example breaks its schema (body field "text" is required); the mock answers with other data unless a request asks for it (Prefer: example=example).\n',
  )
  const startUp = server
    .stderr()
    .split('\n')
    .filter((line) => line.startsWith('chatmock: '))
  expect(startUp.join('\n')).not.toMatch(/petstore-30|orders|catalog/)
  // getNote answers 404 for a note that is not there, and the document does not say so.
  expect(startUp).toContain(
    `chatmock: invalid-examples: an operation answers 404 when no record has the id, which it does not declare (getNote): the answer goes out flagged as a violation; declare a 404 response, or see chatmock spec ${dir}/invalid-examples.yaml --resources`,
  )
})

it('never sends an example that breaks its schema, unless Prefer: example= asks for it: then the client gets it, flagged in x-chatmock-violations', async () => {
  const notes = await call('/invalid-examples/notes')
  expect([notes.status, notes.body, notes.headers.get('x-chatmock-violations')]).toEqual([
    200,
    [{ id: 1, text: 'Buy milk' }],
    null,
  ])
  expect((await call('/invalid-examples/notes', { headers: { prefer: 'code=200' } })).body).toEqual([
    { id: 1, text: 'Buy milk' },
  ])
  const note = await call('/invalid-examples/notes/1')
  expect([note.status, note.headers.get('x-chatmock-violations'), Object.keys(note.body)]).toEqual([
    200,
    null,
    ['id', 'text'],
  ])
  // The server's violation policy is 'warn': the example as written, its issues in a header and a line on its stderr.
  const before = server.stderr().length
  const asked = await call('/invalid-examples/notes', { headers: { prefer: 'example=wrong-type' } })
  expect([asked.status, asked.body, JSON.parse(asked.headers.get('x-chatmock-violations')!)]).toEqual([
    200,
    [{ id: 'one', text: 'Buy milk' }],
    ['body field "[0].id" must be integer (got "one")'],
  ])
  const single = await call('/invalid-examples/notes/1', { headers: { prefer: 'example=example' } })
  expect([single.status, single.body, JSON.parse(single.headers.get('x-chatmock-violations')!)]).toEqual([
    200,
    { id: 1 },
    ['body field "text" is required'],
  ])
  expect(server.stderr().slice(before)).toBe(
    '[chatmock] The 200 response of listNotes violates the spec: body field "[0].id" must be integer (got "one")\n[chatmock] The 200 response of getNote violates the spec: body field "text" is required\n',
  )
})
