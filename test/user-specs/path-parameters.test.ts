import { afterAll, beforeAll, expect, it } from 'vitest'
import { defineApi } from '../../src/index.js'
import type { Api } from '../../src/api/api.js'
import { type Chatmock, loadApi, setupChatmock } from '../../src/node.js'

// A generated answer names what the request's path names: a property called as a path parameter,
// or `id` where the path ends in a template, carries the request's value when its schema admits
// it; else the generated value stays. A real document (@readme/oas-examples, stateless: a stateful
// one answers a pet it does not keep with 404) and one of ours (no collection: answered from the document).

const corpus = 'node_modules/@readme/oas-examples'
const shop = 'https://shop.example.test'
let chatmock: Chatmock<readonly Api[]>

const shopApi = defineApi({
  id: 'shop',
  baseUrl: shop,
  spec: {
    openapi: '3.1.0',
    info: { title: 'shop', version: '1' },
    paths: {
      '/users/{user_id}/orders/{orderId}': {
        get: {
          operationId: 'getUserOrder',
          parameters: [
            { name: 'user_id', in: 'path', required: true, schema: { type: 'integer' } },
            { name: 'orderId', in: 'path', required: true, schema: { type: 'string' } },
          ],
          responses: {
            '200': {
              description: 'The order',
              content: {
                'application/json': {
                  schema: {
                    type: 'object',
                    required: ['id', 'userId', 'orderId'],
                    properties: {
                      id: { type: 'string', pattern: '^o-[0-9]+$' },
                      userId: { type: 'integer' },
                      orderId: { type: 'string', pattern: '^o-[0-9]+$' },
                    },
                  },
                },
              },
            },
          },
        },
      },
    },
  },
})

beforeAll(async () => {
  const apis = [loadApi(`${corpus}/3.0/json/petstore-expanded.json`, { id: 'pets-30', stateless: true }), shopApi]
  chatmock = await setupChatmock<readonly Api[]>({ apis })
  chatmock.server.listen({ onUnhandledRequest: 'error' })
})
afterAll(() => chatmock.server.close())

async function getJson(url: string, headers: Record<string, string> = {}) {
  const response = await fetch(url, { headers })
  return { status: response.status, body: (await response.json()) as Record<string, unknown> }
}

it('answers GET /pets/42 with the pet whose id is 42 (petstore-expanded, OpenAPI 3.0)', async () => {
  expect(await getJson('http://petstore.swagger.io/api/pets/42')).toMatchObject({ status: 200, body: { id: 42 } })
  expect(await getJson('http://petstore.swagger.io/api/pets/7')).toMatchObject({ status: 200, body: { id: 7 } })
})

it('carries every path parameter a property is named after, snake_case or camelCase', async () => {
  expect(await getJson(`${shop}/users/5/orders/o-17`)).toEqual({
    status: 200,
    body: { id: 'o-17', userId: 5, orderId: 'o-17' },
  })
})

it("keeps the generated value where the body's schema refuses the request's", async () => {
  const { status, body } = await getJson(`${shop}/users/5/orders/x-17`)
  expect(status).toBe(200)
  expect(body.userId).toBe(5)
  expect(body.id).toMatch(/^o-[0-9]+$/)
  expect(body.orderId).toMatch(/^o-[0-9]+$/)
})
