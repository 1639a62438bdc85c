import { afterAll, beforeAll, expect, it } from 'vitest'
import { json } from '../../src/index.js'
import { empty } from '../../src/mock/respond.js'
import { loadApi } from '../../src/node.js'
import type { Api } from '../../src/api/api.js'
import { type ChatmockServer, startChatmockServer } from '../../src/server/start-chatmock-server.js'

// A document's x-chatmock-lenient and x-chatmock-json-charset through the standalone server: its
// empty answers say content-length: 0 (not chunked), its JSON ones name the charset, and a wrong
// method is its 404 unless the request is strict.

let server: ChatmockServer<readonly Api[]>

beforeAll(async () => {
  const notes = loadApi<'lenient-notes', Record<string, { params: any; query: any; headers: any; body: any }>>(
    'test/fixtures/user-specs/lenient.yaml',
    {
      stateless: true,
      resolvers: {
        listNotes: ({ query }) => json(200, { limit: query.limit ?? null, notes: [] }),
        markNoteSeen: () => empty(200, { 'content-type': 'application/json' }),
      },
    },
  )
  server = await startChatmockServer({ port: 0, apis: [notes] })
})
afterAll(() => server.close())

it('sends an empty answer with content-length: 0, not chunked, and the JSON charset', async () => {
  const response = await fetch(`${server.url}/lenient-notes/notes/1/seen`, { method: 'POST' })
  expect(response.status).toBe(200)
  expect(response.headers.get('content-length')).toBe('0')
  expect(response.headers.get('transfer-encoding')).toBeNull()
  expect(response.headers.get('content-type')).toBe('application/json; charset=utf-8')
  expect(await response.text()).toBe('')
})

it('sends JSON answers with the document charset', async () => {
  const response = await fetch(`${server.url}/lenient-notes/notes?limit=abc`)
  expect(response.headers.get('content-type')).toBe('application/json; charset=utf-8')
  expect(await response.json()).toMatchObject({ limit: 0 })
})

it('answers 404 for a wrong method, and 405 with Allow under Prefer: handling=strict', async () => {
  expect((await fetch(`${server.url}/lenient-notes/notes`, { method: 'DELETE' })).status).toBe(404)
  const strict = await fetch(`${server.url}/lenient-notes/notes`, {
    method: 'DELETE',
    headers: { prefer: 'handling=strict' },
  })
  expect([strict.status, strict.headers.get('allow')]).toEqual([405, 'GET, POST'])
})

it('lets a page send Prefer: its preflight is granted the headers it asks for', async () => {
  const response = await fetch(`${server.url}/lenient-notes/notes`, {
    method: 'OPTIONS',
    headers: {
      origin: 'http://app.example.test',
      'access-control-request-method': 'GET',
      'access-control-request-headers': 'prefer',
    },
  })
  expect(response.status).toBe(204)
  expect(response.headers.get('access-control-allow-headers')).toBe('prefer')
})
