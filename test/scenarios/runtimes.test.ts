import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import type { BuiltinApiId as ApiId } from '../../handlers/index.js'
import { runtimes, type Runtime } from '../support/runtimes.js'
import { seedRequests } from '../support/seed-requests.js'

const toggl = { authorization: 'Bearer toggl_sk_ada', 'content-type': 'application/json' }
const hapihub = { authorization: 'Bearer <your-api-token>', 'content-type': 'application/json' }
const json = { 'content-type': 'application/json' }
const conversation =
  '/public/api/v1/inboxes/inbox_identifier_example/contacts/contact_identifier_example/conversations/56/messages'

// The same scenarios against every runtime, so that they cannot drift apart.
describe.each(runtimes)('%s', (_, start) => {
  let runtime: Runtime
  beforeAll(async () => {
    runtime = await start()
  })
  afterEach(() => runtime.reset())
  afterAll(() => runtime.stop())

  async function send(api: ApiId, method: string, path: string, headers: Record<string, string> = {}, body?: string) {
    const response = await fetch(`${runtime.baseUrl(api)}${path}`, { method, headers, body })
    const text = await response.text()
    return { status: response.status, headers: response.headers, body: text === '' ? undefined : JSON.parse(text) }
  }

  it.each(seedRequests.map((request) => [`${request.api} ${request.operationId}`, request] as const))(
    "answers the docs' example of %s with its documented status",
    async (_, request) => {
      expect((await send(request.api, request.method, request.path, request.headers, request.body)).status).toBe(
        request.status,
      )
    },
  )

  it('creates, reads, soft-deletes and restores a Toggl chat', async () => {
    const created = await send('toggl-focus', 'POST', '/workspaces/1/chats', toggl, '{"name":"Launch"}')
    expect(created).toMatchObject({
      status: 201,
      body: { id: 30, name: 'Launch', toggl_user_id: 1001, deleted_at: null },
    })
    expect((await send('toggl-focus', 'DELETE', '/workspaces/1/chats/30', toggl)).status).toBe(204)
    expect((await send('toggl-focus', 'GET', '/workspaces/1/chats?name=launch', toggl)).body.data).toEqual([])
    expect((await send('toggl-focus', 'GET', '/workspaces/1/chats/30', toggl)).body.deleted_at).toEqual(
      expect.any(String),
    )
    expect((await send('toggl-focus', 'PATCH', '/workspaces/1/chats/30/restore', toggl)).status).toBe(204)
    expect((await send('toggl-focus', 'GET', '/workspaces/1/chats?name=launch', toggl)).body.data).toHaveLength(1)
  })

  it('starts every scenario from the fixtures', async () => {
    expect((await send('toggl-focus', 'GET', '/workspaces/1/chats/30', toggl)).status).toBe(404)
  })

  it("answers invalid input in the API's own shape", async () => {
    expect(await send('toggl-focus', 'GET', '/workspaces/1/chats?per_page=101', toggl)).toMatchObject({
      status: 400,
      body: { error: 'validation', error_description: 'query parameter "per_page" must be <= 100 (got 101)' },
    })
    expect(await send('hapihub', 'POST', '/chat-messages', hapihub, '{"text":"hey"}')).toMatchObject({
      status: 400,
      body: { title: 'Bad Request', issues: [{ pointer: '/room', keyword: 'required' }] },
    })
    expect(
      await send('chatwoot', 'POST', conversation, json, JSON.stringify({ content: 'x'.repeat(150_001) })),
    ).toMatchObject({ status: 422, body: { attributes: ['content'] } })
  })

  it('answers missing credentials with 401, and unsupported content types with 415', async () => {
    expect((await send('roosted', 'PATCH', '/workers/3158/chats/yJjarB5xUW', json, '{}')).status).toBe(401)
    expect(await send('chatwoot', 'POST', conversation, { 'content-type': 'text/plain' }, 'hi')).toMatchObject({
      status: 415,
      body: { status: 415, error: 'Unsupported Media Type' },
    })
  })

  it('tells an unknown path (404) from a wrong method (405 with Allow)', async () => {
    expect(await send('chatwoot', 'GET', '/public/api/v1/inboxes/x/contacts/y/conversations/1/labels')).toMatchObject({
      status: 404,
      body: { status: 404, error: 'Not Found' },
    })
    const wrongMethod = await send('hapihub', 'DELETE', '/chat-messages/id-1', hapihub)
    expect(wrongMethod.status).toBe(405)
    expect(wrongMethod.headers.get('allow')).toBe('GET, PATCH')
  })

  it("replaces a RoostedHR chat's members", async () => {
    const headers = { 'x-api-key': 'k', ...json }
    const edited = await send(
      'roosted',
      'PATCH',
      '/workers/3158/chats/yJjarB5xUW',
      headers,
      '{"members":["3158","4001"]}',
    )
    expect(edited.body.members.map((member: { id: string }) => member.id)).toEqual(['3158', '4001'])
    expect((await send('roosted', 'PATCH', '/workers/120915/chats/yJjarB5xUW', headers, '{}')).status).toBe(404)
    expect((await send('roosted', 'PATCH', '/workers/4001/chats/yJjarB5xUW', headers, '{}')).body.chat_admin).toBe('0')
  })

  it('posts a HapiHub message and marks it seen once', async () => {
    const created = await send('hapihub', 'POST', '/chat-messages', hapihub, '{"room":"room-id","text":"hey"}')
    expect(created.body).toMatchObject({ id: 'id-11', createdBy: 'some-uid', room: 'room-id', text: 'hey' })
    await send('hapihub', 'PATCH', '/chat-messages/id-11', hapihub, '{"seen":true}')
    expect((await send('hapihub', 'PATCH', '/chat-messages/id-11', hapihub, '{"seen":true}')).body.seenBy).toEqual([
      'some-uid',
    ])
  })

  it('lists a new Chatwoot message last, among the latest 20', async () => {
    await send('chatwoot', 'POST', conversation, json, '{"content":"new"}')
    const list = (await send('chatwoot', 'GET', conversation)).body
    expect(list).toHaveLength(20)
    expect(list.at(-1)).toMatchObject({ content: 'new', message_type: 0, sender: { type: 'contact' } })
  })
})
