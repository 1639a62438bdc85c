import { afterAll, beforeAll, expect, it } from 'vitest'
import { setupChatmock } from '../../src/runtimes/node.js'
import { type ChatmockServer, startChatmockServer } from '../../src/server/start-chatmock-server.js'
import { spawnCli } from '../support/spawn-cli.js'

let server: ChatmockServer
beforeAll(async () => {
  server = await startChatmockServer({ port: 0 })
  // A consumer's suite that exercises the RoostedHR operation's 200 and 401, nothing else.
  await fetch(`${server.url}/roosted/workers/3158/chats/yJjarB5xUW`, {
    method: 'PATCH',
    headers: { 'x-api-key': 'k', 'content-type': 'application/json' },
    body: '{}',
  })
  await fetch(`${server.url}/roosted/workers/3158/chats/yJjarB5xUW`, {
    method: 'PATCH',
    headers: { 'content-type': 'application/json' },
    body: '{}',
  })
})
afterAll(() => server.close())

async function coverage(args: string[]) {
  const cli = spawnCli(['coverage', '--base-url', server.url, ...args])
  return { status: await cli.exited, stdout: cli.stdout(), stderr: cli.stderr() }
}

it('passes the gate when coverage reaches the minimum', async () => {
  const { status, stdout } = await coverage(['--api', 'roosted', '--min', '4'])
  expect(status).toBe(0)
  expect(stdout).toContain('  editWorkerChat         200×1  400 -  401×1  404 -  413 -  414 -  415 -  500 -  507 -')
  expect(stdout).toContain('coverage 4.3% of declared statuses (2/46), 1/6 operations: at least 4%')
}, 20_000)

it('fails the gate below the minimum, listing what was not exercised', async () => {
  const { status, stderr } = await coverage(['--api', 'roosted', '--min', '50'])
  expect(status).toBe(1)
  expect(stderr).toContain(
    'coverage 4.3% of declared statuses (2/46), 1/6 operations: below the minimum of 50%. Not exercised:',
  )
  expect(stderr).toContain('  - roosted editWorkerChat 404')
}, 20_000)

it('prints the report for every served API as JSON', async () => {
  const { status, stdout } = await coverage(['--json'])
  expect(status).toBe(0)
  expect(JSON.parse(stdout).totals.operations).toEqual({ covered: 1, total: 42 })
}, 20_000)

it('says so when no chatmock server answers', async () => {
  const cli = spawnCli(['coverage', '--base-url', 'http://127.0.0.1:9'])
  expect(await cli.exited).toBe(3)
  expect(cli.stderr()).toMatch(/^chatmock coverage: no chatmock server answered at http:\/\/127\.0\.0\.1:9/)
}, 20_000)

it('gives the Node helper the same report and threshold', async () => {
  const chatmock = await setupChatmock({ apis: ['hapihub'] })
  chatmock.server.listen({ onUnhandledRequest: 'error' })
  try {
    await fetch('https://yourdomain.com/chat-messages/id-1', { headers: { authorization: 'Bearer t' } })
    await fetch('https://yourdomain.com/chat-messages/nope', { headers: { authorization: 'Bearer t' } })
    expect(chatmock.admin.assertCoverage(4).totals.statuses).toEqual({ covered: 2, total: 46 })
    expect(() => chatmock.admin.assertCoverage(50)).toThrow(
      expect.objectContaining({
        code: 'COVERAGE_BELOW_MINIMUM',
        message: expect.stringContaining('  - hapihub createChatMessage 200'),
      }),
    )
  } finally {
    chatmock.server.close()
  }
})
