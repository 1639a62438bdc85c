import { afterAll, afterEach, beforeAll, expect, it } from 'vitest'
import { type ChatmockServer, startChatmockServer } from '../../src/server/start-chatmock-server.js'
import { verify } from '../../src/verify/verify.js'

// verify follows the links of RoostedHR's and HapiHub's creates: what a create returns feeds the
// operations after it, and every answer, negative cases included, keeps the contract.
let server: ChatmockServer
beforeAll(async () => {
  server = await startChatmockServer({ port: 0 })
})
afterEach(() => server.reset())
afterAll(() => server.close())

function linked(report: Awaited<ReturnType<typeof verify>>, source: string) {
  return report.cases
    .filter((item) => item.case === `positive: linked from ${source}`)
    .map((item) => `${item.verdict} ${item.method} ${item.url.replace(server.url, '')}`)
}

it('feeds a created RoostedHR chat to get, messages, send and edit, and passes with negative cases', async () => {
  const report = await verify({
    api: 'roosted',
    baseUrl: `${server.url}/roosted`,
    headers: { 'X-API-KEY': 'key' },
    negative: true,
  })
  expect(report.passed).toBe(true)
  expect(linked(report, 'createWorkerChat')).toEqual([
    'pass GET /roosted/workers/3158/chats/odi7z25x8V',
    'pass GET /roosted/workers/3158/chats/odi7z25x8V/messages?limit=2',
    'pass POST /roosted/workers/3158/chats/odi7z25x8V/messages',
    'pass PATCH /roosted/workers/3158/chats/odi7z25x8V',
  ])
})

it('feeds a created HapiHub room to get and to the find of its messages, and passes with negative cases', async () => {
  const report = await verify({
    api: 'hapihub',
    baseUrl: `${server.url}/hapihub`,
    headers: { Authorization: 'Bearer <your-api-token>' },
    negative: true,
  })
  expect(report.passed).toBe(true)
  expect(linked(report, 'createChatRoom')).toEqual([
    'pass GET /hapihub/chat-rooms/room-1',
    'pass GET /hapihub/chat-messages?room=room-1',
  ])
  expect(linked(report, 'createChatMessage')).toEqual([
    'pass GET /hapihub/chat-messages/id-11',
    'pass PATCH /hapihub/chat-messages/id-11',
  ])
})
