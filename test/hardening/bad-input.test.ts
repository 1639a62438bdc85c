import type { BuiltinApiId } from '../../handlers/index.js'
import { getApi } from '../../src/openapi/catalog.js'
import { connect } from 'node:net'
import { afterAll, afterEach, beforeAll, expect, it } from 'vitest'
import { getOperation } from '../../src/contract/get-contract.js'
import { validateResponse } from '../../src/contract/validate-response.js'
import { type ChatmockServer, startChatmockServer } from '../../src/server/start-chatmock-server.js'

let server: ChatmockServer
const toggl = { authorization: 'Bearer toggl_sk_ada', 'content-type': 'application/json' }
const hapihub = { authorization: 'Bearer t', 'content-type': 'application/json' }
const togglError = {
  error: expect.any(String),
  error_description: expect.any(String),
  trace_id: expect.stringMatching(/^[0-9a-f]{32}$/),
}

beforeAll(async () => {
  server = await startChatmockServer({ port: 0 })
})
// After every bad input, the server must still serve.
afterEach(async () => {
  expect((await fetch(`${server.url}/toggl-focus/workspaces/1/chats/1`, { headers: toggl })).status).toBe(200)
  await server.reset()
})
afterAll(() => server.close())

/** Sends a request and checks its answer is a 4xx that the operation declares, in the API's shape. */
async function expectDeclared4xx(api: BuiltinApiId, operationId: string, path: string, init: RequestInit) {
  const response = await fetch(`${server.url}${path}`, init)
  const text = await response.text()
  expect(response.status).toBeGreaterThanOrEqual(400)
  expect(response.status).toBeLessThan(500)
  expect(
    validateResponse(getOperation(getApi(api), operationId), {
      status: response.status,
      headers: response.headers,
      body: text,
    }),
  ).toEqual({ valid: true })
  return { status: response.status, body: JSON.parse(text) }
}

/** Writes a request on a raw socket, for what fetch would refuse or normalize. */
function rawRequest(text: string): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const { port } = new URL(server.url)
    const socket = connect(Number(port), '127.0.0.1', () => socket.write(text))
    let data = ''
    socket.on('data', (chunk) => (data += chunk))
    socket.on('end', () =>
      resolve({ status: Number(data.split(' ')[1]), body: data.slice(data.indexOf('\r\n\r\n') + 4) }),
    )
    socket.on('error', reject)
  })
}

it('answers malformed JSON with 400', async () => {
  expect(
    await expectDeclared4xx('toggl-focus', 'createChat', '/toggl-focus/workspaces/1/chats', {
      method: 'POST',
      headers: toggl,
      body: '{"name": "a",',
    }),
  ).toMatchObject({ status: 400, body: togglError })
})

it('answers an empty body where one is required with 400', async () => {
  expect(
    await expectDeclared4xx('hapihub', 'createChatMessage', '/hapihub/chat-messages', {
      method: 'POST',
      headers: hapihub,
      body: '',
    }),
  ).toMatchObject({ status: 400, body: { issues: [{ keyword: 'required', pointer: '' }] } })
})

it('answers a wrong content type with 415', async () => {
  expect(
    await expectDeclared4xx(
      'chatwoot',
      'createMessage',
      '/chatwoot/public/api/v1/inboxes/inbox_identifier_example/contacts/contact_identifier_example/conversations/56/messages',
      { method: 'POST', headers: { 'content-type': 'application/xml' }, body: '<content>hi</content>' },
    ),
  ).toEqual({
    status: 415,
    body: { status: 415, error: 'Unsupported Media Type' },
  })
})

it('answers a body over 1 MB with 413', async () => {
  expect(
    await expectDeclared4xx('hapihub', 'createChatMessage', '/hapihub/chat-messages', {
      method: 'POST',
      headers: hapihub,
      body: JSON.stringify({ room: 'room-id', text: 'x'.repeat(1_048_577) }),
    }),
  ).toMatchObject({ status: 413, body: { title: 'Payload Too Large' } })
})

it('answers JSON nested 10,000 deep with 400', async () => {
  const deep = `{"content":${'['.repeat(10_000)}${']'.repeat(10_000)}}`
  expect(
    await expectDeclared4xx('toggl-focus', 'updateChatMessage', '/toggl-focus/workspaces/1/chats/1/messages/1', {
      method: 'PATCH',
      headers: toggl,
      body: deep,
    }),
  ).toMatchObject({ status: 400, body: { error_description: 'body nests deeper than 100 levels' } })
})

it('refuses __proto__ and constructor keys as unknown fields and leaves Object.prototype unchanged', async () => {
  const before = Object.getOwnPropertyNames(Object.prototype).sort()
  for (const key of ['__proto__', 'constructor']) {
    const body = `{"name":"x","${key}":{"polluted":true,"toString":1}}`
    expect(
      await expectDeclared4xx('toggl-focus', 'createChat', '/toggl-focus/workspaces/1/chats', {
        method: 'POST',
        headers: toggl,
        body,
      }),
    ).toMatchObject({ status: 400, body: { error_description: `body field "${key}" is not allowed` } })
  }
  expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(before)
  expect(({} as Record<string, unknown>).polluted).toBeUndefined()
})

it('stores a __proto__ key inside an open object as a plain field', async () => {
  const response = await fetch(`${server.url}/toggl-focus/workspaces/1/chats/1/messages/1`, {
    method: 'PATCH',
    headers: toggl,
    body: '{"content":{"__proto__":{"polluted":true}}}',
  })
  expect(response.status).toBe(204)
  const message = (
    await (await fetch(`${server.url}/toggl-focus/workspaces/1/chats/1/messages/stream`, { headers: toggl })).json()
  ).items[0]
  expect(message.content).toEqual(JSON.parse('{"__proto__":{"polluted":true}}'))
  expect(({} as Record<string, unknown>).polluted).toBeUndefined()
})

it('answers an integer beyond 2^53 with 400 naming the maximum the spec declares', async () => {
  expect(
    await expectDeclared4xx('toggl-focus', 'getChat', '/toggl-focus/workspaces/1/chats/9007199254740993', {
      headers: toggl,
    }),
  ).toMatchObject({
    status: 400,
    body: { error_description: 'path parameter "chat_id" must be <= 9007199254740991 (got 9007199254740993)' },
  })
})

it('answers zero and negative page sizes with 400', async () => {
  for (const size of ['0', '-1']) {
    expect(
      (
        await expectDeclared4xx('toggl-focus', 'listChats', `/toggl-focus/workspaces/1/chats?per_page=${size}`, {
          headers: toggl,
        })
      ).status,
    ).toBe(400)
  }
})

it('answers invalid UTF-8 with 400', async () => {
  const body = new Uint8Array([...new TextEncoder().encode('{"name":"'), 0xc3, 0x28, ...new TextEncoder().encode('"}')])
  expect(
    await expectDeclared4xx('toggl-focus', 'createChat', '/toggl-focus/workspaces/1/chats', {
      method: 'POST',
      headers: toggl,
      body,
    }),
  ).toMatchObject({ status: 400, body: { error_description: 'body is not valid UTF-8' } })
})

it('answers %2F and .. inside a path segment as part of the value, never as a path', async () => {
  expect(
    await expectDeclared4xx('toggl-focus', 'getChat', '/toggl-focus/workspaces/1/chats/..%2F1', { headers: toggl }),
  ).toMatchObject({ status: 400, body: { error_description: 'path parameter "chat_id" must be integer (got "../1")' } })
  expect(
    await expectDeclared4xx('hapihub', 'getChatMessage', '/hapihub/chat-messages/%2E%2E%2Fid-1', { headers: hapihub }),
  ).toMatchObject({ status: 404 })
  const raw = await rawRequest(
    `GET /hapihub/chat-messages/../chat-messages/id-1 HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer t\r\nConnection: close\r\n\r\n`,
  )
  expect(raw.status).toBe(404)
  expect(JSON.parse(raw.body)).toMatchObject({ title: 'Not Found' })
})

it('answers a 100 KB URL with 414', async () => {
  expect(
    await expectDeclared4xx(
      'toggl-focus',
      'listChats',
      `/toggl-focus/workspaces/1/chats?name=${'a'.repeat(100 * 1024)}`,
      { headers: toggl },
    ),
  ).toMatchObject({ status: 414, body: { error: 'uri_too_long' } })
})

it('answers duplicated query keys with 400', async () => {
  expect(
    await expectDeclared4xx('toggl-focus', 'listChats', '/toggl-focus/workspaces/1/chats?page=1&page=2', {
      headers: toggl,
    }),
  ).toMatchObject({
    status: 400,
    body: { error_description: 'query parameter "page" must be given once (got 2 values)' },
  })
})

it("answers CR/LF in a header value with 400 in the API's shape", async () => {
  for (const header of ['Authorization: Bearer a\rb', 'X-Note: a\nInjected']) {
    const raw = await rawRequest(
      `GET /toggl-focus/workspaces/1/chats HTTP/1.1\r\nHost: x\r\n${header}\r\nConnection: close\r\n\r\n`,
    )
    expect(raw.status).toBe(400)
    expect(JSON.parse(raw.body)).toMatchObject({
      error: 'validation',
      error_description: 'the request is malformed (an invalid header value or request line)',
    })
  }
})
