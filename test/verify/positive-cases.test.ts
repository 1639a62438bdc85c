import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { afterAll, beforeAll, expect, it } from 'vitest'
import { type ChatmockServer, startChatmockServer } from '../../src/server/start-chatmock-server.js'
import { verify } from '../../src/verify/verify.js'
import { runCli } from '../support/run-cli.js'

// A valid request (a positive case) must get the status it expects: its named example set's, or a
// 2xx. A refusal of its credentials, or any other status, fails it, and a run where no valid
// request got its status verified nothing, however many negative cases passed.

const tokenError = {
  error: 'invalid_token',
  error_description: 'The access token is invalid',
  trace_id: '0'.repeat(32),
}
const ada = `Basic ${btoa('ada@example.com:secret')}`

let mock: ChatmockServer<readonly ['toggl-focus']>
const servers: Server[] = []

/** A provider in front of the mock: `answer` may replace the mock's answer to a request. */
async function startProvider(
  answer: (method: string, url: string) => { status: number; body: unknown } | undefined,
): Promise<string> {
  const server = createServer(async (request, response) => {
    const chunks: Buffer[] = []
    for await (const chunk of request) chunks.push(chunk as Buffer)
    const own = answer(request.method!, request.url!)
    if (own) {
      response.writeHead(own.status, { 'content-type': 'application/json' })
      return void response.end(JSON.stringify(own.body))
    }
    const headers = Object.fromEntries(
      Object.entries(request.headers).filter(([name]) => name !== 'host' && name !== 'content-length'),
    ) as Record<string, string>
    const body = chunks.length > 0 ? Buffer.concat(chunks) : undefined
    const upstream = await fetch(`${mock.url}/toggl-focus${request.url}`, { method: request.method, headers, body })
    response.writeHead(upstream.status, Object.fromEntries(upstream.headers))
    response.end(Buffer.from(await upstream.arrayBuffer()))
  })
  servers.push(server)
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`
}

beforeAll(async () => {
  mock = await startChatmockServer({ port: 0, apis: ['toggl-focus'] })
})
afterAll(async () => {
  for (const server of servers) server.close()
  await mock.close()
})

it('fails a provider that answers 401 to everything, naming the credential the spec asks for', async () => {
  const baseUrl = await startProvider(() => ({ status: 401, body: tokenError }))
  const report = await verify({ api: 'toggl-focus', baseUrl, negative: true })
  const positive = report.cases.filter((item) => item.case.startsWith('positive'))
  expect(positive.length).toBeGreaterThan(0)
  for (const item of positive) {
    expect(item.verdict).toBe('fail')
    expect(item.issues[0]).toMatch(
      /^the provider refused the request, which carried no credential \(401\): the spec's security asks for --basic <user:password> \(basicAuth\) or --bearer <token> \(bearerAuth\)/,
    )
  }
  expect(report.verified).toBe(0)
  expect(report.passed).toBe(false)
  expect(report.hint).toBe(
    'every valid request was refused (401): give verify the credential the spec asks for (--header, --query, --bearer or --basic; each refused case says which).',
  )
})

it('exits 1 against a running mock when no credential is given, even with --negative, saying which flag the spec wants', async () => {
  for (const flags of [[], ['--negative']]) {
    const { status, stdout } = await runCli([
      'verify',
      '--api',
      'toggl-focus',
      '--base-url',
      `${mock.url}/toggl-focus`,
      ...flags,
    ])
    expect(status).toBe(1)
    expect(stdout).toMatch(
      /^listChats +positive: spec example "first-page" +200 +401 +FAIL\n {4}- the provider refused the request, which carried no credential \(401\): the spec's security asks for --basic <user:password> \(basicAuth\) or --bearer <token> \(bearerAuth\)$/m,
    )
    // updateChat takes no credential (its docs' sample sends none): the other eight are refused.
    expect(stdout).toMatch(
      /\n\d+ passed, 8 failed, 0 warned, 0 skipped in \d+ ms: the provider breaks the contract\nhint: 8 of 9 valid requests were refused \(401\): give verify the credential the spec asks for \(--header, --query, --bearer or --basic; each refused case says which\)\.\n$/,
    )
  }
})

it('says the provider refused the credential it was sent when one was', async () => {
  const baseUrl = await startProvider(() => ({ status: 401, body: tokenError }))
  const report = await verify({
    api: 'toggl-focus',
    baseUrl,
    headers: { Authorization: 'Bearer wrong' },
    operations: ['listChats'],
  })
  expect(report.cases[0]!.issues[0]).toBe(
    "the provider refused the credential verify sent (401): the spec's security asks for --basic <user:password> (basicAuth) or --bearer <token> (bearerAuth)",
  )
})

it('fails exactly the one valid request that got another status than its example set expects, and passes the rest', async () => {
  const baseUrl = await startProvider((method, url) =>
    method === 'GET' && /^\/workspaces\/1\/chats(\?|$)/.test(url) ? { status: 400, body: tokenError } : undefined,
  )
  const report = await verify({ api: 'toggl-focus', baseUrl, headers: { Authorization: ada }, negative: true })
  await mock.reset()
  const failed = report.cases.filter((item) => item.verdict !== 'pass' && item.verdict !== 'warn')
  expect(failed).toEqual([
    expect.objectContaining({
      operationId: 'listChats',
      case: 'positive: spec example "first-page"',
      expected: '200',
      got: '400',
      verdict: 'fail',
      issues: ['expected 200 (the status of the spec\'s example "first-page"), got 400'],
    }),
  ])
  expect(report.counts.fail).toBe(1)
  expect(report.counts.pass).toBe(report.cases.length - report.counts.warn - 1)
  expect(report.passed).toBe(false)
})

it('fails a valid request answered with a declared 404, asking whether the provider holds the example data', async () => {
  const notFound = { error: 'not_found', error_description: 'not found', trace_id: '0'.repeat(32) }
  const baseUrl = await startProvider((method, url) =>
    method === 'GET' && url === '/workspaces/1/chats/1' ? { status: 404, body: notFound } : undefined,
  )
  const report = await verify({ api: 'toggl-focus', baseUrl, headers: { Authorization: ada }, operations: ['getChat'] })
  expect(report.cases).toEqual([
    expect.objectContaining({
      case: 'positive: spec example "chat"',
      expected: '200',
      got: '404',
      verdict: 'fail',
      issues: [
        'expected 200 (the status of the spec\'s example "chat"), got 404: does the provider hold the spec\'s example data?',
      ],
    }),
  ])
  expect(report.passed).toBe(false)
})

it('never passes a run that sent no valid request', async () => {
  const report = await verify({
    api: 'toggl-focus',
    baseUrl: `${mock.url}/toggl-focus`,
    headers: { Authorization: ada },
    operations: [],
  })
  expect(report.cases).toEqual([])
  expect(report.verified).toBe(0)
  expect(report.passed).toBe(false)
})

it('passes the mock with --basic, and with --bearer, from the command line', async () => {
  await mock.reset()
  expect(
    await runCli([
      'verify',
      '--api',
      'toggl-focus',
      '--base-url',
      `${mock.url}/toggl-focus`,
      '--basic',
      'ada@example.com:secret',
    ]),
  ).toMatchObject({ status: 0, stdout: expect.stringContaining(': the provider keeps the contract\n') })
  await mock.reset()
  expect(
    await runCli([
      'verify',
      '--api',
      'toggl-focus',
      '--base-url',
      `${mock.url}/toggl-focus`,
      '--bearer',
      'toggl_sk_ada',
    ]),
  ).toMatchObject({ status: 0, stdout: expect.stringContaining(': the provider keeps the contract\n') })
  await mock.reset()
})

it('refuses --bearer with --basic, --basic without a colon, and --bearer beside an Authorization --header, in one line', async () => {
  const base = ['verify', '--api', 'toggl-focus', '--base-url', `${mock.url}/toggl-focus`]
  expect(await runCli([...base, '--bearer', 't', '--basic', 'a:b'])).toMatchObject({
    status: 1,
    stderr:
      'chatmock verify: --bearer and --basic both set Authorization; pass one of the two. Run "chatmock verify --help".\n',
  })
  expect(await runCli([...base, '--basic', 'ada'])).toMatchObject({
    status: 1,
    stderr: 'chatmock verify: --basic must be <user:password> (got "ada"). Run "chatmock verify --help".\n',
  })
  expect(await runCli([...base, '--bearer', 't', '--header', 'authorization: Basic x'])).toMatchObject({
    status: 1,
    stderr:
      'chatmock verify: --bearer sets Authorization, which a --header sets too; pass one of the two. Run "chatmock verify --help".\n',
  })
})

it('says in its help what a warning is, and that warnings never turn a failure into a pass', async () => {
  const { stdout } = await runCli(['verify', '--help'])
  expect(stdout).toContain('WARN  a broken request was refused with a 4xx the spec does not declare')
  expect(stdout).toContain('warnings never turn a failure into a pass')
  expect(stdout).toContain('--bearer <token>')
  expect(stdout).toContain('--basic <user:password>')
})
