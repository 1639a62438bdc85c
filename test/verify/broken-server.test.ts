import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { XMLParser } from 'fast-xml-parser'
import { afterAll, beforeAll, expect, it } from 'vitest'
import { toJunit } from '../../src/verify/to-junit.js'
import type { VerifyReport } from '../../src/verify/types.js'
import { verify } from '../../src/verify/verify.js'
import { startChatmockServer } from '../../src/server/start-chatmock-server.js'
import { runCli } from '../support/run-cli.js'
import { spawnCli } from '../support/spawn-cli.js'

const chat = (id: number | string) => ({
  id,
  workspace_id: 1,
  toggl_user_id: 7,
  name: 'x',
  message_count: 0,
  created_at: '2024-03-01T09:00:00Z',
  updated_at: '2024-03-01T09:00:00Z',
  deleted_at: null,
})
const message = {
  id: 1,
  chat_id: 1,
  workspace_id: 1,
  role: 'user',
  content: {},
  feedback_message: null,
  feedback_type: null,
  created_at: '2024-03-01T09:00:00Z',
  updated_at: '2024-03-01T09:00:00Z',
}

/**
 * A Toggl Focus server with four defects: getChat sends `id` as a string, updateChat answers an
 * undeclared 200, createChat answers 500 to bad input, and deleteChat checks no credentials.
 */
function brokenToggl(request: IncomingMessage, response: ServerResponse, body: string): void {
  const send = (status: number, payload?: unknown) => {
    response.writeHead(status, payload === undefined ? {} : { 'content-type': 'application/json' })
    response.end(payload === undefined ? undefined : JSON.stringify(payload))
  }
  const authorized = request.headers.authorization !== undefined
  const path = (request.url ?? '').split('?')[0]!
  const error = { error: 'x', error_description: 'x', trace_id: '0'.repeat(32) }
  if (request.method === 'DELETE') return send(204)
  if (!authorized && request.method !== 'PUT') return send(401, error)
  if (/^\/workspaces\/\d+\/chats$/.test(path)) {
    if (request.method === 'GET')
      return /per_page=1\d\d|page=0|order_by=not/.test(request.url!)
        ? send(400, error)
        : send(200, { data: [chat(1)], page: 1, per_page: 20 })
    try {
      const parsed = JSON.parse(body)
      return typeof parsed.name === 'string' && Object.keys(parsed).length === 1
        ? send(201, chat(30))
        : send(500, error)
    } catch {
      return send(500, error)
    }
  }
  if (/\/restore$/.test(path)) return send(204)
  if (/\/messages\/stream$/.test(path)) return send(200, { items: [message] })
  if (/\/messages$/.test(path)) return send(200, { data: [message], page: 1, per_page: 20 })
  if (/\/messages\/\d+$/.test(path)) return send(204)
  if (/^\/workspaces\/\d+\/chats\/\d+$/.test(path))
    return request.method === 'PUT' ? send(200, chat(30)) : send(200, chat(String(30)))
  return send(400, error)
}

let server: Server
let baseUrl: string
let report: VerifyReport

beforeAll(async () => {
  server = createServer((request, response) => {
    let body = ''
    request.on('data', (chunk) => (body += chunk))
    request.on('end', () => brokenToggl(request, response, body))
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  report = await verify({ api: 'toggl-focus', baseUrl, headers: { Authorization: 'Bearer t' }, negative: true })
})
afterAll(() => server.close())

const failures = (operationId: string) =>
  report.cases.filter((item) => item.operationId === operationId && item.verdict === 'fail')

it('fails the run', async () => {
  expect(report.passed).toBe(false)
})

it('reports a field of the wrong type', async () => {
  expect(failures('getChat')).toContainEqual(
    expect.objectContaining({
      case: 'positive: linked from createChat',
      got: '200',
      issues: ['body field "id" must be integer (got "30")'],
    }),
  )
})

it('reports an undeclared status', async () => {
  expect(failures('updateChat')).toContainEqual(
    expect.objectContaining({
      case: 'positive: linked from createChat',
      got: '200',
      issues: ['status 200 is not declared for updateChat (declared: 204, 400, 401, 402, 404, 413, 414, 415, 500)'],
    }),
  )
})

it('reports a 500 on bad input', async () => {
  expect(failures('createChat')).toContainEqual(
    expect.objectContaining({
      case: 'negative: body field "name": missing',
      expected: 'declared 4xx',
      got: '500',
      issues: ['answered 500: a server error'],
    }),
  )
})

it('reports a missing auth check', async () => {
  expect(failures('deleteChat')).toContainEqual(
    expect.objectContaining({
      case: 'negative: no credentials',
      got: '204',
      issues: ['answered 204, but a request that breaks the contract must get a declared 4xx'],
    }),
  )
})

it('passes what the server does right', async () => {
  expect(
    report.cases.find(
      (item) => item.operationId === 'listChats' && item.case === 'positive: spec example "first-page"',
    ),
  ).toMatchObject({ verdict: 'pass', expected: '200', got: '200' })
})

it('writes JUnit XML that parses, one test case per request and a failure per defect', async () => {
  const xml = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '' }).parse(toJunit([report]))
  const suite = xml.testsuites.testsuite
  expect(suite.name).toBe('chatmock verify toggl-focus')
  expect(Number(suite.tests)).toBe(report.cases.length)
  expect(Number(suite.failures)).toBe(report.counts.fail)
  const failed = suite.testcase.filter((item: { failure?: unknown }) => item.failure !== undefined)
  expect(failed).toHaveLength(report.counts.fail)
  expect(failed.map((item: { classname: string }) => item.classname)).toContain('toggl-focus.getChat')
})

it('exits 1 from the command line, prints the table and writes the JUnit report', async () => {
  const out = join(mkdtempSync(join(tmpdir(), 'chatmock-verify-')), 'verify.xml')
  const cli = spawnCli([
    'verify',
    '--api',
    'toggl-focus',
    '--base-url',
    baseUrl,
    '--header',
    'Authorization: Bearer t',
    '--negative',
    '--report',
    'junit',
    '--out',
    out,
  ])
  expect(await cli.exited).toBe(1)
  expect(cli.stdout()).toMatch(/^OPERATION\s+CASE\s+EXPECTED\s+GOT\s+VERDICT$/m)
  expect(cli.stdout()).toMatch(
    /^getChat\s+positive: linked from createChat\s+2xx\s+200\s+FAIL\n {4}- body field "id" must be integer \(got "30"\)$/m,
  )
  expect(cli.stdout()).toMatch(
    /\d+ passed, \d+ failed, 0 warned, 0 skipped in \d+ ms: the provider breaks the contract/,
  )
  expect(new XMLParser().parse(readFileSync(out, 'utf8')).testsuites.testsuite.testcase.length).toBe(
    report.cases.length,
  )
})

it('says what is wrong with its flags, in one line', async () => {
  expect(await runCli(['verify', '--base-url', baseUrl])).toMatchObject({
    status: 1,
    stderr:
      'chatmock verify: pass --api <id> for a built-in API or --spec <file> for a document of yours (one of the two). Run "chatmock verify --help".\n',
  })
  expect(
    await runCli(['verify', '--api', 'hapihub', '--base-url', baseUrl, '--operation', 'deleteEverything']),
  ).toMatchObject({ status: 1, stderr: expect.stringContaining('unknown operation "deleteEverything" in hapihub') })
  expect(await runCli(['verify', '--api', 'hapihub', '--base-url', baseUrl, '--header', 'nocolon'])).toMatchObject({
    status: 1,
    stderr: expect.stringContaining("--header must look like 'Name: value'"),
  })
})

it("says the base URL probably lacks the API's prefix when every valid request gets 404, names the URL it tried, and fails", async () => {
  const mock = await startChatmockServer({ port: 0, apis: ['toggl-focus'] })
  try {
    // The mock's root instead of its /toggl-focus prefix: every path is unknown.
    const { status, stdout } = await runCli([
      'verify',
      '--api',
      'toggl-focus',
      '--base-url',
      mock.url,
      '--header',
      'Authorization: Bearer t',
    ])
    expect(status).toBe(1)
    expect(stdout).toContain(
      `hint: every valid request was answered 404: ${mock.url} probably lacks the API's prefix or path (the spec's paths are appended to it; tried ${mock.url}/workspaces/1/chats).`,
    )
  } finally {
    await mock.close()
  }
})
