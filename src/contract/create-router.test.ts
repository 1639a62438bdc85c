import { readdirSync, readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname } from 'node:path'
import { isDeepStrictEqual } from 'node:util'
import { expect, it } from 'vitest'
import type { Operation } from '../api/spec.js'
import { createRouter } from './create-router.js'

function operation(method: Operation['method'], path: string, operationId: string): Operation {
  return { operationId, method, path, parameters: [], responses: {}, security: [] }
}

const route = createRouter([
  operation('get', '/chats', 'listChats'),
  operation('post', '/chats', 'createChat'),
  operation('get', '/chats/{chat_id}', 'getChat'),
  operation('get', '/chats/{chat_id}/messages/stream', 'streamMessages'),
  operation('get', '/chats/{chat_id}/messages/{message_id}', 'getMessage'),
])

it('matches static paths by method', () => {
  expect(route('POST', '/chats')).toMatchObject({ kind: 'operation', operation: { operationId: 'createChat' } })
})

it('captures templated segments, decoded', () => {
  expect(route('GET', '/chats/a%20b')).toMatchObject({
    kind: 'operation',
    operation: { operationId: 'getChat' },
    params: { chat_id: 'a b' },
  })
})

it('prefers a static segment over a templated one', () => {
  expect(route('GET', '/chats/1/messages/stream')).toMatchObject({
    operation: { operationId: 'streamMessages' },
    params: { chat_id: '1' },
  })
  expect(route('GET', '/chats/1/messages/9')).toMatchObject({
    operation: { operationId: 'getMessage' },
    params: { chat_id: '1', message_id: '9' },
  })
})

it('tolerates a trailing slash', () => {
  expect(route('GET', '/chats/')).toMatchObject({ operation: { operationId: 'listChats' } })
})

it('says which methods a known path accepts', () => {
  expect(route('DELETE', '/chats')).toEqual({ kind: 'method-not-allowed', allow: ['GET', 'POST'] })
})

it('finds nothing for an unknown path, an empty segment or a malformed escape', () => {
  expect(route('GET', '/nope')).toEqual({ kind: 'not-found' })
  expect(route('GET', '/chats//messages/stream')).toEqual({ kind: 'not-found' })
  expect(route('GET', '/chats/%E0%A4%A')).toEqual({ kind: 'not-found' })
})

it('keeps an encoded slash inside its segment', () => {
  expect(route('GET', '/chats/a%2Fb')).toMatchObject({ params: { chat_id: 'a/b' } })
})

it('gives each route the names of its own template at a shared position', () => {
  const byName = createRouter([
    operation('get', '/users/{userId}', 'getUser'),
    operation('get', '/users/{id}/posts', 'listPosts'),
    operation('delete', '/users/{user}', 'deleteUser'),
  ])
  expect(byName('GET', '/users/7/posts')).toEqual({
    kind: 'operation',
    operation: expect.objectContaining({ operationId: 'listPosts' }),
    params: { id: '7' },
  })
  expect(byName('GET', '/users/7')).toMatchObject({ operation: { operationId: 'getUser' }, params: { userId: '7' } })
  expect(byName('DELETE', '/users/7')).toMatchObject({
    operation: { operationId: 'deleteUser' },
    params: { user: '7' },
  })
})

const files = createRouter([
  operation('get', '/files/index.json', 'getIndex'),
  operation('get', '/files/{name}.json', 'getJson'),
  operation('get', '/files/{name}.{format}', 'getFile'),
  operation('get', '/files/{name}', 'getRaw'),
  operation('get', '/ranges/{from}-{to}', 'getRange'),
  operation('get', '/v{major}/status', 'getStatus'),
])

it('matches segments that mix literal text and variables', () => {
  expect(files('GET', '/files/report.json')).toMatchObject({
    operation: { operationId: 'getJson' },
    params: { name: 'report' },
  })
  expect(files('GET', '/files/report.csv')).toMatchObject({
    operation: { operationId: 'getFile' },
    params: { name: 'report', format: 'csv' },
  })
  expect(files('GET', '/ranges/3-9')).toMatchObject({ params: { from: '3', to: '9' } })
  expect(files('GET', '/v2/status')).toMatchObject({ operation: { operationId: 'getStatus' }, params: { major: '2' } })
})

it('tries a literal segment, then the mixed segment with the most literal text, then a whole-segment variable', () => {
  expect(files('GET', '/files/index.json')).toMatchObject({ operation: { operationId: 'getIndex' }, params: {} })
  expect(files('GET', '/files/index.csv')).toMatchObject({ operation: { operationId: 'getFile' } })
  expect(files('GET', '/files/report')).toMatchObject({
    operation: { operationId: 'getRaw' },
    params: { name: 'report' },
  })
})

it('gives each variable of a mixed segment at least one character, the first the fewest, decoded', () => {
  expect(files('GET', '/ranges/1-2-3')).toMatchObject({ params: { from: '1', to: '2-3' } })
  expect(files('GET', '/files/a%20b.tar.gz')).toMatchObject({
    operation: { operationId: 'getFile' },
    params: { name: 'a b', format: 'tar.gz' },
  })
  expect(files('GET', '/files/.json')).toMatchObject({
    operation: { operationId: 'getRaw' },
    params: { name: '.json' },
  })
  expect(files('GET', '/ranges/-9')).toEqual({ kind: 'not-found' })
  expect(files('GET', '/ranges/%E0%A4%A-9')).toEqual({ kind: 'not-found' })
})

it('keeps no value of a branch it backed out of', () => {
  const backtracking = createRouter([
    operation('get', '/t/{p}-{q}/x', 'byPattern'),
    operation('get', '/t/{r}/y', 'byParam'),
  ])
  expect(backtracking('GET', '/t/1-2/y')).toEqual({
    kind: 'operation',
    operation: expect.objectContaining({ operationId: 'byParam' }),
    params: { r: '1-2' },
  })
})

it('gives a name used twice in a template its first value', () => {
  const repeated = createRouter([operation('get', '/anything/{id}/{action}/{id}', 'getTwice')])
  expect(repeated('GET', '/anything/1/lists/2')).toMatchObject({ params: { id: '1', action: 'lists' } })
})

const twins = createRouter([
  operation('get', '/reports', 'listReports'),
  operation('get', '/reports/', 'listReportsSlash'),
  operation('post', '/reports', 'createReport'),
  operation('put', '/reports/{id}/', 'putReport'),
])

it('serves both trailing-slash twins, each its own operation', () => {
  expect(twins('GET', '/reports')).toMatchObject({ operation: { operationId: 'listReports' } })
  expect(twins('GET', '/reports/')).toMatchObject({ operation: { operationId: 'listReportsSlash' } })
})

it('falls back to the trailing-slash twin for a method only the twin declares', () => {
  expect(twins('POST', '/reports/')).toMatchObject({ operation: { operationId: 'createReport' } })
  expect(twins('PUT', '/reports/4')).toMatchObject({ operation: { operationId: 'putReport' }, params: { id: '4' } })
  expect(twins('DELETE', '/reports/')).toEqual({ kind: 'method-not-allowed', allow: ['GET', 'POST'] })
})

const methods = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'] as const

/** The operations of every JSON document of @readme/oas-examples (OpenAPI 2.0, 3.0 and 3.1). */
function readCorpus(): { file: string; operations: Operation[] }[] {
  const root = dirname(createRequire(import.meta.url).resolve('@readme/oas-examples/package.json'))
  return ['2.0', '3.0', '3.1'].flatMap((version) =>
    readdirSync(`${root}/${version}/json`)
      .filter((name) => name.endsWith('.json'))
      .map((name) => {
        const file = `${version}/json/${name}`
        const document = JSON.parse(readFileSync(`${root}/${file}`, 'utf8')) as {
          paths?: Record<string, Record<string, unknown>>
        }
        const operations = Object.entries(document.paths ?? {}).flatMap(([path, item]) =>
          methods.filter((method) => item[method]).map((method) => operation(method, path, `${method} ${path}`)),
        )
        return { file, operations }
      }),
  )
}

it('routes every operation of the @readme/oas-examples documents to itself, with its own names', () => {
  const corpus = readCorpus()
  expect(corpus.flatMap((document) => document.operations).length).toBeGreaterThan(600)
  const misrouted = corpus.flatMap(({ file, operations }) => {
    const byDocument = createRouter(operations)
    return operations.flatMap(({ method, path, operationId }) => {
      const names = [...new Set([...path.matchAll(/\{([^{}]+)\}/g)].map((match) => match[1]!))]
      const concrete = path.replace(/\{([^{}]+)\}/g, (_, name: string) => `v${names.indexOf(name)}`)
      const expected = { operationId, params: Object.fromEntries(names.map((name, i) => [name, `v${i}`])) }
      const match = byDocument(method, concrete)
      const found =
        match.kind === 'operation' ? { operationId: match.operation.operationId, params: match.params } : match
      return isDeepStrictEqual(found, expected) ? [] : [`${file}: ${concrete} is ${JSON.stringify(found)}`]
    })
  })
  expect(misrouted).toEqual([])
})
