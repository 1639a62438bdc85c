import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import type { BuiltinApiId as ApiId } from '../../handlers/index.js'
import { runtimes, type Runtime } from '../support/runtimes.js'

const toggl = { authorization: 'Bearer toggl_sk_ada' }
const hapihub = { authorization: 'Bearer t' }
const roosted = { 'x-api-key': 'key' }
/** RoostedHR's documented chat: its listChatMessages shares Toggl's operation id. */
const ROOSTED_CHAT = '/workers/3158/chats/Xk2mPq7RtA'

// Response steering, latency and faults behave the same in every runtime.
describe.each(runtimes)('%s', (_, start) => {
  let runtime: Runtime
  beforeAll(async () => {
    runtime = await start()
  })
  afterEach(async () => {
    runtime.admin.updateSettings({})
    await runtime.reset()
  })
  afterAll(() => runtime.stop())

  const send = async (api: ApiId, path: string, headers: Record<string, string> = {}, init: RequestInit = {}) => {
    const response = await fetch(`${runtime.baseUrl(api)}${path}`, { ...init, headers })
    const text = await response.text()
    return { status: response.status, body: text === '' ? undefined : JSON.parse(text) }
  }

  const timed = async (api: ApiId, path: string, headers: Record<string, string>) => {
    const started = performance.now()
    const result = await send(api, path, headers)
    return { ...result, ms: performance.now() - started }
  }

  it("answers Prefer: code=404 with the spec's declared 404", async () => {
    expect(await send('toggl-focus', '/workspaces/1/chats/1', { ...toggl, prefer: 'code=404' })).toEqual({
      status: 404,
      body: {
        error: 'not_found',
        error_description: 'chat does not exist',
        trace_id: '7f3a9c0e5b2d4a1c8e6f0b9d3a5c7e12',
      },
    })
  })

  it('answers Prefer: example=<name> with that example and its status', async () => {
    const { status, body } = await send('toggl-focus', '/workspaces/1/chats/1', { ...toggl, prefer: 'example=deleted' })
    expect(status).toBe(200)
    expect(body).toMatchObject({ id: 3, name: 'Old ideas', deleted_at: '2024-03-01T13:00:00.000Z' })
  })

  it('takes code and example together, and an empty list', async () => {
    expect(await send('toggl-focus', '/workspaces/1/chats', { ...toggl, prefer: 'code=200, example=empty' })).toEqual({
      status: 200,
      body: { data: [], page: 1, per_page: 20 },
    })
  })

  it('answers an undeclared code with 400 listing the declared ones', async () => {
    expect(await send('toggl-focus', '/workspaces/1/chats/1', { ...toggl, prefer: 'code=418' })).toMatchObject({
      status: 400,
      body: {
        error_description: 'Prefer: code=418 is not declared for getChat; declared: 200, 400, 401, 402, 404, 414, 500',
      },
    })
  })

  it('answers an unknown example with 400 listing the declared ones', async () => {
    const { status, body } = await send('hapihub', '/chat-messages/id-1', { ...hapihub, prefer: 'example=nope' })
    expect(status).toBe(400)
    expect(body.detail).toMatch(/^Prefer: example=nope is not an example of getChatMessage; declared: docs-example, /)
  })

  it("answers a wrong Prefer with the API's invalid-input status where 400 is not its own (Chatwoot: 422)", async () => {
    const path =
      '/public/api/v1/inboxes/inbox_identifier_example/contacts/contact_identifier_example/conversations/56/messages'
    expect(await send('chatwoot', path, { prefer: 'code=503' })).toMatchObject({
      status: 422,
      body: { message: 'Prefer: code=503 is not declared for listMessages; declared: 200, 404, 414, 422, 500' },
    })
    expect(await send('chatwoot', path, { prefer: 'code=404' })).toEqual({
      status: 404,
      body: { status: 404, error: 'Not Found' },
    })
  })

  it('still checks credentials before steering', async () => {
    expect((await send('toggl-focus', '/workspaces/1/chats/1', { prefer: 'code=200' })).status).toBe(401)
  })

  it('delays every answer by a fixed latency', async () => {
    runtime.admin.updateSettings({ latency: 150 })
    const { status, ms } = await timed('toggl-focus', '/workspaces/1/chats/1', toggl)
    expect(status).toBe(200)
    expect(ms).toBeGreaterThanOrEqual(150)
  })

  it('delays by a random latency within a range', async () => {
    runtime.admin.updateSettings({ latency: [120, 180] })
    const { ms } = await timed('hapihub', '/chat-messages/id-1', hapihub)
    expect(ms).toBeGreaterThanOrEqual(120)
  })

  it('delays one operation only', async () => {
    runtime.admin.updateSettings({ operations: { getChat: { latency: 200 } } })
    expect((await timed('toggl-focus', '/workspaces/1/chats/1', toggl)).ms).toBeGreaterThanOrEqual(200)
    expect((await timed('toggl-focus', '/workspaces/1/chats', toggl)).ms).toBeLessThan(200)
  })

  it('answers with the declared 5xx at an error rate of 1', async () => {
    runtime.admin.updateSettings({ errorRate: 1 })
    expect(await send('toggl-focus', '/workspaces/1/chats/1', toggl)).toMatchObject({
      status: 500,
      body: { error: 'internal' },
    })
    expect(
      await send(
        'chatwoot',
        '/public/api/v1/inboxes/inbox_identifier_example/contacts/contact_identifier_example/conversations/56/messages',
      ),
    ).toEqual({ status: 500, body: { status: 500, error: 'Internal Server Error' } })
  })

  it('fails with a network error at a network error rate of 1', async () => {
    runtime.admin.updateSettings({ networkErrorRate: 1 })
    await expect(fetch(`${runtime.baseUrl('hapihub')}/chat-messages`, { headers: hapihub })).rejects.toThrow(TypeError)
  })

  it('answers an oversized request 414 at once: never delayed, never faulted', async () => {
    // Every other request waits 5 s, then half fail as a network error and half answer 500.
    runtime.admin.updateSettings({ latency: 5000, errorRate: 0.5, networkErrorRate: 0.5 })
    const { status, body, ms } = await timed('toggl-focus', `/workspaces/1/chats?name=${'a'.repeat(9000)}`, toggl)
    expect({ status, body }).toMatchObject({ status: 414, body: { error: 'uri_too_long' } })
    expect(ms).toBeLessThan(5000)
  })

  it('faults one operation only, and serves again once switched off', async () => {
    runtime.admin.updateSettings({ operations: { createChatMessage: { errorRate: 1 } } })
    expect((await send('hapihub', '/chat-messages', hapihub)).status).toBe(200)
    expect(
      (
        await send(
          'hapihub',
          '/chat-messages',
          { ...hapihub, 'content-type': 'application/json' },
          { method: 'POST', body: '{"room":"room-id"}' },
        )
      ).status,
    ).toBe(500)
    runtime.admin.updateSettings({})
    expect(
      (
        await send(
          'hapihub',
          '/chat-messages',
          { ...hapihub, 'content-type': 'application/json' },
          { method: 'POST', body: '{"room":"room-id"}' },
        )
      ).status,
    ).toBe(200)
  })

  it("fails Toggl's listChatMessages and not RoostedHR's operation of the same name", async () => {
    runtime.admin.updateSettings({ apis: { 'toggl-focus': { operations: { listChatMessages: { errorRate: 1 } } } } })
    expect((await send('toggl-focus', '/workspaces/1/chats/1/messages', toggl)).status).toBe(500)
    expect((await send('roosted', `${ROOSTED_CHAT}/messages`, roosted)).status).toBe(200)
    expect((await send('toggl-focus', '/workspaces/1/chats/1', toggl)).status).toBe(200)
  })

  it('journals and counts an API-scoped fault under its own API', async () => {
    runtime.admin.clearJournal()
    runtime.admin.clearCoverage()
    runtime.admin.updateSettings({ apis: { roosted: { operations: { listChatMessages: { errorRate: 1 } } } } })
    await send('toggl-focus', '/workspaces/1/chats/1/messages', toggl)
    await send('roosted', `${ROOSTED_CHAT}/messages`, roosted)
    expect(runtime.admin.journal().entries.map((entry) => [entry.api, entry.operationId, entry.status])).toEqual([
      ['toggl-focus', 'listChatMessages', 200],
      ['roosted', 'listChatMessages', 500],
    ])
    const counts = (api: ApiId) =>
      runtime.admin
        .coverage([api])
        .apis[0]!.operations.find((operation) => operation.operationId === 'listChatMessages')!
        .statuses.filter((status) => status.count > 0)
    expect(counts('toggl-focus')).toEqual([{ status: '200', count: 1 }])
    expect(counts('roosted')).toEqual([{ status: '500', count: 1 }])
  })

  it("takes a fault from the API's operation, then the bare operation, then the API, then the defaults", async () => {
    runtime.admin.updateSettings({
      errorRate: 1,
      operations: { getChat: { errorRate: 1 }, listChats: { errorRate: 1 } },
      apis: { 'toggl-focus': { errorRate: 0, operations: { getChat: { errorRate: 0 } } } },
    })
    expect((await send('toggl-focus', '/workspaces/1/chats/1', toggl)).status).toBe(200)
    expect((await send('toggl-focus', '/workspaces/1/chats', toggl)).status).toBe(500)
    expect((await send('toggl-focus', '/workspaces/1/chats/1/messages', toggl)).status).toBe(200)
    expect((await send('roosted', `${ROOSTED_CHAT}/messages`, roosted)).status).toBe(500)
    expect((await send('hapihub', '/chat-messages/id-1', hapihub)).status).toBe(500)
  })

  it('refuses a bare operation id that two served APIs have, naming both candidates', () => {
    expect(() => runtime.admin.updateSettings({ operations: { listChatMessages: { errorRate: 1 } } })).toThrow(
      expect.objectContaining({
        name: 'SpecError',
        code: 'AMBIGUOUS_OPERATION',
        message:
          '[chatmock] settings.operations names "listChatMessages", which more than one served API has (toggl-focus, roosted); name one: apis.toggl-focus.operations.listChatMessages, apis.roosted.operations.listChatMessages.',
      }),
    )
    expect(runtime.admin.settings()).toEqual({})
  })

  it('refuses an operation under an API that does not have it, naming the API that does', () => {
    expect(() =>
      runtime.admin.updateSettings({ apis: { roosted: { operations: { getChat: { errorRate: 1 } } } } }),
    ).toThrow(
      expect.objectContaining({
        code: 'UNKNOWN_OPERATION',
        message: expect.stringContaining(
          'settings.apis.roosted.operations names "getChat", which roosted does not have (toggl-focus does); the operations of roosted are ',
        ),
      }),
    )
  })

  it('refuses invalid settings with a message naming the value', () => {
    expect(() => runtime.admin.updateSettings({ errorRate: 2 })).toThrow(
      'settings.errorRate must be a number from 0 to 1, got 2',
    )
    expect(() => runtime.admin.updateSettings({ latency: [300, 100] })).toThrow(/settings.latency must be/)
  })
})
