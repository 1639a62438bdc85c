import { createServer } from 'node:net'
import type { AddressInfo } from 'node:net'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, expect, it } from 'vitest'
import { runCli, startCli } from '../support/run-cli.js'
import { type SpawnedCli, spawnCli } from '../support/spawn-cli.js'

// `chatmock serve` runs in this process (its own stop signal for SIGINT/SIGTERM), except where a
// real process's signals are the point.

type Running = ReturnType<typeof startCli> | SpawnedCli
const running: Running[] = []
afterEach(async () => {
  for (const cli of running.splice(0)) {
    if ('signal' in cli) cli.signal('SIGKILL')
    else {
      cli.stop()
      await cli.exited
    }
  }
})

function serve(args: string[], env: Record<string, string> = {}) {
  const cli = startCli(['serve', ...args], env)
  running.push(cli)
  return cli
}

function serveProcess(args: string[], env: Record<string, string> = {}): SpawnedCli {
  const cli = spawnCli(['serve', ...args], env)
  running.push(cli)
  return cli
}

async function listening(cli: Pick<SpawnedCli, 'waitFor'>): Promise<string> {
  return (await cli.waitFor(/chatmock listening on (http:\/\/\S+)/))[1]!
}

it('serves every API on the port given, and stops on SIGTERM with exit code 0', async () => {
  const cli = serveProcess(['--port', '0', '--quiet'])
  const url = await listening(cli)
  expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/)
  await cli.waitFor(/\/chatwoot +stands for https:\/\/app\.chatwoot\.com\n/)
  const response = await fetch(`${url}/hapihub/chat-messages/id-1`, { headers: { authorization: 'Bearer <your-api-token>' } })
  expect(await response.json()).toEqual({ id: 'id-1', createdAt: 1564661697125, createdBy: 'some-uid' })
  cli.child.kill('SIGTERM')
  expect(await cli.exited).toBe(0)
  expect(cli.stdout()).toContain('SIGTERM received, shutting down')
})

it('stops on SIGINT with exit code 0', async () => {
  const cli = serveProcess(['--port', '0', '--quiet'])
  await listening(cli)
  cli.child.kill('SIGINT')
  expect(await cli.exited).toBe(0)
})

it('takes the port from PORT', async () => {
  const port = await findFreePort()
  const cli = serve(['--quiet'], { PORT: String(port) })
  expect(await listening(cli)).toBe(`http://127.0.0.1:${port}`)
})

it('serves only the APIs given with --api', async () => {
  const cli = serve(['--port', '0', '--quiet', '--api', 'chatwoot,hapihub'])
  const url = await listening(cli)
  const index = await (await fetch(`${url}/`)).json()
  expect(index.apis.map((api: { id: string }) => api.id)).toEqual(['hapihub', 'chatwoot'])
  expect((await fetch(`${url}/toggl-focus/workspaces/1/chats`)).status).toBe(404)
})

it('logs one line per request unless --quiet', async () => {
  const cli = serve(['--port', '0'])
  const url = await listening(cli)
  await fetch(`${url}/chatwoot/public/api/v1/inboxes/inbox_identifier_example/contacts/contact_identifier_example/conversations/56/messages`)
  expect((await cli.waitFor(/GET \/chatwoot\S+ 200 \d+\.\d+ms\n/))[0]).toBeTruthy()
})

it('uses another data set with --seed', async () => {
  const cli = serve(['--port', '0', '--quiet', '--seed', '7'])
  const url = await listening(cli)
  const chats = await (await fetch(`${url}/toggl-focus/workspaces/1/chats?page=2`, { headers: { authorization: 'Bearer t' } })).json()
  const defaults = await (await fetch(`${await listening(serve(['--port', '0', '--quiet']))}/toggl-focus/workspaces/1/chats?page=2`, { headers: { authorization: 'Bearer t' } })).json()
  expect(chats.data.map((chat: { name: string }) => chat.name)).not.toEqual(defaults.data.map((chat: { name: string }) => chat.name))
})

it('loads --fixtures from a JSON file', async () => {
  const file = join(mkdtempSync(join(tmpdir(), 'chatmock-serve-')), 'fixtures.json')
  writeFileSync(file, JSON.stringify({ hapihub: { rooms: ['lobby'], messages: [{ id: 'only', createdAt: 1, createdBy: 'u' }] } }))
  const url = await listening(serve(['--port', '0', '--quiet', '--fixtures', file]))
  expect(await (await fetch(`${url}/hapihub/chat-messages`, { headers: { authorization: 'Bearer t' } })).json()).toEqual([{ id: 'only', createdAt: 1, createdBy: 'u' }])
})

it('applies --latency and --error-rate to every answer', async () => {
  const url = await listening(serve(['--port', '0', '--quiet', '--latency', '150', '--error-rate', '1']))
  const started = performance.now()
  const response = await fetch(`${url}/toggl-focus/workspaces/1/chats`, { headers: { authorization: 'Bearer t' } })
  expect(performance.now() - started).toBeGreaterThanOrEqual(150)
  expect(response.status).toBe(500)
  expect((await fetch(`${url}/__chatmock/settings`).then((r) => r.json()))).toEqual({ latency: 150, errorRate: 1 })
})

it('exits 1 with one line for a bad --latency or --error-rate', async () => {
  expect(await runCli(['serve', '--latency', 'slow'])).toMatchObject({ status: 1, stderr: 'chatmock serve: --latency must be milliseconds (200) or a range (100-400), got "slow". Run "chatmock serve --help".\n' })
  expect(await runCli(['serve', '--error-rate', '1.5'])).toMatchObject({ status: 1, stderr: expect.stringContaining('--error-rate must be a number from 0 to 1 (got "1.5")') })
})

it('exits 1 with one line when the port is taken', async () => {
  const blocker = createServer()
  await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve))
  const port = (blocker.address() as AddressInfo).port
  try {
    const cli = serve(['--port', String(port)])
    expect(await cli.exited).toBe(1)
    expect(cli.stderr()).toBe(`chatmock serve: port ${port} on 127.0.0.1 is in use; choose another with --port or PORT.\n`)
  } finally {
    blocker.close()
  }
})

it('exits 1 with one line for a bad fixtures file, an unknown API or a bad port', async () => {
  const file = join(mkdtempSync(join(tmpdir(), 'chatmock-serve-')), 'bad.json')
  writeFileSync(file, JSON.stringify({ hapihub: { messages: [{ id: 1 }] } }))
  const fixtures = await runCli(['serve', '--fixtures', file])
  expect(fixtures.status).toBe(1)
  expect(fixtures.stderr).toContain('hapihub.messages[0] (id 1): field "createdAt" is required')
  expect(await runCli(['serve', '--api', 'slack'])).toMatchObject({ status: 1, stderr: expect.stringContaining('unknown API "slack"') })
  expect(await runCli(['serve', '--port', 'http'])).toMatchObject({ status: 1, stderr: expect.stringContaining('--port must be an integer from 0 to 65535 (got "http")') })
})

it('prints help for serve', async () => {
  const { status, stdout } = await runCli(['serve', '--help'])
  expect(status).toBe(0)
  expect(stdout).toContain('Usage: chatmock serve [options]')
  expect(stdout).toContain('--fixtures <file>')
})

function findFreePort(): Promise<number> {
  return new Promise((resolve) => {
    const probe = createServer()
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as AddressInfo
      probe.close(() => resolve(port))
    })
  })
}
