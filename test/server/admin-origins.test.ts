import { afterAll, afterEach, beforeAll, expect, it } from 'vitest'
import { type ChatmockServer, startChatmockServer } from '../../src/server/start-chatmock-server.js'
import { runCli, startCli } from '../support/run-cli.js'

// Who may steer the mock from a browser: pages on loopback origins and the origins listed, and
// no other page, whatever it sends. The mocked APIs keep answering every origin.

let server: ChatmockServer
const running: Array<ReturnType<typeof startCli>> = []

beforeAll(async () => {
  server = await startChatmockServer({ port: 0, adminOrigins: ['https://app.test:3000/'] })
})
afterEach(async () => {
  for (const cli of running.splice(0)) {
    cli.stop()
    await cli.exited
  }
  server.admin.updateSettings({})
  await server.reset()
})
afterAll(() => server.close())

const admin = (path: string, origin?: string, init: RequestInit = {}) =>
  fetch(`${server.url}/__chatmock${path}`, {
    ...init,
    headers: { ...(origin ? { origin } : {}), ...(init.headers as Record<string, string>) },
  })
const preflight = (path: string, origin: string) =>
  admin(path, origin, {
    method: 'OPTIONS',
    headers: { 'access-control-request-method': 'PUT', 'access-control-request-headers': 'content-type' },
  })
const detailFor = (origin: string) =>
  `a page on ${origin} may not call the admin API (only loopback origins may); to let it steer the mock, start chatmock with --allow-origin ${origin} (option adminOrigins)`

it('grants CORS to loopback origins on any port: localhost, *.localhost, 127.x.x.x, [::1]', async () => {
  for (const origin of [
    'http://localhost:5173',
    'https://localhost',
    'http://app.localhost:3000',
    'http://127.0.0.1:8080',
    'http://127.1.2.3',
    'http://[::1]:5173',
  ]) {
    const response = await admin('/settings', origin)
    expect([
      origin,
      response.status,
      response.headers.get('access-control-allow-origin'),
      response.headers.get('vary'),
    ]).toEqual([origin, 200, origin, 'Origin'])
    expect(response.headers.get('access-control-allow-credentials')).toBeNull()
  }
})

it('grants CORS to an origin listed with adminOrigins, as the browser writes it', async () => {
  const response = await admin('/journal', 'https://app.test:3000')
  expect(response.status).toBe(200)
  expect(response.headers.get('access-control-allow-origin')).toBe('https://app.test:3000')
})

it('returns 403 with the flag that allows it, and no CORS grant, to any other origin', async () => {
  for (const origin of [
    'http://evil.test',
    'https://app.test:3001',
    'http://app.test:3000',
    'http://localhost.evil.test',
    'http://127.0.0.1.evil.test',
    'null',
  ]) {
    const response = await admin('/journal', origin)
    expect([origin, response.status, response.headers.get('access-control-allow-origin')]).toEqual([origin, 403, null])
    expect(response.headers.get('content-type')).toBe('application/problem+json')
    expect(await response.json()).toEqual({
      type: 'about:blank',
      title: 'Forbidden',
      status: 403,
      detail: detailFor(origin),
    })
  }
})

it('serves a request without an Origin (curl, a test, a server) as before, with no CORS grant', async () => {
  const response = await admin('/settings')
  expect(response.status).toBe(200)
  expect(response.headers.get('access-control-allow-origin')).toBeNull()
  expect(response.headers.get('cache-control')).toBe('no-store')
})

it("answers a loopback origin's preflight with 204 and the grant", async () => {
  const response = await preflight('/settings', 'http://localhost:5173')
  expect(response.status).toBe(204)
  expect(response.headers.get('access-control-allow-origin')).toBe('http://localhost:5173')
  expect(response.headers.get('access-control-allow-methods')).toContain('PUT')
  expect(response.headers.get('access-control-allow-headers')).toBe('content-type')
})

it("answers another origin's preflight with 403 and no grant, whatever the case of the path", async () => {
  for (const path of ['/__chatmock/settings', '/__CHATMOCK/settings']) {
    const response = await fetch(`${server.url}${path}`, {
      method: 'OPTIONS',
      headers: { origin: 'http://evil.test', 'access-control-request-method': 'PUT' },
    })
    expect([
      path,
      response.status,
      response.headers.get('access-control-allow-origin'),
      response.headers.get('access-control-allow-methods'),
    ]).toEqual([path, 403, null, null])
  }
})

it("refuses another origin's simple POSTs before they run: no reset, no action, no settings", async () => {
  const created = await (
    await fetch(`${server.url}/toggl-focus/workspaces/1/chats`, {
      method: 'POST',
      headers: { authorization: 'Bearer t', 'content-type': 'application/json' },
      body: '{"name":"kept"}',
    })
  ).json()
  const before = JSON.stringify(server.stores.chatwoot.snapshot())
  const plain = { 'content-type': 'text/plain' }
  expect((await admin('/reset', 'http://evil.test', { method: 'POST', headers: plain })).status).toBe(403)
  expect(
    (
      await fetch(`${server.url}/__CHATMOCK/reset`, {
        method: 'POST',
        headers: { ...plain, origin: 'http://evil.test' },
      })
    ).status,
  ).toBe(403)
  expect(
    (
      await admin('/act/chatwoot/resolveConversation', 'http://evil.test', {
        method: 'POST',
        headers: plain,
        body: '{"conversation_id":58}',
      })
    ).status,
  ).toBe(403)
  expect(
    (await admin('/settings', 'http://evil.test', { method: 'PUT', headers: plain, body: '{"errorRate":1}' })).status,
  ).toBe(403)
  expect(
    (
      await fetch(`${server.url}/toggl-focus/workspaces/1/chats/${created.id}`, {
        headers: { authorization: 'Bearer t' },
      })
    ).status,
  ).toBe(200)
  expect(JSON.stringify(server.stores.chatwoot.snapshot())).toBe(before)
  expect(server.admin.settings()).toEqual({})
})

it('refuses another origin even with the admin token', async () => {
  const guarded = await startChatmockServer({ port: 0, apis: ['toggl-focus'], adminToken: 'secret' })
  try {
    const headers = { authorization: 'Bearer secret' }
    expect(
      (await fetch(`${guarded.url}/__chatmock/journal`, { headers: { ...headers, origin: 'http://evil.test' } }))
        .status,
    ).toBe(403)
    expect(
      (await fetch(`${guarded.url}/__chatmock/journal`, { headers: { ...headers, origin: 'http://localhost:5173' } }))
        .status,
    ).toBe(200)
    expect(
      (await fetch(`${guarded.url}/__chatmock/journal`, { headers: { origin: 'http://localhost:5173' } })).status,
    ).toBe(401)
  } finally {
    await guarded.close()
  }
})

it('keeps answering any origin on the mocked APIs, the index and the specs', async () => {
  for (const path of ['/toggl-focus/workspaces/1/chats/1', '/', '/toggl-focus/openapi.json']) {
    const response = await fetch(`${server.url}${path}`, {
      headers: { origin: 'http://evil.test', authorization: 'Bearer t' },
    })
    expect([path, response.status, response.headers.get('access-control-allow-origin')]).toEqual([path, 200, '*'])
  }
})

it('lets a page on an origin given with --allow-origin steer the mock, and no other; --cors-origin opens only the APIs', async () => {
  const cli = startCli([
    'serve',
    '--port',
    '0',
    '--quiet',
    '--api',
    'toggl-focus',
    '--allow-origin',
    'http://app.test:3000',
    '--cors-origin',
    'http://api-only.test',
  ])
  running.push(cli)
  const url = (await cli.waitFor(/chatmock listening on (http:\/\/\S+)/))[1]!
  const put = (origin: string) =>
    fetch(`${url}/__chatmock/settings`, {
      method: 'PUT',
      headers: { origin, 'content-type': 'application/json' },
      body: '{"latency":5}',
    })
  expect((await put('http://app.test:3000')).headers.get('access-control-allow-origin')).toBe('http://app.test:3000')
  expect((await put('http://api-only.test')).status).toBe(403)
  const api = await fetch(`${url}/toggl-focus/workspaces/1/chats/1`, {
    headers: { origin: 'http://api-only.test', authorization: 'Bearer t' },
  })
  expect(api.headers.get('access-control-allow-origin')).toBe('http://api-only.test')
})

it('exits 1 with one line for an --allow-origin that is not an origin', async () => {
  for (const value of ['*', 'app.test:3000', 'http://app.test/admin']) {
    expect(await runCli(['serve', '--allow-origin', value])).toEqual({
      status: 1,
      stdout: '',
      stderr: `chatmock serve: --allow-origin: "${value}" is not an origin; give its scheme, host and port, such as http://app.test:3000. Run "chatmock serve --help".\n`,
    })
  }
})

it('throws a RangeError naming adminOrigins for a value that is not an origin', async () => {
  await expect(startChatmockServer({ port: 0, adminOrigins: ['*'] })).rejects.toThrow(
    new RangeError('adminOrigins: "*" is not an origin; give its scheme, host and port, such as http://app.test:3000'),
  )
})

it('names --allow-origin and --allowed-host in its help', async () => {
  const { stdout } = await runCli(['serve', '--help'])
  expect(stdout).toContain('--allow-origin <origin>')
  expect(stdout).toContain('--allowed-host <name>')
})
