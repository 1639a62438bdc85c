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
  const response = await fetch(`${url}/hapihub/chat-messages/id-1`, {
    headers: { authorization: 'Bearer <your-api-token>' },
  })
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
  await fetch(
    `${url}/chatwoot/public/api/v1/inboxes/inbox_identifier_example/contacts/contact_identifier_example/conversations/56/messages`,
  )
  expect((await cli.waitFor(/GET \/chatwoot\S+ 200 \d+\.\d+ms\n/))[0]).toBeTruthy()
})

it('uses another data set with --seed', async () => {
  const cli = serve(['--port', '0', '--quiet', '--seed', '7'])
  const url = await listening(cli)
  const chats = await (
    await fetch(`${url}/toggl-focus/workspaces/1/chats?page=2`, { headers: { authorization: 'Bearer t' } })
  ).json()
  const defaults = await (
    await fetch(`${await listening(serve(['--port', '0', '--quiet']))}/toggl-focus/workspaces/1/chats?page=2`, {
      headers: { authorization: 'Bearer t' },
    })
  ).json()
  expect(chats.data.map((chat: { name: string }) => chat.name)).not.toEqual(
    defaults.data.map((chat: { name: string }) => chat.name),
  )
})

it('loads --fixtures from a JSON file', async () => {
  const file = join(mkdtempSync(join(tmpdir(), 'chatmock-serve-')), 'fixtures.json')
  writeFileSync(
    file,
    JSON.stringify({ hapihub: { rooms: ['lobby'], messages: [{ id: 'only', createdAt: 1, createdBy: 'u' }] } }),
  )
  const url = await listening(serve(['--port', '0', '--quiet', '--fixtures', file]))
  expect(
    await (await fetch(`${url}/hapihub/chat-messages`, { headers: { authorization: 'Bearer t' } })).json(),
  ).toEqual([{ id: 'only', createdAt: 1, createdBy: 'u' }])
})

it('applies --latency and --error-rate to every answer', async () => {
  const url = await listening(serve(['--port', '0', '--quiet', '--latency', '150', '--error-rate', '1']))
  const started = performance.now()
  const response = await fetch(`${url}/toggl-focus/workspaces/1/chats`, { headers: { authorization: 'Bearer t' } })
  expect(performance.now() - started).toBeGreaterThanOrEqual(150)
  expect(response.status).toBe(500)
  expect(await fetch(`${url}/__chatmock/settings`).then((r) => r.json())).toEqual({ latency: 150, errorRate: 1 })
})

it('exits 1 with one line for a bad --latency or --error-rate', async () => {
  expect(await runCli(['serve', '--latency', 'slow'])).toMatchObject({
    status: 1,
    stderr:
      'chatmock serve: --latency must be milliseconds (200) or a range (100-400), got "slow". Run "chatmock serve --help".\n',
  })
  expect(await runCli(['serve', '--error-rate', '1.5'])).toMatchObject({
    status: 1,
    stderr: expect.stringContaining('--error-rate must be a number from 0 to 1 (got "1.5")'),
  })
})

const roostedHeaders = { 'x-api-key': 'key' }
const togglHeaders = { authorization: 'Bearer t' }
const status = async (url: string, headers: Record<string, string>) => (await fetch(url, { headers })).status

function writeSettings(content: string): string {
  const file = join(mkdtempSync(join(tmpdir(), 'chatmock-serve-')), 'settings.json')
  writeFileSync(file, content)
  return file
}

it('applies a fault flag to one operation of one API, to one API, or to every API', async () => {
  const url = await listening(
    serve([
      '--port',
      '0',
      '--quiet',
      '--error-rate',
      'toggl-focus:listChatMessages=1',
      '--error-rate',
      'hapihub=1',
      '--latency',
      'roosted:getWorkerChat=5',
      '--network-error-rate',
      '0',
    ]),
  )
  expect(await status(`${url}/toggl-focus/workspaces/1/chats/1/messages`, togglHeaders)).toBe(500)
  expect(await status(`${url}/toggl-focus/workspaces/1/chats/1`, togglHeaders)).toBe(200)
  expect(await status(`${url}/roosted/workers/3158/chats/Xk2mPq7RtA/messages`, roostedHeaders)).toBe(200)
  expect(await status(`${url}/hapihub/chat-messages/id-1`, togglHeaders)).toBe(500)
  expect(await (await fetch(`${url}/__chatmock/settings`)).json()).toEqual({
    networkErrorRate: 0,
    apis: {
      'toggl-focus': { operations: { listChatMessages: { errorRate: 1 } } },
      hapihub: { errorRate: 1 },
      roosted: { operations: { getWorkerChat: { latency: 5 } } },
    },
  })
})

it('starts with the settings of --settings, the fault flags applying over them', async () => {
  const file = writeSettings(
    JSON.stringify({
      errorRate: 0.5,
      apis: { roosted: { errorRate: 0 } },
      quota: { 'toggl-focus': { '2': { limit: 5, resetsInSeconds: 60 } } },
    }),
  )
  const url = await listening(
    serve([
      '--port',
      '0',
      '--quiet',
      '--settings',
      file,
      '--error-rate',
      '1',
      '--error-rate',
      'roosted:listChatMessages=1',
    ]),
  )
  expect(await status(`${url}/toggl-focus/workspaces/1/chats/1`, togglHeaders)).toBe(500)
  expect(await status(`${url}/roosted/workers/3158/chats/Xk2mPq7RtA`, roostedHeaders)).toBe(200)
  expect(await status(`${url}/roosted/workers/3158/chats/Xk2mPq7RtA/messages`, roostedHeaders)).toBe(500)
  expect(await (await fetch(`${url}/__chatmock/settings`)).json()).toEqual({
    errorRate: 1,
    apis: { roosted: { errorRate: 0, operations: { listChatMessages: { errorRate: 1 } } } },
    quota: { 'toggl-focus': { '2': { limit: 5, resetsInSeconds: 60 } } },
  })
})

it('exits 1 with one line for a --settings file that is missing, a directory, or not JSON', async () => {
  const missing = join(mkdtempSync(join(tmpdir(), 'chatmock-serve-')), 'nope.json')
  expect(await runCli(['serve', '--settings', missing])).toEqual({
    status: 1,
    stdout: '',
    stderr: `chatmock serve: --settings ${missing}: no such file. Run "chatmock serve --help".\n`,
  })
  const dir = mkdtempSync(join(tmpdir(), 'chatmock-serve-'))
  expect(await runCli(['serve', '--settings', dir])).toEqual({
    status: 1,
    stdout: '',
    stderr: `chatmock serve: --settings ${dir}: a directory, not a file. Run "chatmock serve --help".\n`,
  })
  const broken = writeSettings('{"errorRate": 1,')
  const notJson = await runCli(['serve', '--settings', broken])
  expect(notJson).toMatchObject({ status: 1, stdout: '' })
  expect(notJson.stderr).toMatch(
    new RegExp(`^chatmock serve: --settings ${broken} is not JSON: .+\\. Run "chatmock serve --help"\\.\\n$`),
  )
})

it('exits 1 with one line for a --settings file whose settings are invalid', async () => {
  const refused = async (settings: unknown, ...args: string[]) => {
    const file = writeSettings(JSON.stringify(settings))
    const result = await runCli(['serve', '--settings', file, ...args])
    expect(result).toMatchObject({ status: 1, stdout: '' })
    return result.stderr.replace(file, '<file>')
  }
  expect(await refused({ errorRate: 2 })).toBe(
    'chatmock serve: --settings <file>: settings.errorRate must be a number from 0 to 1, got 2. Run "chatmock serve --help".\n',
  )
  expect(await refused(null)).toBe(
    'chatmock serve: --settings <file>: settings must be an object. Run "chatmock serve --help".\n',
  )
  expect(await refused({ operations: { listChatMessages: { errorRate: 1 } } })).toBe(
    'chatmock serve: --settings <file>: settings.operations names "listChatMessages", which more than one served API has (toggl-focus, roosted); name one: apis.toggl-focus.operations.listChatMessages, apis.roosted.operations.listChatMessages. Run "chatmock serve --help".\n',
  )
  expect(
    await refused({ apis: { roosted: { operations: { listChatMessages: { errorRate: 1 } } } } }, '--api', 'hapihub'),
  ).toBe(
    'chatmock serve: --settings <file>: settings.apis names "roosted", which is not served here; served: hapihub. Run "chatmock serve --help".\n',
  )
  expect(await refused({ quota: { chatwoot: {} } })).toBe(
    'chatmock serve: --settings <file>: settings.quota names "chatwoot", which is not served here or declares no quota; the APIs with a quota are toggl-focus. Run "chatmock serve --help".\n',
  )
  expect(await refused({ errorRate: 0.6 }, '--network-error-rate', 'roosted=0.6')).toBe(
    'chatmock serve: the fault flags over --settings <file>: settings.apis.roosted: errorRate and networkErrorRate add up to more than 1 (0.6 + 0.6, counting what it inherits). Run "chatmock serve --help".\n',
  )
})

it('exits 1 with one line for a fault flag whose scope names nothing served, or whose value is bad', async () => {
  const stderr = async (...args: string[]) => {
    const result = await runCli(['serve', ...args])
    expect(result).toMatchObject({ status: 1, stdout: '' })
    return result.stderr
  }
  expect(await stderr('--error-rate', 'slack=1')).toBe(
    'chatmock serve: --error-rate slack=1 names "slack", which is not served here; served: toggl-focus, roosted, hapihub, chatwoot. Run "chatmock serve --help".\n',
  )
  expect(await stderr('--api', 'hapihub', '--latency', 'roosted=5')).toBe(
    'chatmock serve: --latency roosted=5 names "roosted", which is not served here; served: hapihub. Run "chatmock serve --help".\n',
  )
  expect(await stderr('--network-error-rate', 'roosted:getChat=1')).toBe(
    'chatmock serve: --network-error-rate roosted:getChat=1 names "getChat", which roosted does not have (toggl-focus does); the operations of roosted are listWorkerChats, createWorkerChat, getWorkerChat, editWorkerChat, listChatMessages, sendChatMessage. Run "chatmock serve --help".\n',
  )
  expect(await stderr('--error-rate', 'roosted:=1')).toBe(
    'chatmock serve: --error-rate roosted:=1: a scope is an API (<api>=…) or one of its operations (<api>:<operationId>=…). Run "chatmock serve --help".\n',
  )
  expect(await stderr('--error-rate', '=1')).toContain('--error-rate =1: a scope is an API')
  expect(await stderr('--error-rate', 'roosted=2')).toBe(
    'chatmock serve: --error-rate must be a number from 0 to 1 (got "2"). Run "chatmock serve --help".\n',
  )
  expect(await stderr('--latency', 'roosted:listChatMessages=slow')).toBe(
    'chatmock serve: --latency must be milliseconds (200) or a range (100-400), got "slow". Run "chatmock serve --help".\n',
  )
  expect(await stderr('--error-rate', 'roosted=0.6', '--network-error-rate', 'roosted=0.6')).toBe(
    'chatmock serve: --error-rate and --network-error-rate add up to more than 1 for roosted. Run "chatmock serve --help".\n',
  )
  expect(await stderr('--error-rate', '0.6', '--network-error-rate', '0.6')).toBe(
    'chatmock serve: --error-rate and --network-error-rate add up to more than 1. Run "chatmock serve --help".\n',
  )
})

it('documents --settings and the scoped fault flags in its help', async () => {
  const { stdout } = await runCli(['serve', '--help'])
  expect(stdout).toContain('--settings <file>')
  expect(stdout).toContain('--error-rate [<scope>=]<rate>')
  expect(stdout).toContain(
    'scope is an API (roosted=0.5) or one of its operations\n                        (roosted:listWorkerChats=1), the most specific winning',
  )
  expect(stdout).toContain(
    'chatmock serve --error-rate 0.05 --error-rate roosted:listWorkerChats=1 --latency toggl-focus=100-400',
  )
})

it('exits 1 with one line when the port is taken', async () => {
  const blocker = createServer()
  await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve))
  const port = (blocker.address() as AddressInfo).port
  try {
    const cli = serve(['--port', String(port)])
    expect(await cli.exited).toBe(1)
    expect(cli.stderr()).toBe(
      `chatmock serve: port ${port} on 127.0.0.1 is in use; choose another with --port or PORT.\n`,
    )
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
  expect(await runCli(['serve', '--api', 'slack'])).toMatchObject({
    status: 1,
    stderr: expect.stringContaining('unknown API "slack"'),
  })
  expect(await runCli(['serve', '--port', 'http'])).toMatchObject({
    status: 1,
    stderr: expect.stringContaining('--port must be an integer from 0 to 65535 (got "http")'),
  })
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

it('refuses with --strict what the document says its server lets through, and takes it without', async () => {
  const spec = ['--no-builtins', '--stateless', '--spec', 'test/fixtures/user-specs/lenient.yaml', '--port', '0']
  const lenient = await listening(serve([...spec, '--quiet']))
  const strict = await listening(serve([...spec, '--quiet', '--strict']))
  const send = async (url: string, path: string, init: RequestInit = {}) =>
    (await fetch(`${url}/lenient-notes${path}`, init)).status
  const post = {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ text: 'Buy tea', colour: 'red' }),
  }
  expect([await send(lenient, '/notes', post), await send(strict, '/notes', post)]).toEqual([201, 400])
  expect([await send(lenient, '/notes/abc'), await send(strict, '/notes/abc')]).toEqual([404, 400])
  expect([
    await send(lenient, '/notes', { method: 'DELETE' }),
    await send(strict, '/notes', { method: 'DELETE' }),
  ]).toEqual([404, 405])
  const leniently = { headers: { prefer: 'handling=lenient' } }
  expect(await send(strict, '/notes/abc', leniently)).toBe(404)
})

it('lists --strict in its help', async () => {
  const { stdout } = await runCli(['serve', '--help'])
  expect(stdout).toMatch(/^ {2}--strict {14}refuse every request the contract refuses/m)
})
