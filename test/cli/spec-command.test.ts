import { readFileSync } from 'node:fs'
import { expect, it } from 'vitest'
import { runCli } from '../support/run-cli.js'

it('prints the spec of an API as its YAML', async () => {
  const { status, stdout } = await runCli(['spec', 'hapihub'])
  expect(status).toBe(0)
  expect(stdout).toBe(readFileSync(new URL('../../specs/hapihub.yaml', import.meta.url), 'utf8'))
})

it('prints JSON with the servers replaced when --server-url is given', async () => {
  const { status, stdout } = await runCli([
    'spec',
    'toggl-focus',
    '--format',
    'json',
    '--server-url',
    'http://127.0.0.1:4010/toggl-focus',
  ])
  expect(status).toBe(0)
  const document = JSON.parse(stdout)
  expect(document.servers).toEqual([{ url: 'http://127.0.0.1:4010/toggl-focus' }])
  expect(document.paths['/workspaces/{workspace_id}/chats'].get.operationId).toBe('listChats')
})

it('exits 1 with a one-line error for an unknown API', async () => {
  const { status, stdout, stderr } = await runCli(['spec', 'slack'])
  expect(status).toBe(1)
  expect(stdout).toBe('')
  expect(stderr.trim()).toBe(
    'chatmock spec: unknown API "slack"; expected one of toggl-focus, roosted, hapihub, chatwoot, or an OpenAPI file. Run "chatmock spec --help".',
  )
})

it('prints help for the command', async () => {
  const { status, stdout } = await runCli(['spec', '--help'])
  expect(status).toBe(0)
  expect(stdout).toContain('Usage: chatmock spec <api | file> [options]')
})

it('lists the commands with --help and exits 1 on an unknown one', async () => {
  expect((await runCli(['--help'])).stdout).toMatch(
    /Commands:\n(.*\n)*  spec +Print the OpenAPI spec of an API, or the operations of a document\n/,
  )
  const unknown = await runCli(['fly'])
  expect(unknown.status).toBe(1)
  expect(unknown.stderr).toContain('unknown command "fly"')
})

it('prints the YAML as written, with only the servers replaced, when --server-url is given', async () => {
  const original = readFileSync(new URL('../../specs/chatwoot.yaml', import.meta.url), 'utf8')
  const { status, stdout } = await runCli(['spec', 'chatwoot', '--server-url', 'http://127.0.0.1:4010/chatwoot'])
  expect(status).toBe(0)
  const servers = /^servers:\n(?: .*\n)+/m
  expect(stdout.match(servers)![0]).toBe('servers:\n  - url: http://127.0.0.1:4010/chatwoot\n')
  // Everything else, comments and block scalars included, is the spec's own text.
  expect(stdout.replace(servers, '')).toBe(original.replace(servers, ''))
  expect(stdout).toContain('      description: >-\n')
})

it('prints help and exits 2 when no command is given', async () => {
  const { status, stdout } = await runCli([])
  expect(status).toBe(2)
  expect(stdout).toContain('Usage: chatmock <command> [options]')
})

it('names --help and --version, and the exit statuses, in the top-level help', async () => {
  for (const args of [[], ['--help']]) {
    const { stdout } = await runCli(args)
    expect(stdout).toContain("Options:\n  -h, --help      show this help\n  -v, --version   print chatmock's version\n")
    expect(stdout).toContain(
      'Exit status:\n  0  done\n  1  failed: a check failed, or a mistake in the command, its options or its input\n  2  no command given (this help)\n  3  verify, coverage: no server answered at --base-url, or not as expected\n',
    )
  }
  expect(await runCli(['--version'])).toEqual({ status: 0, stdout: '0.1.0\n', stderr: '' })
})

it('says "unknown option" for a flag before the command', async () => {
  expect(await runCli(['--prot'])).toEqual({
    status: 1,
    stdout: '',
    stderr: 'chatmock: unknown option "--prot". Run "chatmock --help" for the list.\n',
  })
})

it("documents its exit statuses in every command's help", async () => {
  for (const command of ['serve', 'verify', 'coverage', 'spec', 'init'])
    expect((await runCli([command, '--help'])).stdout).toMatch(/\nExit status:\n {2}0 {2}\S.*\n {2}1 {2}\S/)
})

it('says that a path that is not a file does not exist, and what a folder is', async () => {
  for (const path of ['./nope.yaml', 'nope.yaml', 'openapi/nope.json']) {
    expect(await runCli(['spec', path])).toEqual({
      status: 1,
      stdout: '',
      stderr: `chatmock spec: Cannot read the spec "${path}": the file does not exist (ENOENT).\n`,
    })
  }
  expect(await runCli(['spec', './test/'])).toEqual({
    status: 1,
    stdout: '',
    stderr: 'chatmock spec: Cannot read the spec "./test/": it is a folder, not a file (EISDIR).\n',
  })
})

it('says unknown option with the nearest one, and other mistakes in options, in one line', async () => {
  expect(await runCli(['spec', 'hapihub', '--fromat', 'json'])).toEqual({
    status: 1,
    stdout: '',
    stderr: 'chatmock spec: unknown option --fromat (did you mean --format?). Run "chatmock spec --help".\n',
  })
  expect((await runCli(['spec', 'hapihub', '--zzz'])).stderr).toBe(
    'chatmock spec: unknown option --zzz. Run "chatmock spec --help".\n',
  )
  expect((await runCli(['spec', 'hapihub', '--format'])).stderr).toBe(
    'chatmock spec: --format needs a value. Run "chatmock spec --help".\n',
  )
  expect((await runCli(['spec', 'hapihub', '--operations=yes'])).stderr).toBe(
    'chatmock spec: --operations takes no value. Run "chatmock spec --help".\n',
  )
})
