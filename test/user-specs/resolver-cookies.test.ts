import { afterAll, beforeAll, expect, it } from 'vitest'
import type { Api } from '../../src/api/api.js'
import { defineApi, json } from '../../src/index.js'
import { type Chatmock, setupChatmock } from '../../src/node.js'

// A resolver gets the operation's cookie parameters as their style reads them, as it gets the query.

const base = 'https://cookies.example.test'
const cookies = defineApi({
  id: 'cookies',
  baseUrl: base,
  spec: `openapi: 3.1.0
info: { title: Cookies, version: '1' }
paths:
  /cart:
    get:
      operationId: getCart
      parameters:
        - { name: session, in: cookie, required: true, schema: { type: string } }
        - { name: items, in: cookie, explode: false, schema: { type: array, items: { type: integer } } }
      responses:
        '200': { description: the cookies read, content: { application/json: { schema: { type: object } } } }
        '400': { description: invalid }
`,
  resolvers: { getCart: ({ cookies: read }) => json(200, read) },
})
let chatmock: Chatmock<readonly Api[]>

beforeAll(async () => {
  chatmock = await setupChatmock<readonly Api[]>({ apis: [cookies] })
  chatmock.server.listen({ onUnhandledRequest: 'error' })
})
afterAll(() => chatmock.server.close())

it('gives the resolver the cookie parameters as their style reads them, leaving out cookies it does not declare', async () => {
  const response = await fetch(`${base}/cart`, { headers: { cookie: 'session=s-1; items=3,4; theme=dark' } })
  expect([response.status, await response.json()]).toEqual([200, { session: 's-1', items: [3, 4] }])
})
