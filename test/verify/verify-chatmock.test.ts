import type { BuiltinApiId } from '../../handlers/index.js'
import { afterAll, afterEach, beforeAll, expect, it } from 'vitest'
import { type ChatmockServer, startChatmockServer } from '../../src/server/start-chatmock-server.js'
import { verify } from '../../src/verify/verify.js'

let server: ChatmockServer
beforeAll(async () => {
  // verify follows toggleConversationStatus's links to the CSAT survey at once, and the survey comes
  // after the answer (issue 23, as the server's async listener sends it): with no delay it is there.
  server = await startChatmockServer({ port: 0, settings: { apis: { chatwoot: { jobDelay: 0 } } } })
})
afterEach(() => server.reset())
afterAll(() => server.close())

const credentials = {
  'toggl-focus': { Authorization: `Basic ${btoa('ada@example.com:secret')}` },
  roosted: { 'X-API-KEY': 'key' },
  hapihub: { Authorization: 'Bearer <your-api-token>' },
  chatwoot: {},
}

it.each(Object.entries(credentials))("verifies chatmock's own %s, positive and negative", async (api, headers) => {
  const report = await verify({ api: api as BuiltinApiId, baseUrl: `${server.url}/${api}`, headers, negative: true })
  const problems = report.cases
    .filter((item) => item.verdict !== 'pass')
    .map((item) => `${item.operationId} ${item.case}: ${item.got} ${item.issues.join('; ')}`)
  expect(problems).toEqual([])
  expect(report.passed).toBe(true)
  expect(report.cases.some((item) => item.case.startsWith('negative:'))).toBe(true)
})

it("feeds a create's id to the get, update, delete and restore that follow, in link order", async () => {
  const report = await verify({
    api: 'toggl-focus',
    baseUrl: `${server.url}/toggl-focus`,
    headers: credentials['toggl-focus'],
  })
  const linked = report.cases.filter((item) => item.case === 'positive: linked from createChat')
  expect(linked.map((item) => `${item.method} ${item.url.replace(server.url, '')}`)).toEqual([
    'GET /toggl-focus/workspaces/1/chats/30',
    'PUT /toggl-focus/workspaces/1/chats/30',
    'DELETE /toggl-focus/workspaces/1/chats/30',
    'PATCH /toggl-focus/workspaces/1/chats/30/restore',
    'GET /toggl-focus/workspaces/1/chats/30/messages',
  ])
})

it("sends only the operations asked for, and a create's linked operations after it", async () => {
  const report = await verify({
    api: 'hapihub',
    baseUrl: `${server.url}/hapihub`,
    headers: credentials.hapihub,
    operations: ['createChatMessage', 'getChatMessage'],
  })
  expect(report.cases.map((item) => `${item.operationId} ${item.case}`)).toEqual([
    'createChatMessage positive: spec example "docs-example"',
    'getChatMessage positive: linked from createChatMessage',
  ])
})

it('keeps to the request limit per operation', async () => {
  const report = await verify({
    api: 'toggl-focus',
    baseUrl: `${server.url}/toggl-focus`,
    headers: credentials['toggl-focus'],
    negative: true,
    maxRequestsPerOperation: 2,
  })
  const perOperation = new Map<string, number>()
  for (const item of report.cases) perOperation.set(item.operationId, (perOperation.get(item.operationId) ?? 0) + 1)
  expect(Math.max(...perOperation.values())).toBe(2)
})

it('skips what is left once the deadline passes', async () => {
  const report = await verify({
    api: 'toggl-focus',
    baseUrl: `${server.url}/toggl-focus`,
    headers: credentials['toggl-focus'],
    deadlineMs: 1,
    negative: true,
  })
  expect(report.counts.skip).toBeGreaterThan(0)
  expect(report.passed).toBe(false)
  expect(report.cases.at(-1)).toMatchObject({ verdict: 'skip', issues: ['the total deadline of 1 ms has passed'] })
})
