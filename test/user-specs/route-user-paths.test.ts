import { afterAll, beforeAll, expect, it } from 'vitest'
import type { Api } from '../../src/api/api.js'
import { type Chatmock, loadApi, setupChatmock } from '../../src/node.js'

// A user's document routes as its paths are written: names per template, mixed segments, and
// trailing-slash twins, each answered by its own operation (the journal names which one).

const base = 'https://routing.example.test'
let chatmock: Chatmock<readonly Api[]>

beforeAll(async () => {
  chatmock = await setupChatmock<readonly Api[]>({ apis: [loadApi('test/fixtures/user-specs/routing.yaml')] })
  chatmock.server.listen({ onUnhandledRequest: 'error' })
})
afterAll(() => chatmock.server.close())

async function request(path: string) {
  const response = await fetch(`${base}${path}`)
  const body = (await response.json()) as { detail?: string }
  const operationId = chatmock.journal.entries(1)[0]?.operationId
  return { status: response.status, operationId, detail: body.detail }
}

it('answers GET /users/7/posts beside /users/{userId}, reading "id"', async () => {
  expect(await request('/users/7/posts')).toEqual({ status: 200, operationId: 'listUserPosts', detail: undefined })
  expect(await request('/users/7')).toEqual({ status: 200, operationId: 'getUser', detail: undefined })
  expect(await request('/users/seven/posts')).toMatchObject({ status: 400, detail: expect.stringMatching(/"id"/) })
})

it('answers segments that mix literal text and variables, checking each variable', async () => {
  expect(await request('/files/report.json')).toMatchObject({ status: 200, operationId: 'getFileAsJson' })
  expect(await request('/files/report.csv')).toMatchObject({ status: 200, operationId: 'getFile' })
  expect(await request('/files/report.pdf')).toMatchObject({ status: 400, detail: expect.stringMatching(/"format"/) })
  expect(await request('/ranges/3-9')).toMatchObject({ status: 200, operationId: 'getRange' })
  expect(await request('/ranges/a-9')).toMatchObject({ status: 400, detail: expect.stringMatching(/"from"/) })
})

it('answers each trailing-slash twin with its own operation', async () => {
  expect(await request('/reports')).toMatchObject({ status: 200, operationId: 'listReports' })
  expect(await request('/reports/')).toMatchObject({ status: 200, operationId: 'listReportsWithSlash' })
})
