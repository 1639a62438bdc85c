import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Api } from '../../src/api/api.js'
import { json } from '../../src/index.js'
import { empty } from '../../src/mock/respond.js'
import { type Chatmock, loadApi, setupChatmock } from '../../src/node.js'

// x-chatmock-lenient is the machinery's, not Chatwoot's: a document of the user's own declares it,
// and the mock takes what that document's server takes (unknown body fields dropped, integers read
// as Ruby's to_i reads them, a bad path id or a wrong method answered 404), unless it is strict.

const base = 'https://notes.example.test/v1'
const received: unknown[] = []

/** The operations' values as the resolvers here read them. */
type Loose = Record<string, { params: any; query: any; headers: any; body: any }>

function loadNotes(): Api {
  return loadApi<'lenient-notes', Loose>('test/fixtures/user-specs/lenient.yaml', {
    stateless: true,
    resolvers: {
      listNotes: ({ query, strict }) => json(200, { limit: query.limit ?? null, notes: [], strict }),
      createNote: ({ body }) => {
        received.push(body)
        return json(201, { id: 1, tags: [], ...(body as object) })
      },
      getNote: ({ params }) => json(200, { id: params.id, text: 'Buy tea', tags: [] }),
      markNoteSeen: () => empty(200, { 'content-type': 'application/json' }),
      attachNoteFile: ({ body, files }) =>
        json(200, { fields: Object.keys(body as object), files: files.map((file) => file.filename) }),
    },
  })
}

let lenient: Chatmock<readonly Api[]>

beforeAll(async () => {
  lenient = await setupChatmock({ apis: [loadNotes()] })
  lenient.server.listen({ onUnhandledRequest: 'error' })
})
afterAll(() => lenient.server.close())

async function send(path: string, init: RequestInit = {}) {
  const response = await fetch(`${base}${path}`, init)
  const text = await response.text()
  return { status: response.status, headers: response.headers, body: text === '' ? undefined : JSON.parse(text) }
}

function post(body: unknown, headers: Record<string, string> = {}) {
  return send('/notes', {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(body),
  })
}

it('reads x-chatmock-lenient and x-chatmock-json-charset onto the API', () => {
  expect(loadNotes()).toMatchObject({
    lenient: {
      unknownBodyFields: 'drop',
      invalidPathParameters: 'not-found',
      invalidIntegerQueries: 'to-i',
      unroutedMethods: 'not-found',
    },
    jsonCharset: 'utf-8',
  })
})

it('drops body fields the schema forbids, at every depth, and the resolver receives the body without them', async () => {
  received.length = 0
  const response = await post({ text: 'Buy tea', colour: 'red', tags: [{ name: 'home', weight: 2 }] })
  expect(response.status).toBe(201)
  expect(received).toEqual([{ text: 'Buy tea', tags: [{ name: 'home' }] }])
  expect(response.body).toEqual({ id: 1, text: 'Buy tea', tags: [{ name: 'home' }] })
})

it('drops a field that only an alternative (oneOf) refuses, when that leaves a valid body', async () => {
  received.length = 0
  const response = await post({ text: 'Call Ada', reminder: { at: 'noon', snooze: 5 } })
  expect(response.status).toBe(201)
  expect(received).toEqual([{ text: 'Call Ada', reminder: { at: 'noon' } }])
})

it('drops an unknown field of a multipart body and keeps its file parts', async () => {
  const form = new FormData()
  form.append('file', new Blob(['hello'], { type: 'text/plain' }), 'hello.txt')
  form.append('colour', 'red')
  const response = await send('/notes/1/files', { method: 'POST', body: form })
  expect([response.status, response.body]).toEqual([200, { fields: ['file'], files: ['hello.txt'] }])
})

it('still refuses what is left once the unknown fields are dropped, naming only that', async () => {
  const response = await post({ colour: 'red' })
  expect(response.status).toBe(400)
  expect(response.body.detail).toBe('body field "text" is required')
})

it('answers 404 when a path parameter breaks its schema', async () => {
  expect((await send('/notes/abc')).status).toBe(404)
  expect((await send('/notes/0')).status).toBe(404)
  expect((await send('/notes/12abc')).status).toBe(404)
  expect((await send('/notes/12')).body).toMatchObject({ id: 12 })
})

it('reads an integer query that is not one as String#to_i does, then checks its bounds', async () => {
  expect((await send('/notes?limit=abc')).body).toMatchObject({ limit: 0 })
  expect((await send('/notes?limit=12abc')).body).toMatchObject({ limit: 12 })
  expect((await send('/notes?limit=%20-0x')).body).toMatchObject({ limit: 0 })
  expect((await send('/notes?limit=1_0')).body).toMatchObject({ limit: 10 })
  expect((await send('/notes?limit=')).body).toMatchObject({ limit: null })
  const tooMany = await send('/notes?limit=99bottles')
  expect(tooMany.status).toBe(400)
  expect(tooMany.body.detail).toBe('query parameter "limit" must be <= 50 (got 99)')
})

it('answers 404 without Allow for a method the path does not accept', async () => {
  const response = await send('/notes', { method: 'DELETE' })
  expect(response.status).toBe(404)
  expect(response.headers.get('allow')).toBeNull()
})

it('tells the resolver the request is lenient, or strict under Prefer: handling=strict', async () => {
  expect((await send('/notes')).body.strict).toBe(false)
  expect((await send('/notes', { headers: { prefer: 'handling=strict' } })).body.strict).toBe(true)
})

it('refuses each of them under Prefer: handling=strict, which steers nothing by itself', async () => {
  const strict = { prefer: 'handling=strict' }
  const unknown = await post({ text: 'Buy tea', colour: 'red' }, strict)
  expect([unknown.status, unknown.body.detail]).toEqual([400, 'body field "colour" is not allowed'])
  expect((await send('/notes/abc', { headers: strict })).status).toBe(400)
  expect((await send('/notes?limit=abc', { headers: strict })).status).toBe(400)
  const wrongMethod = await send('/notes', { method: 'DELETE', headers: strict })
  expect([wrongMethod.status, wrongMethod.headers.get('allow')]).toEqual([405, 'GET, POST'])
})

it('combines handling with the other Prefer tokens', async () => {
  const steered = await send('/notes/1', { headers: { prefer: 'code=404, handling=strict' } })
  expect(steered.status).toBe(404)
  expect((await send('/notes/abc', { headers: { prefer: 'code=200, handling=strict' } })).status).toBe(400)
  expect((await send('/notes/abc', { headers: { prefer: 'handling=lenient; code=200' } })).status).toBe(404)
})

it('sends JSON answers with the document charset, refusals too', async () => {
  expect((await send('/notes')).headers.get('content-type')).toBe('application/json; charset=utf-8')
  expect((await send('/notes/abc')).headers.get('content-type')).toBe('application/problem+json; charset=utf-8')
})

it('sends an empty answer in process with content-length: 0 and its JSON content type', async () => {
  const response = await send('/notes/1/seen', { method: 'POST' })
  expect([response.status, response.body]).toEqual([200, undefined])
  expect(response.headers.get('content-length')).toBe('0')
  expect(response.headers.get('content-type')).toBe('application/json; charset=utf-8')
})

describe('with strict: true', () => {
  let strict: Chatmock<readonly Api[]>
  beforeAll(async () => {
    lenient.server.close()
    strict = await setupChatmock({ apis: [loadNotes()], strict: true })
    strict.server.listen({ onUnhandledRequest: 'error' })
  })
  afterAll(() => {
    strict.server.close()
    lenient.server.listen({ onUnhandledRequest: 'error' })
  })

  it('refuses each of them as the contract does', async () => {
    expect((await post({ text: 'Buy tea', colour: 'red' })).status).toBe(400)
    expect((await send('/notes/abc')).status).toBe(400)
    expect((await send('/notes?limit=abc')).status).toBe(400)
    expect((await send('/notes', { method: 'DELETE' })).status).toBe(405)
    expect((await send('/notes')).body.strict).toBe(true)
  })

  it('takes each of them as the server does under Prefer: handling=lenient', async () => {
    const leniently = { prefer: 'handling=lenient' }
    expect((await post({ text: 'Buy tea', colour: 'red' }, leniently)).status).toBe(201)
    expect((await send('/notes/abc', { headers: leniently })).status).toBe(404)
    expect((await send('/notes?limit=abc', { headers: leniently })).body).toMatchObject({ limit: 0, strict: false })
    expect((await send('/notes', { method: 'DELETE', headers: leniently })).status).toBe(404)
  })
})
