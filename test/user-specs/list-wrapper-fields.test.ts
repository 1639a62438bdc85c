import { afterAll, beforeAll, expect, it } from 'vitest'
import type { Api } from '../../src/api/api.js'
import { defineApi } from '../../src/index.js'
import { type Chatmock, setupChatmock } from '../../src/node.js'

// A list's wrapper says where the page stands: the fields documents.md names are filled from the
// page the request asked for (a total, whether there is more, the next cursor, a link to the next
// page), and on the last page `next` is null where the schema admits it, else left out.

const base = 'https://feed.example.test/v1'
const item = {
  type: 'object',
  required: ['id', 'title'],
  properties: { id: { type: 'integer' }, title: { type: 'string' } },
}
const list = (fields: Record<string, unknown>, required: string[]) => ({
  '200': {
    description: 'One page',
    content: {
      'application/json': {
        schema: {
          type: 'object',
          required: ['items', ...required],
          properties: { items: { type: 'array', items: { $ref: '#/components/schemas/Post' } }, ...fields },
        },
      },
    },
  },
})
const create = {
  requestBody: {
    required: true,
    content: { 'application/json': { schema: { type: 'object', properties: { title: { type: 'string' } } } } },
  },
  responses: {
    '201': { description: 'Made', content: { 'application/json': { schema: { $ref: '#/components/schemas/Post' } } } },
  },
}
const read = (name: string) => ({
  get: {
    operationId: `get${name}`,
    parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'integer' } }],
    responses: {
      '200': { description: 'One', content: { 'application/json': { schema: { $ref: '#/components/schemas/Post' } } } },
      '404': { description: 'None' },
    },
  },
})

const api = defineApi({
  id: 'feed',
  baseUrl: base,
  spec: JSON.stringify({
    openapi: '3.1.0',
    info: { title: 'Feed', version: '1' },
    paths: {
      '/posts': {
        get: {
          operationId: 'listPosts',
          parameters: [
            { name: 'after', in: 'query', schema: { type: 'string' } },
            { name: 'limit', in: 'query', schema: { type: 'integer', default: 2 } },
          ],
          responses: list(
            {
              total_count: { type: 'integer' },
              has_more: { type: 'boolean' },
              next_cursor: { type: ['string', 'null'] },
              links: { type: 'object', properties: { next: { type: 'string', format: 'uri' } } },
            },
            ['total_count', 'has_more', 'next_cursor'],
          ),
        },
        post: { operationId: 'createPost', ...create },
      },
      '/posts/{id}': read('Post'),
      '/notes': {
        get: {
          operationId: 'listNotes',
          parameters: [
            { name: '$top', in: 'query', schema: { type: 'integer' } },
            { name: '$skip', in: 'query', schema: { type: 'integer' } },
          ],
          responses: list({ '@odata.nextLink': { type: 'string', format: 'uri' } }, []),
        },
        post: { operationId: 'createNote', ...create },
      },
      '/notes/{id}': read('Note'),
    },
    components: { schemas: { Post: item } },
  }),
})
let chatmock: Chatmock<readonly Api[]>

beforeAll(async () => {
  chatmock = await setupChatmock<readonly Api[]>({ apis: [api] })
  chatmock.server.listen({ onUnhandledRequest: 'error' })
})
afterAll(() => chatmock.server.close())

async function get(path: string) {
  const response = await fetch(`${base}${path}`)
  expect(response.status, path).toBe(200)
  return (await response.json()) as Record<string, any>
}

it('fills total_count, has_more, next_cursor and links.next from a cursor page, and ends with null', async () => {
  const first = await get('/posts')
  expect(first.items.map((post: { id: number }) => post.id)).toEqual([1, 2])
  expect(first).toMatchObject({ total_count: 3, has_more: true, next_cursor: '2' })
  expect(first.links.next).toBe(`${base}/posts?after=2`)
  const last = await get(`/posts?after=${first.next_cursor}`)
  expect(last.items.map((post: { id: number }) => post.id)).toEqual([3])
  expect(last).toMatchObject({ total_count: 3, has_more: false, next_cursor: null })
  expect(last.links?.next).toBeUndefined()
})

it("fills OData's @odata.nextLink from $top and $skip, and leaves it out on the last page", async () => {
  const first = await get('/notes?$top=2')
  expect(first.items).toHaveLength(2)
  expect(first['@odata.nextLink']).toBe(`${base}/notes?%24top=2&%24skip=2`)
  const last = await get('/notes?$top=2&$skip=2')
  expect(last.items).toHaveLength(1)
  expect(last).not.toHaveProperty('@odata.nextLink')
})
