import { createServer, type RequestListener } from 'node:http'
import type { AddressInfo } from 'node:net'
import { afterAll, beforeAll, expect, it } from 'vitest'
import { type ChatmockServer, startChatmockServer } from '../../src/server/start-chatmock-server.js'
import { runCli } from '../support/run-cli.js'

// `chatmock coverage` asked where no chatmock server answers: one line saying what it got, and
// exit code 3 (no report), never 0 and never the page it got.

let answer: RequestListener = () => undefined
const stranger = createServer((request, response) => answer(request, response))
let strangerUrl = ''
let chatmock: ChatmockServer<readonly ['hapihub']>
beforeAll(async () => {
  await new Promise<void>((resolve) => stranger.listen(0, '127.0.0.1', resolve))
  strangerUrl = `http://127.0.0.1:${(stranger.address() as AddressInfo).port}`
  chatmock = await startChatmockServer({ port: 0, apis: ['hapihub'], adminToken: 'secret' })
})
afterAll(async () => {
  stranger.closeAllConnections()
  stranger.close()
  await chatmock.close()
})

it('says that an HTML page is not a chatmock server, with its status and content type', async () => {
  answer = (_, response) =>
    void response
      .writeHead(404, { 'content-type': 'text/html; charset=utf-8' })
      .end('<!DOCTYPE html><html><body><h1>Not Found</h1></body></html>')
  expect(await runCli(['coverage', '--base-url', strangerUrl])).toEqual({
    status: 3,
    stdout: '',
    stderr: `chatmock coverage: ${strangerUrl} is not a chatmock server: GET ${strangerUrl}/__chatmock/coverage answered 404 (text/html; charset=utf-8).\n`,
  })
})

it('says that JSON of another shape is not a coverage report', async () => {
  answer = (_, response) =>
    void response.writeHead(200, { 'content-type': 'application/json' }).end('{"hello":"world"}')
  expect(await runCli(['coverage', '--base-url', strangerUrl, '--min', '50'])).toEqual({
    status: 3,
    stdout: '',
    stderr: `chatmock coverage: ${strangerUrl} is not a chatmock server: GET ${strangerUrl}/__chatmock/coverage answered 200 (application/json), not a coverage report.\n`,
  })
})

it('says that the connection was refused', async () => {
  const closed = createServer()
  await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve))
  const url = `http://127.0.0.1:${(closed.address() as AddressInfo).port}`
  await new Promise((resolve) => closed.close(resolve))
  expect(await runCli(['coverage', '--base-url', url])).toEqual({
    status: 3,
    stdout: '',
    stderr: `chatmock coverage: no chatmock server answered at ${url}: connection refused (ECONNREFUSED).\n`,
  })
})

it('gives up after --timeout when the server never answers', async () => {
  answer = () => undefined
  expect(await runCli(['coverage', '--base-url', strangerUrl, '--timeout', '200'])).toEqual({
    status: 3,
    stdout: '',
    stderr: `chatmock coverage: no chatmock server answered at ${strangerUrl}: no answer within 200 ms.\n`,
  })
})

it('passes on what a chatmock server says when it refuses, and how to give the admin token', async () => {
  const refused = await runCli(['coverage', '--base-url', chatmock.url])
  expect(refused.status).toBe(3)
  expect(refused.stdout).toBe('')
  // The middle is the server's own one-line detail.
  expect(refused.stderr).toMatch(
    new RegExp(
      `^chatmock coverage: GET ${chatmock.url}/__chatmock/coverage answered 401 \\(application/problem\\+json\\): [^\\n]*token[^\\n]*\\. Pass --header 'Authorization: Bearer <token>'\\.\\n$`,
    ),
  )
  expect(
    await runCli(['coverage', '--base-url', chatmock.url, '--header', 'Authorization: Bearer secret']),
  ).toMatchObject({ status: 0, stdout: expect.stringContaining('% of declared statuses') })
})

it("says that --base-url is the server's root when it was given an API's prefix", async () => {
  const { status, stderr } = await runCli([
    'coverage',
    '--base-url',
    `${chatmock.url}/hapihub`,
    '--header',
    'Authorization: Bearer secret',
  ])
  expect(status).toBe(3)
  // Behind the prefix, the API answers: its own 404, in its own words.
  expect(stderr).toBe(
    `chatmock coverage: GET ${chatmock.url}/hapihub/__chatmock/coverage answered 404 (application/problem+json): no operation of hapihub matches GET /__chatmock/coverage; --base-url takes the server's root, e.g. ${chatmock.url}, not an API's prefix.\n`,
  )
})
