import { afterEach, expect, it, vi } from 'vitest'
import { startChatmockServer } from '../../src/server/start-chatmock-server.js'
import { requestWithHost } from '../support/request-with-host.js'
import { startCli } from '../support/run-cli.js'
import { type SpawnedCli, spawnCli } from '../support/spawn-cli.js'

const running: Array<{ close(): Promise<void> } | SpawnedCli> = []
afterEach(async () => {
  for (const item of running.splice(0)) {
    if ('signal' in item) item.signal('SIGKILL')
    else await item.close()
  }
  vi.restoreAllMocks()
})

it('binds 127.0.0.1 unless told otherwise, with an open admin API', async () => {
  const server = await startChatmockServer({ port: 0 })
  running.push(server)
  expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:/)
  expect(server.adminToken).toBeUndefined()
  expect((await fetch(`${server.url}/__chatmock/settings`)).status).toBe(200)
})

it('warns when bound beyond loopback, and then requires a token on the admin API', async () => {
  const cli = spawnCli(['serve', '--host', '0.0.0.0', '--port', '0', '--quiet'])
  running.push(cli)
  const [, url] = await cli.waitFor(/chatmock listening on http:\/\/0\.0\.0\.0:(\d+)/)
  const [, token] = await cli.waitFor(/requires Authorization: Bearer (\S+)/, 'stderr')
  expect(cli.stderr()).toContain(
    "chatmock: warning: bound to 0.0.0.0, beyond this machine's loopback: anyone who can reach it can use the mock.",
  )
  const local = `http://127.0.0.1:${url}`
  expect((await fetch(`${local}/__chatmock/journal`)).status).toBe(401)
  expect((await fetch(`${local}/__chatmock/journal`, { headers: { authorization: `Bearer ${token}` } })).status).toBe(
    200,
  )
})

it('recommends a lasting --admin-token, and --allowed-host for names, when bound beyond loopback', async () => {
  const made = startCli(['serve', '--host', '0.0.0.0', '--port', '0', '--quiet'])
  const chosen = startCli(['serve', '--host', '0.0.0.0', '--port', '0', '--quiet', '--admin-token', 'lasting'])
  for (const cli of [made, chosen]) running.push({ close: async () => void (cli.stop(), await cli.exited) })
  const [, port] = await made.waitFor(/chatmock listening on http:\/\/0\.0\.0\.0:(\d+)/)
  await chosen.waitFor(/chatmock listening on/)
  expect(made.stderr()).toContain(
    'chatmock: that token is new each run; choose a lasting one with --admin-token <token> (recommended whenever --host is not loopback)\n',
  )
  expect(made.stderr()).toContain(
    'chatmock: clients that reach it by a name other than localhost need --allowed-host <name>; IP addresses always pass\n',
  )
  expect(chosen.stderr()).toContain('requires Authorization: Bearer lasting\n')
  expect(chosen.stderr()).not.toContain('new each run')
  // Reached by its IP address, as from another machine, it answers; by a name nobody allowed, it refuses.
  expect(
    (
      await fetch(`http://127.0.0.1:${port}/toggl-focus/workspaces/1/chats/1`, {
        headers: { authorization: 'Bearer t' },
      })
    ).status,
  ).toBe(200)
  expect((await requestWithHost(`http://127.0.0.1:${port}/`, 'my-box.lan')).status).toBe(403)
})

it('never sends a stack trace or a path of the machine, even when a resolver fails', async () => {
  vi.spyOn(console, 'error').mockImplementation(() => {})
  const server = await startChatmockServer({ port: 0 })
  running.push(server)
  // A record corrupted behind the store's back makes the resolver throw: a bug of the mock.
  ;(server.stores.hapihub.messages.get('id-1') as unknown as Record<string, unknown>).seenBy = 5
  const response = await fetch(`${server.url}/hapihub/chat-messages/id-1`, {
    method: 'PATCH',
    headers: { authorization: 'Bearer t', 'content-type': 'application/json' },
    body: '{"seen":true}',
  })
  const text = await response.text()
  expect(response.status).toBe(500)
  expect(JSON.parse(text)).toEqual({
    type: 'about:blank',
    title: 'Internal Server Error',
    status: 500,
    detail: 'Internal Server Error',
  })
  expect(text).not.toMatch(/\bat \S+:\d+|\/work\/|node_modules|\.ts:\d+/)
})

it('answers a full store with the declared 507 and a message saying what to do', async () => {
  const server = await startChatmockServer({ port: 0, apis: ['hapihub'], recordLimit: 11 })
  running.push(server)
  const create = () =>
    fetch(`${server.url}/hapihub/chat-messages`, {
      method: 'POST',
      headers: { authorization: 'Bearer t', 'content-type': 'application/json' },
      body: '{"room":"room-id"}',
    })
  expect((await create()).status).toBe(200)
  const full = await create()
  expect(full.status).toBe(507)
  expect((await full.json()).detail).toBe(
    'Failed to insert into hapihub chat messages: it holds its limit of 11 records. Reset the store or raise the limit (recordLimit).',
  )
  expect((await fetch(`${server.url}/hapihub/chat-messages`, { headers: { authorization: 'Bearer t' } })).status).toBe(
    200,
  )
})
