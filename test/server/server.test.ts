import express from 'express'
import { readFileSync } from 'node:fs'
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { afterAll, beforeAll, expect, it, vi } from 'vitest'
import { parse } from 'yaml'
import { chatwootApi } from '../../handlers/chatwoot/index.js'
import { createChatmockRouter } from '../../src/server/create-chatmock-router.js'
import { type ChatmockServer, startChatmockServer } from '../../src/server/start-chatmock-server.js'

let server: ChatmockServer
const lines: string[] = []

beforeAll(async () => {
  server = await startChatmockServer({ port: 0, log: (line) => lines.push(line) })
})
afterAll(() => server.close())

it('binds 127.0.0.1 by default', () => {
  expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/)
})

it('lists the APIs with their base URLs and spec links at GET /', async () => {
  const body = await (await fetch(`${server.url}/`)).json()
  expect(body.apis.map((api: { id: string }) => api.id)).toEqual(['toggl-focus', 'roosted', 'hapihub', 'chatwoot'])
  expect(body.apis[0]).toEqual({
    id: 'toggl-focus',
    title: 'Toggl Focus chats',
    baseUrl: `${server.url}/toggl-focus`,
    documentedServerUrl: 'https://focus.toggl.com/api',
    spec: { json: `${server.url}/toggl-focus/openapi.json`, yaml: `${server.url}/toggl-focus/openapi.yaml` },
    operations: 9,
  })
})

it('answers a browser at GET / with an HTML page', async () => {
  const response = await fetch(`${server.url}/`, { headers: { accept: 'text/html,application/xhtml+xml' } })
  expect(response.headers.get('content-type')).toMatch(/^text\/html/)
  expect(await response.text()).toContain(`<code>${server.url}/chatwoot</code>`)
})

it('serves each spec as JSON with servers pointing at this server', async () => {
  const document = await (await fetch(`${server.url}/hapihub/openapi.json`)).json()
  expect(document.servers[0].url).toBe(`${server.url}/hapihub`)
  expect(document.paths['/chat-messages'].get.operationId).toBe('findChatMessages')
})

it('serves a built-in spec as JSON with its prose, which the document a page loads leaves out', async () => {
  const served = await (await fetch(`${server.url}/chatwoot/openapi.json`)).json()
  const written = parse(readFileSync(new URL('../../specs/chatwoot.yaml', import.meta.url), 'utf8'))
  expect(chatwootApi.document.info.description).toBeUndefined()
  expect({ ...served, servers: written.servers }).toEqual(written)
})

it('serves each spec as YAML with servers pointing at this server', async () => {
  const response = await fetch(`${server.url}/roosted/openapi.yaml`)
  expect(response.headers.get('content-type')).toMatch(/yaml/)
  expect(parse(await response.text()).servers[0].url).toBe(`${server.url}/roosted`)
})

it('answers a CORS preflight from any origin by default', async () => {
  const response = await fetch(`${server.url}/hapihub/chat-messages`, {
    method: 'OPTIONS',
    headers: {
      origin: 'http://localhost:5173',
      'access-control-request-method': 'POST',
      'access-control-request-headers': 'authorization,content-type',
    },
  })
  expect(response.status).toBe(204)
  expect(response.headers.get('access-control-allow-origin')).toBe('*')
  expect(response.headers.get('access-control-allow-methods')).toContain('POST')
  expect(response.headers.get('access-control-allow-headers')).toBe('authorization,content-type')
})

it('adds CORS headers to ordinary responses', async () => {
  const response = await fetch(`${server.url}/hapihub/chat-messages`, {
    headers: { origin: 'http://localhost:5173', authorization: 'Bearer t' },
  })
  expect(response.headers.get('access-control-allow-origin')).toBe('*')
  expect(response.headers.get('access-control-expose-headers')).toContain('x-chatmock-violations')
})

it('answers an unknown route with a 404 that lists the served prefixes', async () => {
  const response = await fetch(`${server.url}/slack/api/chat.postMessage`)
  expect(response.status).toBe(404)
  expect(await response.json()).toEqual({
    type: 'about:blank',
    title: 'Not Found',
    status: 404,
    detail:
      'No API is served at /slack/api/chat.postMessage. Served prefixes: /toggl-focus, /roosted, /hapihub, /chatwoot.',
    prefixes: ['/toggl-focus', '/roosted', '/hapihub', '/chatwoot'],
  })
})

it('logs one line per request: method, path, status, milliseconds', async () => {
  lines.length = 0
  await fetch(`${server.url}/toggl-focus/workspaces/1/chats?per_page=2`, { headers: { authorization: 'Bearer t' } })
  expect(lines).toEqual([
    expect.stringMatching(/^GET \/toggl-focus\/workspaces\/1\/chats\?per_page=2 200 \d+\.\d{2}ms$/),
  ])
})

it('reports response violations in the log line and an x-chatmock-violations header', async () => {
  vi.spyOn(console, 'warn').mockImplementation(() => {})
  // A record changed behind the store's back, so the response no longer matches the spec.
  const record = server.stores.hapihub.messages.get('id-1') as unknown as Record<string, unknown>
  record.createdAt = 'yesterday'
  lines.length = 0
  const response = await fetch(`${server.url}/hapihub/chat-messages/id-1`, { headers: { authorization: 'Bearer t' } })
  expect(JSON.parse(response.headers.get('x-chatmock-violations')!)).toEqual([
    'body field "createdAt" must be number (got "yesterday")',
  ])
  expect(lines).toEqual([expect.stringMatching(/^GET \/hapihub\/chat-messages\/id-1 200 \d+\.\d{2}ms violations: 1$/)])
  await server.reset('hapihub')
  vi.restoreAllMocks()
})

it("answers a body over 1 MB with 413 in the API's shape, and keeps serving", async () => {
  const response = await fetch(`${server.url}/toggl-focus/workspaces/1/chats`, {
    method: 'POST',
    headers: { authorization: 'Bearer t', 'content-type': 'application/json' },
    body: JSON.stringify({ name: 'x'.repeat(1_100_000) }),
  })
  expect(response.status).toBe(413)
  expect(await response.json()).toMatchObject({ error: 'payload_too_large' })
  expect(
    (await fetch(`${server.url}/toggl-focus/workspaces/1/chats`, { headers: { authorization: 'Bearer t' } })).status,
  ).toBe(200)
})

it('restricts CORS to the configured origins', async () => {
  const restricted = await startChatmockServer({ port: 0, cors: { origin: ['http://app.test'] } })
  try {
    const allowed = await fetch(`${restricted.url}/`, { headers: { origin: 'http://app.test' } })
    expect(allowed.headers.get('access-control-allow-origin')).toBe('http://app.test')
    expect(allowed.headers.get('vary')).toBe('Origin')
    const other = await fetch(`${restricted.url}/`, { headers: { origin: 'http://evil.test' } })
    expect(other.headers.get('access-control-allow-origin')).toBeNull()
  } finally {
    await restricted.close()
  }
})

it('mounts into an existing Express app under any path', async () => {
  const mock = await createChatmockRouter({ apis: ['toggl-focus'] })
  const app = express()
  app.get('/health', (_, response) => void response.send('ok'))
  app.use('/mocks', mock.router)
  const http = createServer(app)
  await new Promise<void>((resolve) => http.listen(0, '127.0.0.1', resolve))
  const origin = `http://127.0.0.1:${(http.address() as AddressInfo).port}`
  try {
    expect(await (await fetch(`${origin}/health`)).text()).toBe('ok')
    const index = await (await fetch(`${origin}/mocks/`)).json()
    expect(index.apis.map((api: { baseUrl: string }) => api.baseUrl)).toEqual([`${origin}/mocks/toggl-focus`])
    expect(
      (await fetch(`${origin}/mocks/toggl-focus/workspaces/1/chats/1`, { headers: { authorization: 'Bearer t' } }))
        .status,
    ).toBe(200)
    expect((await (await fetch(`${origin}/mocks/toggl-focus/openapi.json`)).json()).servers[0].url).toBe(
      `${origin}/mocks/toggl-focus`,
    )
  } finally {
    http.close()
  }
})
