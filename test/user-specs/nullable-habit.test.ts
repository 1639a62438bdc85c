import { afterAll, beforeAll, expect, it } from 'vitest'
import { type Chatmock, loadApi, setupChatmock } from '../../src/node.js'

// ReadMe's own API description (from @readme/oas-examples) is OpenAPI 3.1 but keeps 3.0's
// `nullable`, 498 times, some of them on schemas without a `type`, which Ajv refuses to compile.

const api = loadApi('node_modules/@readme/oas-examples/3.1/yaml/readme.yaml')
let chatmock: Chatmock<[typeof api]>

beforeAll(async () => {
  chatmock = await setupChatmock({ apis: [api] })
  chatmock.server.listen({ onUnhandledRequest: 'error' })
})
afterAll(() => chatmock.server.close())

it('answers an operation whose schema says nullable without a type with its declared 200, not a 500', async () => {
  const headers = { authorization: 'Bearer rdme_token' }
  // getAPI reads a record the mock keeps: one of those the branch's list holds.
  const listed = await (await fetch(`${api.serverUrl}/branches/stable/apis`, { headers })).json()
  const response = await fetch(`${api.serverUrl}/branches/stable/apis/${listed.data[0].filename}`, { headers })
  expect(response.status).toBe(200)
  expect(await response.json()).toMatchObject({ data: expect.any(Object) })
  expect(chatmock.journal.entries().at(-1)).toMatchObject({ operationId: 'getAPI', status: 200, violations: [] })
})
