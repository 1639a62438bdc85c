import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, expect, it } from 'vitest'
import { defineApi } from '../../src/mock/define-api.js'
import { type ChatmockServer, startChatmockServer } from '../../src/server/start-chatmock-server.js'
import { describeCredentials } from '../../src/verify/describe-credentials.js'
import { createNegativeCases } from '../../src/verify/negative-cases.js'
import { verify } from '../../src/verify/verify.js'
import { runCli } from '../support/run-cli.js'

// An apiKey scheme `in: query` is given to verify as `query` (`--query 'name=value'`), sent with
// every request; one `in: cookie` in the Cookie header (`--header 'Cookie: name=value'`). The
// request without credentials leaves out both, and nothing else; the suggestion of a refused
// request names the flag for each.

const problem = { content: { 'application/problem+json': { schema: { type: 'object' } } } }
const refused = { description: 'no key', ...problem }
const spec = {
  openapi: '3.1.0',
  info: { title: 'keys', version: '1' },
  components: {
    securitySchemes: {
      queryKey: { type: 'apiKey', in: 'query', name: 'api_key' },
      cookieKey: { type: 'apiKey', in: 'cookie', name: 'session' },
    },
  },
  paths: {
    '/reports': {
      get: {
        operationId: 'listReports',
        security: [{ queryKey: [] }],
        parameters: [
          { name: 'page', in: 'query', required: true, schema: { type: 'integer', minimum: 1 }, example: 2 },
        ],
        responses: {
          '200': { description: 'the reports' },
          '400': { description: 'invalid', ...problem },
          '401': refused,
        },
      },
    },
    '/profile': {
      get: {
        operationId: 'getProfile',
        security: [{ cookieKey: [] }],
        parameters: [{ name: 'theme', in: 'cookie', required: true, schema: { type: 'string' }, example: 'dark' }],
        responses: { '200': { description: 'the profile' }, '401': refused },
      },
    },
  },
}
const keys = defineApi({ id: 'keys', spec: spec as never })
let server: ChatmockServer<readonly [typeof keys]>
let dir = ''
beforeAll(async () => {
  server = await startChatmockServer({ port: 0, apis: [keys] })
  dir = mkdtempSync(join(tmpdir(), 'chatmock-verify-'))
  writeFileSync(join(dir, 'keys.json'), JSON.stringify(spec))
})
afterAll(async () => {
  rmSync(dir, { recursive: true, force: true })
  await server.close()
})

it('sends the query key with every request, and leaves it out of the request without credentials', async () => {
  const report = await verify({
    api: keys,
    baseUrl: `${server.url}/keys`,
    query: { api_key: 'k' },
    headers: { Cookie: 'session=s' },
    negative: true,
  })
  expect(
    report.cases.map(
      (item) => `${item.operationId} ${item.case} ${item.url.replace(server.url, '')} ${item.got} ${item.verdict}`,
    ),
  ).toEqual([
    'listReports positive: spec example /keys/reports?api_key=k&page=2 200 pass',
    'listReports negative: no credentials /keys/reports?page=2 401 pass',
    'listReports negative: query parameter "page": below its minimum (0) /keys/reports?api_key=k&page=0 400 pass',
    'getProfile positive: spec example /keys/profile?api_key=k 200 pass',
    'getProfile negative: no credentials /keys/profile 401 pass',
  ])
  expect(report.passed).toBe(true)
})

it('leaves out of the Cookie header only the cookie that carries the credential', () => {
  const operation = keys.operationsById.get('getProfile')!
  const valid = { path: {}, query: {}, headers: { cookie: 'tracking=1; session=s' }, cookie: { theme: 'dark' } }
  const [noCredentials] = createNegativeCases(keys.document, operation, valid, [], { cookies: ['session'] })
  expect(noCredentials).toEqual({
    name: 'no credentials',
    request: { ...valid, headers: { cookie: 'tracking=1' } },
  })
})

it('names --query for a query key, and the Cookie header for a cookie, when a request without them is refused', async () => {
  const report = await verify({ api: keys, baseUrl: `${server.url}/keys` })
  expect(report.cases.map((item) => item.issues[0])).toEqual([
    "the provider refused the request, which carried no credential (401): the spec's security asks for --query 'api_key=<key>' (queryKey)",
    "the provider refused the request, which carried no credential (401): the spec's security asks for --header 'Cookie: session=<key>' (cookieKey)",
  ])
  expect(report.hint).toBe(
    'every valid request was refused (401): give verify the credential the spec asks for (--header, --query, --bearer or --basic; each refused case says which).',
  )
})

it('takes --query from the command line, and refuses one that is not name=value', async () => {
  const base = ['verify', '--spec', join(dir, 'keys.json'), '--base-url', `${server.url}/keys`]
  const { status, stdout } = await runCli([...base, '--query', 'api_key=k', '--header', 'Cookie: session=s'])
  expect([status, stdout]).toEqual([0, expect.stringContaining(': the provider keeps the contract\n')])
  expect(await runCli([...base, '--query', 'api_key'])).toMatchObject({
    status: 1,
    stderr: `chatmock verify: --query must look like 'name=value' (got "api_key"). Run "chatmock verify --help".\n`,
  })
})

it('says a mutualTLS scheme asks for a TLS client certificate, which verify cannot present', () => {
  const document = { ...keys.document, components: { securitySchemes: { tls: { type: 'mutualTLS' } } } }
  const operation = { ...keys.operationsById.get('listReports')!, security: [{ tls: [] }] }
  expect(describeCredentials(document as never, operation)).toBe(
    'a TLS client certificate, which verify cannot present (tls)',
  )
})
