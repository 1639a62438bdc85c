import { afterAll, beforeAll, expect, it } from 'vitest'
import type { Api } from '../../src/api/api.js'
import { contract, defineApi } from '../../src/index.js'
import { type Chatmock, loadApi, setupChatmock } from '../../src/node.js'
import { runCli, startCli } from '../support/run-cli.js'

// A user's document served as it is written, by `chatmock serve --spec` and in process without a
// baseUrl: server variables, vendor extensions that hold invalid schemas and $refs to nothing,
// examples by $ref, a readOnly path parameter, text, HTML and bytes, nullable enums; and two
// public documents of the @readme/oas-examples corpus.

const asWritten = 'test/fixtures/user-specs/as-written.yaml'
const corpus = 'node_modules/@readme/oas-examples/3.0/yaml'
const mediaTypes = `${corpus}/response-multiple-mediatypes.yaml`
const serverVariables = `${corpus}/server-variables.yaml`
const base = 'https://as-written.example.test/v2'
const warnings: string[] = []
let chatmock: Chatmock<readonly Api[]>
let server: ReturnType<typeof startCli>
let url = ''

/** A document whose one server URL is relative, once its variable is substituted. */
function relative(baseUrl?: string) {
  return defineApi({
    id: 'relative',
    ...(baseUrl ? { baseUrl } : {}),
    spec: `openapi: 3.1.0
info: { title: Relative, version: '1' }
servers: [{ url: '{basePath}', variables: { basePath: { default: /api/v3 } } }]
paths:
  /ping: { get: { operationId: ping, responses: { '204': { description: pong } } } }
`,
  })
}

beforeAll(async () => {
  server = startCli(['serve', '--port', '0', '--no-builtins', '--spec', asWritten, '--spec', mediaTypes])
  url = (await server.waitFor(/chatmock listening on (http:\/\/\S+)/))[1]!
  const apis = [
    loadApi(asWritten),
    loadApi(mediaTypes),
    loadApi(serverVariables),
    relative('https://relative.example.test'),
  ]
  chatmock = await setupChatmock<readonly Api[]>({ apis, warn: (line) => warnings.push(line) })
  chatmock.server.listen({
    onUnhandledRequest: (request, print) => (request.url.startsWith(url) ? undefined : print.error()),
  })
})
afterAll(async () => {
  chatmock.server.close()
  server.stop()
  await server.exited
})

/** The same request in process (at the document's own server URL) and to `chatmock serve`. */
async function both(path: string, init: RequestInit = {}, own = base, prefix = '/as-written') {
  const read = async (response: Response) => ({
    status: response.status,
    type: response.headers.get('content-type'),
    bytes: [...new Uint8Array(await response.arrayBuffer())],
  })
  const inProcess = await read(await fetch(`${own}${path}`, init))
  expect(await read(await fetch(`${url}${prefix}${path}`, init)), path).toEqual(inProcess)
  return { ...inProcess, text: new TextDecoder().decode(new Uint8Array(inProcess.bytes)) }
}

it('substitutes each server variable with its default, in the start-up line and in what msw intercepts', async () => {
  expect(server.stdout()).toMatch(/\/as-written +stands for https:\/\/as-written\.example\.test\/v2; keeps \/pets\n/)
  expect((await both('/pets/1')).status).toBe(200)
  // https://{name}.example.com:{port}/{basePath}, with port 443 said as a request's URL says it.
  expect((await fetch('https://demo.example.com/v2/global', { method: 'POST' })).status).toBe(200)
  expect(chatmock.journal.entries().at(-1)).toMatchObject({ operationId: 'postGlobal', status: 200 })
})

it('says in process that a relative server URL names nothing to intercept, and reads its path in a request URL', async () => {
  await expect(setupChatmock({ apis: [relative()] })).rejects.toThrow(
    'The spec of "relative" names only a relative server URL ("/api/v3"), so chatmock cannot tell which URL to intercept in process.',
  )
  expect(
    await contract(relative()).validateRequest('ping', { method: 'GET', url: 'http://127.0.0.1:8080/api/v3/ping' }),
  ).toMatchObject({
    valid: true,
  })
  // Given a baseUrl, it is mocked there.
  expect((await fetch('https://relative.example.test/ping')).status).toBe(204)
})

it('keeps vendor extensions opaque: invalid schemas and $refs to nothing in them neither stop nor change the document', async () => {
  const served = await (await fetch(`${url}/as-written/openapi.json`)).json()
  expect(served['x-origin']).toEqual({ $ref: '#/nowhere' })
  expect(served.paths['/pets/{petId}'].get['x-variants'][0].patch.requestBody.content['application/json']).toEqual({
    schema: { type: 'strng', required: true },
  })
  expect(served.components.schemas.Pet['x-schema-like']).toEqual({ type: 'strng' })
})

it('still checks what an x- name holds where x- is a name: a response header, a component', () => {
  const withSchema = (where: string) =>
    defineApi({
      id: 'names',
      baseUrl: 'https://names.example.test',
      spec: `openapi: 3.1.0
info: { title: Names, version: '1' }
paths:
  /a:
    get:
      responses:
        '200':
          description: ok
          headers:
            ${where === 'header' ? 'x-rate-limit: { schema: { type: strng } }' : 'x-fine: { schema: { type: integer } }'}
components:
  parameters:
    x-trace: { name: x-trace, in: header, schema: { type: ${where === 'component' ? 'strng' : 'string'} } }
`,
    })
  expect(() => withSchema('header')).toThrow(
    /the schema at #\/paths\/~1a\/get\/responses\/200\/headers\/x-rate-limit\/schema is invalid/,
  )
  expect(() => withSchema('component')).toThrow(/the schema at #\/components\/parameters\/x-trace\/schema is invalid/)
  expect(withSchema('neither').operations).toHaveLength(1)
})

it('answers with the examples that $refs name, in the document and in another file, and warns of none of them', async () => {
  expect(JSON.parse((await both('/pets')).text)).toEqual([
    { id: 1, name: 'Rex', status: 'available', size: 'small' },
    { id: 2, name: 'Tom', status: 'sold', size: null },
  ])
  // The list's examples are the pets the mock keeps; the read's own example is there when asked for.
  expect(JSON.parse((await both('/pets/1')).text)).toEqual({ id: 1, name: 'Rex', status: 'available', size: 'small' })
  expect(JSON.parse((await both('/pets/1', { headers: { prefer: 'example=rex' } })).text)).toEqual({
    id: 1,
    name: 'Rex',
    status: null,
    size: null,
  })
  expect((await fetch(`${base}/pets/1`)).headers.get('x-rate-limit')).toBe('100')
  // getLegacy is the last operation checked: once its warning is out, every example was checked.
  const broken = () => warnings.filter((line) => line.includes('breaks its schema'))
  await expect.poll(() => broken().length).toBe(1)
  expect(broken()[0]).toMatch(/^chatmock: as-written: the example at #\/paths\/~1legacy\/get\//)
  await expect.poll(() => server.stderr()).toMatch(/~1legacy/)
  expect(server.stderr()).not.toMatch(/~1pets/)
})

it('takes a readOnly path parameter, and still refuses a readOnly property in a request body', async () => {
  expect((await both('/pets/7/card')).status).toBe(200)
  const post = (body: unknown): RequestInit => ({
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  })
  expect((await both('/pets', post({ name: 'Bo', status: null, size: null }))).status).toBe(201)
  const refused = await both('/pets', post({ id: 3, name: 'Bo', status: 'sold', size: 'large' }))
  expect(refused.status).toBe(400)
  expect(JSON.parse(refused.text).issues).toEqual([expect.objectContaining({ pointer: '/id', keyword: 'readOnly' })])
})

it('drafts a readOnly path parameter when it verifies the mock', async () => {
  const verified = await runCli(['verify', '--spec', asWritten, '--base-url', `${url}/as-written`])
  // What verify created is the server's alone: both runtimes start again from the fixtures.
  await fetch(`${url}/__chatmock/reset`, { method: 'POST' })
  await chatmock.reset()
  expect([verified.status, verified.stderr], verified.stdout).toEqual([0, ''])
  // getPet reads the pet createPet made (the link its resource implies); getPetCard drafts its petId.
  expect(verified.stdout).toMatch(/\ngetPet +positive: linked from createPet +2xx +200 +PASS\n/)
  expect(verified.stdout).toMatch(/\ngetPetCard +positive: spec example +2xx +200 +PASS\n/)
  expect(verified.stdout).toMatch(
    /\n\d+ passed, 0 failed, \d+ warned, 0 skipped in \d+ ms: the provider keeps the contract\n$/,
  )
})

it('admits null where an OpenAPI 3.0 nullable stands beside an enum or beside a composition of one', async () => {
  const post = (body: unknown): RequestInit => ({
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  })
  expect((await both('/pets', post({ name: 'Bo', status: null, size: null }))).status).toBe(201)
  expect((await both('/pets', post({ name: 'Bo', status: 'lost', size: null }))).status).toBe(400)
  expect((await both('/pets', post({ name: 'Bo', status: null, size: 'huge' }))).status).toBe(400)
})

it('sends text and HTML as text and a binary example as its bytes, on both runtimes', async () => {
  expect(await both('/pets/1/card', { headers: { accept: 'text/html' } })).toMatchObject({
    status: 200,
    type: 'text/html',
    text: '<p>Rex</p>',
  })
  expect(await both('/pets/1/photo')).toMatchObject({ type: 'image/gif', text: 'GIF89a' })
  // A public document whose first response is text/plain: OK, not "OK".
  const ok = await both(
    '/multiple-types-multiple-examples',
    { method: 'POST', headers: { accept: 'text/plain' } },
    'https://httpbin.org',
    '/response-multiple-mediatypes',
  )
  expect(ok).toMatchObject({ status: 200, type: 'text/plain', text: 'OK' })
})

it('answers the media type Accept names, else a JSON one the response declares, whatever its place', async () => {
  const answer = (accept?: string) =>
    both(
      '/multiple-types-multiple-examples',
      { method: 'POST', ...(accept ? { headers: { accept } } : {}) },
      'https://httpbin.org',
      '/response-multiple-mediatypes',
    )
  // The response declares text/plain first, then application/json.
  expect(await answer()).toMatchObject({ status: 200, type: 'application/json' })
  expect(await answer('*/*')).toMatchObject({ status: 200, type: 'application/json' })
  expect(await answer('text/*')).toMatchObject({ status: 200, type: 'text/plain', text: 'OK' })
  expect(await answer('application/xml, text/plain')).toMatchObject({ status: 200, type: 'text/plain', text: 'OK' })
  expect(await answer('text/plain;q=0, application/json')).toMatchObject({ status: 200, type: 'application/json' })
})
