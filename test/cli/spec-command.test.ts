import { readFileSync } from 'node:fs'
import { expect, it } from 'vitest'
import { runCli } from '../support/run-cli.js'

it('prints the spec of an API as its YAML', () => {
  const { status, stdout } = runCli(['spec', 'hapihub'])
  expect(status).toBe(0)
  expect(stdout).toBe(readFileSync(new URL('../../specs/hapihub.yaml', import.meta.url), 'utf8'))
})

it('prints JSON with the servers replaced when --server-url is given', () => {
  const { status, stdout } = runCli(['spec', 'toggl-focus', '--format', 'json', '--server-url', 'http://127.0.0.1:4010/toggl-focus'])
  expect(status).toBe(0)
  const document = JSON.parse(stdout)
  expect(document.servers).toEqual([{ url: 'http://127.0.0.1:4010/toggl-focus' }])
  expect(document.paths['/workspaces/{workspace_id}/chats'].get.operationId).toBe('listChats')
})

it('exits 1 with a one-line error for an unknown API', () => {
  const { status, stdout, stderr } = runCli(['spec', 'slack'])
  expect(status).toBe(1)
  expect(stdout).toBe('')
  expect(stderr.trim()).toBe('chatmock spec: unknown API "slack"; expected one of toggl-focus, roosted, hapihub, chatwoot. Run "chatmock spec --help".')
})

it('prints help for the command', () => {
  const { status, stdout } = runCli(['spec', '--help'])
  expect(status).toBe(0)
  expect(stdout).toContain('Usage: chatmock spec <api> [options]')
})

it('lists the commands with --help and exits 1 on an unknown one', () => {
  expect(runCli(['--help']).stdout).toMatch(/Commands:\n(.*\n)*  spec +Print the OpenAPI 3.1 spec of an API\n/)
  const unknown = runCli(['fly'])
  expect(unknown.status).toBe(1)
  expect(unknown.stderr).toContain('unknown command "fly"')
})
