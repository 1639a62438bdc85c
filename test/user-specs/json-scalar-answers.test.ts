import { afterAll, beforeAll, expect, it } from 'vitest'
import type { Api } from '../../src/api/api.js'
import { contract, defineApi } from '../../src/index.js'
import { type ChatmockServer, startChatmockServer } from '../../src/express.js'
import { type Chatmock, setupChatmock } from '../../src/node.js'

// A JSON answer need not be an object: Microsoft Graph's `$ref` reads answer a JSON string, and its
// actions answer `anyOf: [an entity, a nullable object]`, which may be `null`. Each is sent as JSON
// text and passes the mock's own check, through a real HTTP server and in process.

const base = 'https://scalars.example.test'
const scalars = defineApi({
  id: 'scalars',
  baseUrl: base,
  spec: `openapi: 3.0.3
info: { title: Scalars, version: '1' }
paths:
  /manager/$ref:
    get:
      operationId: getManagerRef
      responses:
        '200':
          description: a link
          content: { application/json: { schema: { type: string, enum: [https://graph.example.test/users/7] } } }
  /follow:
    post:
      operationId: follow
      responses:
        '200':
          description: nothing to say
          content: { application/json: { schema: { type: object, nullable: true, enum: [null] } } }
`,
})

let server: ChatmockServer<readonly Api[]>
let chatmock: Chatmock<readonly Api[]>
beforeAll(async () => {
  server = await startChatmockServer<readonly Api[]>({ apis: [scalars], port: 0 })
  chatmock = await setupChatmock<readonly Api[]>({ apis: [scalars] })
  chatmock.server.listen({ onUnhandledRequest: 'bypass' })
})
afterAll(async () => {
  chatmock.server.close()
  await server.close()
})

const runtimes: Array<[string, () => string]> = [
  ['the server', () => `${server.url}/scalars`],
  ['in process', () => base],
]

it.each(runtimes)('answers a JSON string as JSON text, %s', async (_, url) => {
  const response = await fetch(`${url()}/manager/$ref`)
  expect([response.status, response.headers.get('content-type'), await response.text()]).toEqual([
    200,
    'application/json',
    '"https://graph.example.test/users/7"',
  ])
})

it.each(runtimes)('answers a JSON null as JSON text, %s', async (_, url) => {
  const response = await fetch(`${url()}/follow`, { method: 'POST' })
  expect([response.status, response.headers.get('content-type'), await response.text()]).toEqual([
    200,
    'application/json',
    'null',
  ])
})

it('reads a null body that a client parsed as JSON null, and refuses it where the schema does', async () => {
  const checked = contract(scalars)
  const json = { 'content-type': 'application/json' }
  expect(await checked.validateResponse('follow', { status: 200, headers: json, body: null })).toEqual({ valid: true })
  expect(await checked.validateResponse('getManagerRef', { status: 200, headers: json, body: null })).toMatchObject({
    valid: false,
    issues: [
      { message: 'body must be string (got null)' },
      { message: 'body must be one of "https://graph.example.test/users/7" (got null)' },
    ],
  })
  expect(await checked.validateResponse('follow', { status: 200, headers: json, body: '' })).toMatchObject({
    valid: false,
    issues: [{ message: 'body is required: follow declares application/json for 200' }],
  })
})

it('finds no fault with its own answers in the server’s journal', async () => {
  await fetch(`${server.url}/scalars/manager/$ref`)
  await fetch(`${server.url}/scalars/follow`, { method: 'POST' })
  const entries = server.apis[0]!.journal.entries()
  expect(entries.length).toBeGreaterThanOrEqual(2)
  expect(entries.flatMap((entry) => entry.violations)).toEqual([])
})
