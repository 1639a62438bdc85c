import { afterAll, beforeAll, expect, it } from 'vitest'
import type { Api } from '../../src/api/api.js'
import { defineApi } from '../../src/index.js'
import { type Chatmock, loadApi, setupChatmock } from '../../src/node.js'

// A refusal of the mock (a request that breaks the spec) in the shape the user's document declares
// for its status, naming the issue; answers the document leaves open (no responses, a GET's body, a
// default of the wrong type, a $ref into #/paths) are answered rather than refused or failed.

const base = 'https://refusals.example.test'
const warnings: string[] = []
let chatmock: Chatmock<readonly Api[]>

const refusals = defineApi({
  id: 'refusals',
  baseUrl: base,
  spec: `openapi: 3.0.3
info: { title: Refusals, version: '1' }
components:
  schemas:
    Account:
      type: object
      required: [id, name, password]
      properties:
        id: { type: integer, readOnly: true }
        name: { type: string }
        password: { $ref: '#/components/schemas/Secret' }
    Secret: { type: string, writeOnly: true, minLength: 8 }
    Cat: { type: object, required: [meows], properties: { meows: { type: boolean } } }
    Dog: { type: object, required: [barks], properties: { barks: { type: boolean } } }
    Error:
      type: object
      required: [code, message]
      properties:
        code: { type: integer, minimum: 1000 }
        message: { type: string }
  securitySchemes:
    key: { type: apiKey, in: header, name: X-Key }
paths:
  /orders:
    post:
      operationId: createOrder
      requestBody:
        required: true
        content:
          application/json:
            schema: { type: object, required: [sku], properties: { sku: { type: string } } }
      responses:
        '201': { description: created }
        '400':
          description: invalid
          content: { application/json: { schema: { $ref: '#/components/schemas/Error' } } }
  /orders/{id}:
    get:
      operationId: getOrder
      parameters: [{ name: id, in: path, required: true, schema: { type: integer } }]
      responses:
        '200': { description: found, content: { application/json: { schema: { type: object } } } }
        '400': { description: no such id }
  /nested:
    get:
      operationId: getNested
      parameters: [{ name: n, in: query, required: true, schema: { type: integer } }]
      responses:
        '200': { description: ok }
        4XX:
          description: refused
          content:
            application/json:
              schema:
                type: object
                required: [error]
                properties:
                  error:
                    type: object
                    required: [message, kind]
                    properties: { message: { type: string }, kind: { enum: [client] } }
  /private:
    get:
      operationId: getPrivate
      security: [{ key: [] }]
      responses:
        '200': { description: ok }
        '401':
          description: no key
          content: { application/json: { schema: { $ref: '#/components/schemas/Error' } } }
  /undeclared:
    get:
      operationId: getUndeclared
      parameters: [{ name: n, in: query, required: true, schema: { type: integer } }]
      responses:
        '200': { description: ok }
  /open:
    post:
      operationId: postOpen
  /accounts:
    post:
      operationId: createAccount
      requestBody:
        required: true
        content: { application/json: { schema: { $ref: '#/components/schemas/Account' } } }
      responses:
        '201':
          description: created
          content: { application/json: { schema: { $ref: '#/components/schemas/Account' } } }
        '400': { description: invalid }
  /pets:
    post:
      operationId: createPet
      requestBody:
        required: true
        content:
          application/json:
            schema: { oneOf: [{ $ref: '#/components/schemas/Cat' }, { $ref: '#/components/schemas/Dog' }] }
      responses:
        '201': { description: created }
        '400': { description: invalid }
  /upgrade:
    get:
      operationId: upgrade
      responses:
        '101': { description: switching protocols }
  /search:
    get:
      operationId: search
      requestBody:
        required: true
        content: { application/json: { schema: { type: object } } }
      parameters:
        - { name: limit, in: query, schema: { type: integer, format: int64, default: '3000000000' } }
        - { name: ratio, in: query, schema: { type: number, default: '1.0' } }
        - { name: within, in: query, schema: { type: string, format: duration, default: TBD } }
      responses:
        '200':
          description: found
          content:
            application/json:
              schema:
                type: object
                required: [limit, ratio]
                properties: { limit: { type: integer }, ratio: { type: number } }
        '400': { description: invalid }
`,
})

beforeAll(async () => {
  chatmock = await setupChatmock<readonly Api[]>({
    apis: [refusals, loadApi('node_modules/@readme/oas-examples/3.0/yaml/circular-paths.yaml')],
    warn: (line) => warnings.push(line),
  })
  chatmock.server.listen({ onUnhandledRequest: 'error' })
})
afterAll(() => chatmock.server.close())

async function send(path: string, init: RequestInit = {}) {
  const response = await fetch(`${base}${path}`, init)
  const text = await response.text()
  return {
    status: response.status,
    type: response.headers.get('content-type'),
    refusal: response.headers.get('x-chatmock-refusal'),
    violations: response.headers.get('x-chatmock-violations'),
    body: text === '' ? undefined : JSON.parse(text),
  }
}

it('refuses an invalid body with the error the document declares for 400, its message naming the issue', async () => {
  const answer = await send('/orders', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: '{"sku":7}',
  })
  expect(answer).toMatchObject({ status: 400, type: 'application/json', refusal: null, violations: null })
  expect(answer.body).toEqual({ code: expect.any(Number), message: 'body field "sku" must be string (got 7)' })
  expect(answer.body.code).toBeGreaterThanOrEqual(1000)
})

it('names the issue in x-chatmock-refusal where the declared 400 has no content', async () => {
  expect(await send('/orders/abc')).toEqual({
    status: 400,
    type: null,
    refusal: 'path parameter "id" must be integer (got "abc")',
    violations: null,
    body: undefined,
  })
})

it('writes the issue into a nested error message of a declared 4XX', async () => {
  const answer = await send('/nested?n=x')
  expect(answer).toMatchObject({ status: 400, type: 'application/json', violations: null })
  expect(answer.body).toEqual({ error: { message: 'query parameter "n" must be integer (got "x")', kind: 'client' } })
})

it('refuses a missing credential with the declared 401 error', async () => {
  const answer = await send('/private')
  expect(answer).toMatchObject({ status: 401, type: 'application/json', violations: null })
  expect(answer.body.message).toMatch(/X-Key/)
})

it('keeps its own refusal where the document declares none, which the drift guard reports in process', async () => {
  await expect(send('/undeclared?n=x')).rejects.toThrow(
    'breaks the spec: query parameter "n" must be integer (got "x")) violates the spec:\n  - status 400 is not declared for getUndeclared (declared: 200)',
  )
})

it('answers 204 for an operation that declares no response, without a violation', async () => {
  expect(await send('/open', { method: 'POST' })).toEqual({
    status: 204,
    type: null,
    refusal: null,
    violations: null,
    body: undefined,
  })
})

it('requires a required readOnly property in responses only, and a writeOnly one in requests only', async () => {
  const create = (body: object) =>
    send('/accounts', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) })
  const created = await create({ name: 'Ada', password: 'correct horse' })
  expect(created).toMatchObject({ status: 201, violations: null })
  expect(created.body).toEqual({ id: expect.any(Number), name: expect.any(String) })
  expect(await create({ name: 'Ada' })).toMatchObject({
    status: 400,
    refusal: 'body field "password" is required',
  })
})

it('names the components a body must be one of', async () => {
  const answer = await send('/pets', { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' })
  expect(answer.status).toBe(400)
  expect(answer.refusal).toMatch(/; body must be a Cat or a Dog \(got \{\}\)$/)
})

it('answers 204 for an operation that declares only a 1xx, which HTTP never sends as a final response', async () => {
  expect((await send('/upgrade')).status).toBe(204)
  expect(chatmock.journal.entries().at(-1)).toMatchObject({ operationId: 'upgrade', status: 204 })
})

it("answers a GET whose required body fetch cannot send, reading the document's defaults as their types", async () => {
  const answer = await send('/search')
  expect(answer).toMatchObject({ status: 200, violations: null })
  expect(chatmock.journal.entries().at(-1)).toMatchObject({ operationId: 'search', status: 200, violations: [] })
})

it('still refuses a value the client sent that breaks the schema the default does not keep', async () => {
  expect((await send('/search?within=TBD')).status).toBe(400)
  expect((await send('/search?within=P1D')).status).toBe(200)
})

it('answers a schema whose $ref points into #/paths, as circular-paths.yaml writes one', async () => {
  const response = await fetch('https://httpbin.org/anything/anything')
  expect(response.status).toBe(200)
  expect(response.headers.get('x-chatmock-violations')).toBeNull()
})
