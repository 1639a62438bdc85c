import express from 'express'
import { createServer } from 'node:http'
import { type AddressInfo, connect } from 'node:net'
import { afterAll, afterEach, beforeAll, expect, it } from 'vitest'
import { createChatmockRouter } from '../../src/server/create-chatmock-router.js'
import { type ChatmockServer, startChatmockServer } from '../../src/server/start-chatmock-server.js'
import { requestWithHost, upgradeWithHost } from '../support/request-with-host.js'
import { runCli, startCli } from '../support/run-cli.js'

// DNS rebinding: a page on evil.example re-points its name at 127.0.0.1 and calls the mock as its
// own origin. What gives it away is the Host header, which still says evil.example.

let server: ChatmockServer
const toggl = { authorization: 'Bearer toggl_sk_ada' }
const hint =
  'Host "evil.example" is not allowed (a guard against DNS rebinding); to allow it, start chatmock with --allowed-host evil.example (option allowedHosts)'
const running: Array<ReturnType<typeof startCli>> = []

beforeAll(async () => {
  server = await startChatmockServer({ port: 0 })
})
afterEach(async () => {
  for (const cli of running.splice(0)) {
    cli.stop()
    await cli.exited
  }
})
afterAll(() => server.close())

async function serve(args: string[]): Promise<string> {
  const cli = startCli(['serve', '--port', '0', '--quiet', ...args])
  running.push(cli)
  return (await cli.waitFor(/chatmock listening on (http:\/\/\S+)/))[1]!
}

it('returns 403 with the flag that allows it when Host is evil.example, on a mocked API', async () => {
  const answer = await requestWithHost(`${server.url}/toggl-focus/workspaces/1/chats/1`, 'evil.example:4010', toggl)
  expect(answer.status).toBe(403)
  expect(answer.headers['content-type']).toBe('application/problem+json')
  expect(answer.headers['access-control-allow-origin']).toBeUndefined()
  expect(JSON.parse(answer.body)).toEqual({ type: 'about:blank', title: 'Forbidden', status: 403, detail: hint })
})

it('returns 403 when Host is evil.example on the admin API, and runs nothing', async () => {
  const created = await (
    await fetch(`${server.url}/toggl-focus/workspaces/1/chats`, {
      method: 'POST',
      headers: { ...toggl, 'content-type': 'application/json' },
      body: '{"name":"kept"}',
    })
  ).json()
  const journal = await requestWithHost(`${server.url}/__chatmock/journal`, 'evil.example')
  expect([journal.status, JSON.parse(journal.body).detail]).toEqual([403, hint])
  expect((await requestWithHost(`${server.url}/__chatmock/reset`, 'EVIL.example.', {}, 'POST')).status).toBe(403)
  expect((await fetch(`${server.url}/toggl-focus/workspaces/1/chats/${created.id}`, { headers: toggl })).status).toBe(
    200,
  )
  await server.reset()
})

it('refuses the ActionCable upgrade with an HTTP 403 when Host is evil.example, before it becomes a WebSocket', async () => {
  const answer = await upgradeWithHost(`${server.url.replace('http', 'ws')}/chatwoot/cable`, 'evil.example')
  expect(answer.status).toBe(403)
  expect(answer.headers['content-type']).toBe('application/problem+json')
  expect(JSON.parse(answer.body).detail).toBe(hint)
  expect(server.connections.open).toBe(0)
  expect((await upgradeWithHost(`${server.url.replace('http', 'ws')}/no/such/cable`, 'evil.example')).status).toBe(403)
})

it('serves an IP Host, v4 or v6, and localhost and *.localhost names, on any port', async () => {
  for (const host of [
    '127.0.0.1:4010',
    '10.1.2.3',
    '[::1]:4010',
    '[fe80::1]',
    'localhost:4010',
    'LocalHost.',
    'app.localhost:3000',
  ]) {
    expect([
      host,
      (await requestWithHost(`${server.url}/toggl-focus/workspaces/1/chats/1`, host, toggl)).status,
    ]).toEqual([host, 200])
  }
  expect((await upgradeWithHost(`${server.url.replace('http', 'ws')}/chatwoot/cable`, 'localhost:4010')).status).toBe(
    101,
  )
})

it('refuses a name that only starts or ends like a loopback one', async () => {
  for (const host of ['localhost.evil.example', 'evil-localhost', '127.0.0.1.evil.example']) {
    expect([host, (await requestWithHost(`${server.url}/`, host)).status]).toEqual([host, 403])
  }
})

it('serves a request without a Host header (HTTP/1.0)', async () => {
  const { port } = new URL(server.url)
  const text = await new Promise<string>((resolve) => {
    let received = ''
    const socket = connect(Number(port), '127.0.0.1', () =>
      socket.write('GET /toggl-focus/workspaces/1/chats/1 HTTP/1.0\r\nAuthorization: Bearer t\r\n\r\n'),
    )
    socket.on('data', (chunk) => (received += chunk))
    socket.on('end', () => resolve(received))
  })
  expect(text).toMatch(/^HTTP\/1\.1 200 OK\r\n/)
})

it('lets evil.example through with --allowed-host evil.example, over HTTP and WebSocket', async () => {
  const url = await serve(['--allowed-host', 'evil.example'])
  expect((await requestWithHost(`${url}/toggl-focus/workspaces/1/chats/1`, 'evil.example:4010', toggl)).status).toBe(
    200,
  )
  expect((await requestWithHost(`${url}/__chatmock/settings`, 'evil.example')).status).toBe(200)
  expect((await upgradeWithHost(`${url.replace('http', 'ws')}/chatwoot/cable`, 'evil.example')).status).toBe(101)
  expect((await requestWithHost(`${url}/`, 'other.example')).status).toBe(403)
})

it('allows a domain and its subdomains with --allowed-host .example.test, and no look-alike', async () => {
  const url = await serve(['--allowed-host', '.example.test'])
  expect((await requestWithHost(`${url}/`, 'example.test')).status).toBe(200)
  expect((await requestWithHost(`${url}/`, 'a.b.example.test:8080')).status).toBe(200)
  expect((await requestWithHost(`${url}/`, 'badexample.test')).status).toBe(403)
})

it('turns the check off with --allowed-host all', async () => {
  const url = await serve(['--allowed-host', 'all'])
  expect((await requestWithHost(`${url}/__chatmock/settings`, 'evil.example')).status).toBe(200)
})

it('exits 1 with one line for an --allowed-host that is not a host name', async () => {
  expect(await runCli(['serve', '--allowed-host', 'http://app.test:3000'])).toMatchObject({
    status: 1,
    stderr:
      'chatmock serve: --allowed-host: "http://app.test:3000" is not a host name; give a name such as my-box.local, or .example.test for a domain and its subdomains (no scheme, no port). Run "chatmock serve --help".\n',
  })
})

it('checks no Host in a router mounted in an app, unless given allowedHosts', async () => {
  const open = await createChatmockRouter({ apis: ['toggl-focus'] })
  const guarded = await createChatmockRouter({ apis: ['toggl-focus'], allowedHosts: ['staging.example'] })
  const app = express().use('/open', open.router).use('/guarded', guarded.router)
  const http = createServer(app)
  await new Promise<void>((resolve) => http.listen(0, '127.0.0.1', resolve))
  const origin = `http://127.0.0.1:${(http.address() as AddressInfo).port}`
  try {
    expect(
      (await requestWithHost(`${origin}/open/toggl-focus/workspaces/1/chats/1`, 'evil.example', toggl)).status,
    ).toBe(200)
    expect(
      (await requestWithHost(`${origin}/guarded/toggl-focus/workspaces/1/chats/1`, 'evil.example', toggl)).status,
    ).toBe(403)
    expect(
      (await requestWithHost(`${origin}/guarded/toggl-focus/workspaces/1/chats/1`, 'staging.example', toggl)).status,
    ).toBe(200)
  } finally {
    http.close()
  }
})

it('throws a RangeError naming allowedHosts for a value that is not a host name', async () => {
  await expect(startChatmockServer({ port: 0, allowedHosts: ['evil.example:4010'] })).rejects.toThrow(
    new RangeError(
      'allowedHosts: "evil.example:4010" is not a host name; give a name such as my-box.local, or .example.test for a domain and its subdomains (no scheme, no port)',
    ),
  )
})
