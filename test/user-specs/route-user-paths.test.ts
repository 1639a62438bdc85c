import { afterAll, beforeAll, expect, it } from 'vitest'
import type { Api } from '../../src/api/api.js'
import { type Chatmock, loadApi, setupChatmock } from '../../src/node.js'
import { startCli } from '../support/run-cli.js'

// A user's document routes as its paths are written, in process and under `chatmock serve --spec`
// alike: names per template, mixed segments, and trailing-slash twins, each answered by its own
// operation (each operation's example names it).

const file = 'test/fixtures/user-specs/routing.yaml'
const inProcess = 'https://routing.example.test'
let served = ''
let chatmock: Chatmock<readonly Api[]>
let server: ReturnType<typeof startCli>

beforeAll(async () => {
  server = startCli(['serve', '--port', '0', '--quiet', '--no-builtins', '--spec', file])
  served = `${(await server.waitFor(/chatmock listening on (http:\/\/\S+)/))[1]!}/routing`
  chatmock = await setupChatmock<readonly Api[]>({ apis: [loadApi(file)] })
  chatmock.server.listen({
    onUnhandledRequest: (request, print) => (request.url.startsWith(served) ? undefined : print.error()),
  })
})
afterAll(async () => {
  chatmock.server.close()
  server.stop()
  await server.exited
})

/** The answer in process, checked to be the served one. */
async function request(path: string) {
  const answer = async (base: string) => {
    const response = await fetch(`${base}${path}`)
    const body = (await response.json()) as { operation?: string; detail?: string }
    return { status: response.status, operation: body.operation, detail: body.detail }
  }
  const result = await answer(inProcess)
  expect(result, path).toEqual(await answer(served))
  return result
}

it('answers GET /users/7/posts beside /users/{userId}, reading "id"', async () => {
  expect(await request('/users/7/posts')).toEqual({ status: 200, operation: 'listUserPosts', detail: undefined })
  expect(await request('/users/7')).toEqual({ status: 200, operation: 'getUser', detail: undefined })
  expect(await request('/users/seven/posts')).toMatchObject({ status: 400, detail: expect.stringMatching(/"id"/) })
})

it('answers segments that mix literal text and variables, checking each variable', async () => {
  expect(await request('/files/report.json')).toMatchObject({ status: 200, operation: 'getFileAsJson' })
  expect(await request('/files/report.csv')).toMatchObject({ status: 200, operation: 'getFile' })
  expect(await request('/files/report.pdf')).toMatchObject({ status: 400, detail: expect.stringMatching(/"format"/) })
  expect(await request('/ranges/3-9')).toMatchObject({ status: 200, operation: 'getRange' })
  expect(await request('/ranges/a-9')).toMatchObject({ status: 400, detail: expect.stringMatching(/"from"/) })
})

it('answers each trailing-slash twin with its own operation', async () => {
  expect(await request('/reports')).toMatchObject({ status: 200, operation: 'listReports' })
  expect(await request('/reports/')).toMatchObject({ status: 200, operation: 'listReportsWithSlash' })
})
