import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { http, HttpResponse, passthrough } from 'msw'
import { setupServer } from 'msw/node'
import { afterEach, expect, it, vi } from 'vitest'
import { getApi } from '../../src/openapi/catalog.js'
import { ContractError } from '../../src/errors/contract-error.js'
import { defineHandlers } from '../../src/runtimes/msw/define-handlers.js'
import { defineResolvers } from '../../src/mock/define-resolvers.js'
import { Journal } from '../../src/mock/behaviours/journal.js'
import { json } from '../../src/mock/respond.js'
import { setupChatmock } from '../../src/runtimes/node.js'
import { createHapihubStore } from '../../handlers/hapihub/store.js'

const auth = { authorization: 'Bearer t' }
const hapihub = getApi('hapihub')
const { getChatMessage, patchChatMessage, createChatMessage, findChatRooms, createChatRoom, getChatRoom } =
  hapihub.resolvers as Required<typeof hapihub.resolvers>

// findChatMessages answers a message whose id is a number and that lacks createdAt and createdBy.
const broken = defineResolvers('hapihub', {
  findChatMessages: () => json(200, [{ id: 1 }]),
  getChatMessage,
  patchChatMessage,
  createChatMessage,
  findChatRooms,
  createChatRoom,
  getChatRoom,
})

const servers: Array<{ close(): void }> = []
afterEach(() => {
  servers.splice(0).forEach((server) => server.close())
  vi.restoreAllMocks()
})

function listen(...handlers: Parameters<typeof setupServer>) {
  const server = setupServer(...handlers)
  server.listen({ onUnhandledRequest: 'error' })
  servers.push(server)
  return server
}

it('fails the request of a wrong resolver by default: the fetch rejects naming the operation, the status and every issue', async () => {
  listen(...defineHandlers(broken, { store: createHapihubStore({ api: hapihub }) }))
  vi.spyOn(console, 'error').mockImplementation(() => {})
  const failure = await fetch('https://yourdomain.com/chat-messages', { headers: auth }).then(
    () => undefined,
    (error: unknown) => error as TypeError & { cause: ContractError },
  )
  expect(failure).toBeInstanceOf(TypeError)
  expect(failure!.message).toBe(
    '[chatmock] The 200 response of findChatMessages violates the spec:\n  - body field "[0].createdAt" is required\n  - body field "[0].createdBy" is required\n  - body field "[0].id" must be string (got 1) (chatmock failed the request: the response breaks the spec)',
  )
  expect(failure!.cause).toBeInstanceOf(ContractError)
  expect(failure!.cause.issues.map((issue) => issue.message)).toEqual([
    'body field "[0].createdAt" is required',
    'body field "[0].createdBy" is required',
    'body field "[0].id" must be string (got 1)',
  ])
  expect(failure!.cause.code).toBe('RESPONSE_INVALID')
})

it('logs one line and reports the violations in a header with the warn policy', async () => {
  const warn = vi.spyOn(console, 'warn').mockImplementation(() => {})
  listen(...defineHandlers(broken, { store: createHapihubStore({ api: hapihub }), onResponseViolation: 'warn' }))
  const response = await fetch('https://yourdomain.com/chat-messages', { headers: auth })
  expect(response.status).toBe(200)
  expect(JSON.parse(response.headers.get('x-chatmock-violations')!)).toHaveLength(3)
  expect(warn).toHaveBeenCalledTimes(1)
  expect(String(warn.mock.calls[0]![0])).not.toContain('\n')
})

it('hands the ContractError to a callback policy and journals the violations', async () => {
  const seen: ContractError[] = []
  const journal = new Journal(10)
  listen(
    ...defineHandlers(broken, {
      store: createHapihubStore({ api: hapihub }),
      journal,
      onResponseViolation: (error) => seen.push(error),
    }),
  )
  await fetch('https://yourdomain.com/chat-messages', { headers: auth })
  expect(seen.map((error) => error.operationId)).toEqual(['findChatMessages'])
  expect(journal.entries()[0]!.violations).toHaveLength(3)
})

it('lets a response that passes the contract through untouched', async () => {
  const store = createHapihubStore({ api: hapihub })
  await store.load({ rooms: [], accounts: [], messages: [{ id: 'id-1', createdAt: 1, createdBy: 'u' }] })
  listen(
    ...defineHandlers(defineResolvers('hapihub', hapihub.resolvers as Required<typeof hapihub.resolvers>), { store }),
  )
  const response = await fetch('https://yourdomain.com/chat-messages/id-1', { headers: auth })
  expect(response.status).toBe(200)
  expect(response.headers.get('x-chatmock-violations')).toBeNull()
})

it('checks per-test overrides through server.use() with the same guard', async () => {
  const chatmock = await setupChatmock({ apis: ['hapihub'], onResponseViolation: 'warn' })
  chatmock.server.listen({ onUnhandledRequest: 'error' })
  servers.push(chatmock.server)
  vi.spyOn(console, 'warn').mockImplementation(() => {})
  chatmock.server.use(http.get('https://yourdomain.com/chat-messages/:id', () => HttpResponse.json({ id: 7 })))
  await fetch('https://yourdomain.com/chat-messages/id-1', { headers: auth })
  const [entry] = chatmock.journal.entries(1)
  expect(entry).toMatchObject({ operationId: 'getChatMessage', status: 200 })
  expect(entry!.violations.map((issue) => issue.message)).toEqual([
    'body field "createdAt" is required',
    'body field "createdBy" is required',
    'body field "id" must be string (got 7)',
  ])
})

it('fails the request of an override that violates the spec under the default policy, and records the violation', async () => {
  const chatmock = await setupChatmock({ apis: ['hapihub'] })
  chatmock.server.listen({ onUnhandledRequest: 'error' })
  servers.push(chatmock.server)
  vi.spyOn(console, 'error').mockImplementation(() => {})
  chatmock.server.use(
    http.get('https://yourdomain.com/chat-messages/:id', () => new HttpResponse(null, { status: 418 })),
  )
  await expect(fetch('https://yourdomain.com/chat-messages/id-1', { headers: auth })).rejects.toThrow(
    '[chatmock] The 418 response of getChatMessage violates the spec:\n  - status 418 is not declared for getChatMessage',
  )
  expect(chatmock.violations()).toEqual([
    expect.objectContaining({
      method: 'GET',
      url: 'https://yourdomain.com/chat-messages/id-1',
      error: expect.objectContaining({ operationId: 'getChatMessage', status: 418 }),
    }),
  ])
  chatmock.clearViolations()
  expect(chatmock.violations()).toEqual([])
})

it('leaves overrides of other hosts alone', async () => {
  const chatmock = await setupChatmock({ apis: ['hapihub'] })
  chatmock.server.listen({ onUnhandledRequest: 'error' })
  servers.push(chatmock.server)
  chatmock.server.use(http.get('https://example.org/anything', () => new HttpResponse('teapot', { status: 418 })))
  expect((await fetch('https://example.org/anything')).status).toBe(418)
})

async function listenChatmock(options: Parameters<typeof setupChatmock>[0] = {}) {
  const chatmock = await setupChatmock({ apis: ['hapihub'], ...options })
  chatmock.server.listen({ onUnhandledRequest: 'error' })
  servers.push(chatmock.server)
  return chatmock
}

const message = { id: 'id-1', createdAt: 1, createdBy: 'override' }

it("counts an override's answer in the coverage, and hands its violation to a callback policy with the response as sent", async () => {
  const seen: ContractError[] = []
  const chatmock = await listenChatmock({ onResponseViolation: (error) => seen.push(error) })
  chatmock.server.use(http.get('https://yourdomain.com/chat-messages/:id', () => HttpResponse.json({ id: 7 })))
  const response = await fetch('https://yourdomain.com/chat-messages/id-1', { headers: auth })
  expect([response.status, await response.json()]).toEqual([200, { id: 7 }])
  expect(seen.map((error) => [error.operationId, error.status])).toEqual([['getChatMessage', 200]])
  const operation = chatmock.admin
    .coverage()
    .apis[0]!.operations.find((entry) => entry.operationId === 'getChatMessage')
  expect(operation!.statuses.find((entry) => entry.status === '200')!.count).toBe(1)
  expect(chatmock.violations()).toEqual([])
})

it('answers a once override once, then the fixture, and again after restoreHandlers()', async () => {
  const chatmock = await listenChatmock()
  chatmock.server.use(
    http.get('https://yourdomain.com/chat-messages/:id', () => HttpResponse.json(message), { once: true }),
  )
  const read = async () =>
    (await (await fetch('https://yourdomain.com/chat-messages/id-1', { headers: auth })).json()).createdBy
  expect(await read()).toBe('override')
  expect(await read()).toBe('some-uid')
  chatmock.server.restoreHandlers()
  expect(await read()).toBe('override')
  expect(await read()).toBe('some-uid')
})

it('passes the params of the request to the override, and falls through when it returns nothing', async () => {
  const chatmock = await listenChatmock()
  const seen: unknown[] = []
  chatmock.server.use(http.get('https://yourdomain.com/chat-messages/:id', ({ params }) => void seen.push(params.id)))
  const response = await fetch('https://yourdomain.com/chat-messages/id-1', { headers: auth })
  expect(seen).toEqual(['id-1'])
  expect((await response.json()).createdBy).toBe('some-uid')
})

it('removes overrides on resetHandlers(), so the fixture answers again', async () => {
  const chatmock = await listenChatmock()
  chatmock.server.use(http.get('https://yourdomain.com/chat-messages/:id', () => HttpResponse.json({ id: 7 })))
  chatmock.server.resetHandlers()
  const response = await fetch('https://yourdomain.com/chat-messages/id-1', { headers: auth })
  expect((await response.json()).createdBy).toBe('some-uid')
  expect(chatmock.violations()).toEqual([])
})

it('guards the handlers given to resetHandlers(...) as it guards overrides', async () => {
  const chatmock = await listenChatmock()
  vi.spyOn(console, 'error').mockImplementation(() => {})
  chatmock.server.resetHandlers(
    http.get('https://yourdomain.com/chat-messages/:id', () => HttpResponse.json({ id: 7 })),
  )
  await expect(fetch('https://yourdomain.com/chat-messages/id-1', { headers: auth })).rejects.toThrow(
    'The 200 response of getChatMessage violates the spec',
  )
  expect(chatmock.violations()).toHaveLength(1)
})

it("lets an override's HttpResponse.error() fail the request as a network error, not as a violation", async () => {
  const chatmock = await listenChatmock()
  chatmock.server.use(http.get('https://yourdomain.com/chat-messages/:id', () => HttpResponse.error()))
  const failure = await fetch('https://yourdomain.com/chat-messages/id-1', { headers: auth }).then(
    () => undefined,
    (error: Error) => error,
  )
  expect(failure).toBeInstanceOf(TypeError)
  expect(failure!.message).not.toContain('chatmock')
  expect(chatmock.violations()).toEqual([])
  expect(chatmock.journal.entries()).toEqual([])
})

it("lets an override's passthrough() reach the real server unchecked", async () => {
  const real = createServer((_, response) => response.writeHead(418).end('teapot'))
  await new Promise<void>((resolve) => real.listen(0, '127.0.0.1', resolve))
  servers.push(real)
  const base = `http://127.0.0.1:${(real.address() as AddressInfo).port}`
  const chatmock = await listenChatmock({ baseUrls: { hapihub: [base] } })
  chatmock.server.use(http.get(`${base}/chat-messages/:id`, () => passthrough()))
  const response = await fetch(`${base}/chat-messages/id-1`, { headers: auth })
  expect([response.status, await response.text()]).toEqual([418, 'teapot'])
  expect(chatmock.violations()).toEqual([])
  expect(chatmock.journal.entries()).toEqual([])
})

it('checks an event-stream override by its status and headers, without waiting for a stream that never ends', async () => {
  const chatmock = await setupChatmock({ apis: ['toggl-focus'] })
  chatmock.server.listen({ onUnhandledRequest: 'error' })
  servers.push(chatmock.server)
  vi.spyOn(console, 'error').mockImplementation(() => {})
  const url = 'https://focus.toggl.com/api/workspaces/1/chats/1/messages/stream'
  const endless = (status: number) => () =>
    new HttpResponse(
      new ReadableStream({ start: (controller) => controller.enqueue(new TextEncoder().encode(': open\n\n')) }),
      { status, headers: { 'content-type': 'text/event-stream' } },
    )
  chatmock.server.use(http.get(url, endless(200), { once: true }), http.get(url, endless(418), { once: true }))
  const response = await fetch(url, { headers: { authorization: 'Bearer toggl_sk_ada', accept: 'text/event-stream' } })
  expect(response.status).toBe(200)
  const reader = response.body!.getReader()
  expect(new TextDecoder().decode((await reader.read()).value)).toBe(': open\n\n')
  // Not awaited: msw keeps a copy of the stream for its life-cycle events, which nobody cancels.
  void reader.cancel()
  await expect(
    fetch(url, { headers: { authorization: 'Bearer toggl_sk_ada', accept: 'text/event-stream' } }),
  ).rejects.toThrow('status 418 is not declared for streamChatMessages')
})
