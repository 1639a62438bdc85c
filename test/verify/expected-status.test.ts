import { afterAll, beforeAll, expect, it } from 'vitest'
import { defineApi } from '../../src/mock/define-api.js'
import { type ChatmockServer, startChatmockServer } from '../../src/server/start-chatmock-server.js'
import { verify } from '../../src/verify/verify.js'
import { runCli } from '../support/run-cli.js'

// A valid request without a named example set must get a 2xx; where its operation declares no 2xx
// (ReadMe's http-status-codes.yaml: getStatus300 declares only 300), one of the statuses it
// declares, a 5xx among them. A status fetch never gives as an answer (a 1xx, a 407) is not sent
// for: the case is skipped, saying why.

const spec = {
  openapi: '3.1.0',
  info: { title: 'statuses', version: '1' },
  paths: {
    '/moved': { get: { operationId: 'getMoved', responses: { '301': { description: 'moved' } } } },
    '/either': {
      get: {
        operationId: 'getEither',
        responses: { '303': { description: 'see other' }, '4XX': { description: 'refused' } },
      },
    },
    '/down': { get: { operationId: 'getDown', responses: { '503': { description: 'down for maintenance' } } } },
    '/found': {
      get: {
        operationId: 'getFound',
        responses: { '200': { description: 'found' }, '404': { description: 'gone' } },
      },
    },
    '/continue': { get: { operationId: 'getContinue', responses: { '100': { description: 'go on' } } } },
  },
}
const statuses = defineApi({ id: 'statuses', spec: spec as never })
let server: ChatmockServer<readonly [typeof statuses]>
beforeAll(async () => {
  server = await startChatmockServer({ port: 0, apis: [statuses] })
})
afterAll(() => server.close())

it('expects a status the operation declares where it declares no 2xx, and passes the provider that answers it', async () => {
  const report = await verify({
    api: statuses,
    baseUrl: `${server.url}/statuses`,
    operations: ['getMoved', 'getEither', 'getDown', 'getFound'],
  })
  expect(report.cases.map((item) => `${item.operationId} ${item.expected} ${item.got} ${item.verdict}`)).toEqual([
    'getMoved 301 301 pass',
    'getEither 303 or 4xx 303 pass',
    'getDown 503 503 pass',
    'getFound 2xx 200 pass',
  ])
  expect(report.cases.flatMap((item) => item.issues)).toEqual([])
  expect(report.passed).toBe(true)
})

it('skips, unsent, a valid request whose only status fetch never gives as an answer, and says why', async () => {
  const report = await verify({ api: statuses, baseUrl: `${server.url}/statuses`, operations: ['getContinue'] })
  expect(report.cases).toEqual([
    expect.objectContaining({
      operationId: 'getContinue',
      expected: '100',
      got: '-',
      verdict: 'skip',
      issues: [
        "not sent: fetch never gives a 100 as an answer (a 1xx is interim, a 407 is a proxy's), and getContinue declares no other status for a valid request",
      ],
    }),
  ])
  expect(report.passed).toBe(false)
})

it('says in its help which status a valid request must get, and when a case is skipped', async () => {
  const { stdout } = await runCli(['verify', '--help'])
  expect(stdout).toContain('for an operation that declares\n        no 2xx, a status it declares')
  expect(stdout).toContain('or the status expected is one fetch never gives as an\n        answer (a 1xx, a 407)')
})
