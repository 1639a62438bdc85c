import { describe, expect, it } from 'vitest'
import { call, useChatmock } from '../support/start-chatmock.js'

const base = 'https://focus.toggl.com/api/workspaces'
const ada = { authorization: `Basic ${btoa('ada@example.com:secret')}` }
const grace = { authorization: 'Bearer toggl_sk_grace' }
const json = { 'content-type': 'application/json' }
const chatmock = useChatmock()

function errorBody(error: string, description: string | RegExp) {
  return {
    error,
    error_description: typeof description === 'string' ? description : expect.stringMatching(description),
    trace_id: expect.stringMatching(/^[0-9a-f]{32}$/),
  }
}

describe('auth', () => {
  it('returns 401 in the Toggl error shape without credentials', async () => {
    expect(await call(`${base}/1/chats`)).toMatchObject({
      status: 401,
      body: errorBody('unauthorized', /^credentials are required/),
    })
  })

  it('returns 401 for a malformed Basic credential', async () => {
    expect((await call(`${base}/1/chats`, { headers: { authorization: 'Basic not-base64!' } })).status).toBe(401)
  })

  it('accepts Basic and Bearer credentials', async () => {
    expect((await call(`${base}/1/chats`, { headers: ada })).status).toBe(200)
    expect((await call(`${base}/1/chats`, { headers: grace })).status).toBe(200)
  })
})

describe('listChats', () => {
  it('returns the first page of 20 live chats in id order', async () => {
    const { status, body } = await call(`${base}/1/chats`, { headers: ada })
    expect(status).toBe(200)
    expect(body.page).toBe(1)
    expect(body.per_page).toBe(20)
    expect(body.data.map((chat: { id: number }) => chat.id)).toEqual([
      1,
      2,
      ...Array.from({ length: 18 }, (_, i) => i + 4),
    ])
  })

  it('leaves deleted chats out', async () => {
    const { body } = await call(`${base}/1/chats?per_page=100`, { headers: ada })
    expect(body.data).toHaveLength(23)
    expect(body.data.every((chat: { deleted_at: unknown }) => chat.deleted_at === null)).toBe(true)
  })

  it('returns the next page', async () => {
    const { body } = await call(`${base}/1/chats?page=2`, { headers: ada })
    expect(body.data.map((chat: { id: number }) => chat.id)).toEqual([22, 23, 24])
  })

  it('returns 400 when per_page is 101', async () => {
    expect(await call(`${base}/1/chats?per_page=101`, { headers: ada })).toMatchObject({
      status: 400,
      body: errorBody('validation', 'query parameter "per_page" must be <= 100 (got 101)'),
    })
  })

  it('returns 400 when per_page is 0 or negative', async () => {
    expect((await call(`${base}/1/chats?per_page=0`, { headers: ada })).status).toBe(400)
    expect((await call(`${base}/1/chats?per_page=-5`, { headers: ada })).status).toBe(400)
  })

  it('filters by a case-insensitive substring of the name', async () => {
    const { body } = await call(`${base}/1/chats?name=PLANNING`, { headers: ada })
    expect(body.data.map((chat: { name: string }) => chat.name)).toEqual(['Quarterly planning'])
  })

  it('orders by one field descending', async () => {
    const { body } = await call(`${base}/1/chats?order_by=-id&per_page=3`, { headers: ada })
    expect(body.data.map((chat: { id: number }) => chat.id)).toEqual([24, 23, 22])
  })

  it('orders by several fields, repeated or comma-separated', async () => {
    const repeated = await call(`${base}/1/chats?order_by=-message_count&order_by=name&per_page=100`, { headers: ada })
    const commas = await call(`${base}/1/chats?order_by=-message_count,name&per_page=100`, { headers: ada })
    expect(commas.body.data).toEqual(repeated.body.data)
    const pairs = repeated.body.data.map((chat: { message_count: number; name: string }) => [
      chat.message_count,
      chat.name,
    ])
    const sorted = [...pairs].sort((a, b) => b[0] - a[0] || String(a[1]).localeCompare(String(b[1])))
    expect(pairs).toEqual(sorted)
  })

  it('returns 400 for an unknown order_by field', async () => {
    expect(await call(`${base}/1/chats?order_by=colour`, { headers: ada })).toMatchObject({
      status: 400,
      body: errorBody('validation', /^query parameter "order_by\[0\]" must be one of/),
    })
  })

  it('keeps workspaces apart', async () => {
    const { body } = await call(`${base}/2/chats`, { headers: ada })
    expect(body.data).toHaveLength(4) // five chats, one of them deleted
    expect(body.data.every((chat: { workspace_id: number }) => chat.workspace_id === 2)).toBe(true)
    expect((await call(`${base}/3/chats`, { headers: ada })).body.data).toEqual([])
  })
})

describe('createChat', () => {
  it('returns 201 with the created chat, owned by the user of the credential', async () => {
    const { status, body } = await call(`${base}/1/chats`, {
      method: 'POST',
      headers: { ...ada, ...json },
      body: '{"name":"Launch"}',
    })
    expect(status).toBe(201)
    expect(body).toEqual({
      id: 30,
      workspace_id: 1,
      toggl_user_id: 1001,
      name: 'Launch',
      message_count: 0,
      created_at: expect.any(String),
      updated_at: body.created_at,
      deleted_at: null,
    })
    expect((await call(`${base}/1/chats/30`, { headers: ada })).body).toEqual(body)
  })

  it('maps a Bearer token to its user', async () => {
    const { body } = await call(`${base}/2/chats`, {
      method: 'POST',
      headers: { ...grace, ...json },
      body: '{"name":"Launch"}',
    })
    expect(body.toggl_user_id).toBe(1002)
  })

  it('maps an unknown email to the same derived user every time', async () => {
    const headers = { authorization: `Basic ${btoa('new@example.com:pw')}`, ...json }
    const first = await call(`${base}/1/chats`, { method: 'POST', headers, body: '{"name":"a"}' })
    const second = await call(`${base}/1/chats`, { method: 'POST', headers, body: '{"name":"b"}' })
    expect(first.body.toggl_user_id).toBe(second.body.toggl_user_id)
    expect(first.body.toggl_user_id).toBeGreaterThanOrEqual(100_000)
  })

  it('returns 400 without a name', async () => {
    expect(await call(`${base}/1/chats`, { method: 'POST', headers: { ...ada, ...json }, body: '{}' })).toMatchObject({
      status: 400,
      body: errorBody('validation', 'body field "name" is required'),
    })
  })

  it('returns 415 for a form-encoded body', async () => {
    expect(
      await call(`${base}/1/chats`, {
        method: 'POST',
        headers: { ...ada, 'content-type': 'application/x-www-form-urlencoded' },
        body: 'name=a',
      }),
    ).toMatchObject({ status: 415, body: errorBody('unsupported_media_type', /application\/json/) })
  })

  it('returns 400 for malformed JSON, and keeps serving', async () => {
    expect(
      (await call(`${base}/1/chats`, { method: 'POST', headers: { ...ada, ...json }, body: '{"name":' })).status,
    ).toBe(400)
    expect((await call(`${base}/1/chats`, { headers: ada })).status).toBe(200)
  })
})

describe('getChat', () => {
  it('returns the chat', async () => {
    const { status, body } = await call(`${base}/1/chats/1`, { headers: ada })
    expect(status).toBe(200)
    expect(body).toMatchObject({
      id: 1,
      workspace_id: 1,
      name: 'Quarterly planning',
      message_count: 6,
      deleted_at: null,
    })
  })

  it('returns a deleted chat with deleted_at set', async () => {
    expect((await call(`${base}/1/chats/3`, { headers: ada })).body).toMatchObject({
      id: 3,
      deleted_at: expect.any(String),
    })
  })

  it('returns 404 for an unknown chat, and for a chat of another workspace', async () => {
    expect(await call(`${base}/1/chats/999`, { headers: ada })).toMatchObject({
      status: 404,
      body: errorBody('not_found', 'chat does not exist'),
    })
    expect((await call(`${base}/2/chats/1`, { headers: ada })).status).toBe(404)
  })

  it('returns 400 for a chat id that is not an integer', async () => {
    expect(await call(`${base}/1/chats/abc`, { headers: ada })).toMatchObject({
      status: 400,
      body: errorBody('validation', 'path parameter "chat_id" must be integer (got "abc")'),
    })
  })
})

describe('updateChat', () => {
  it('renames the chat and bumps updated_at', async () => {
    const before = (await call(`${base}/1/chats/2`, { headers: ada })).body
    expect(
      (await call(`${base}/1/chats/2`, { method: 'PUT', headers: { ...ada, ...json }, body: '{"name":"Renamed"}' }))
        .status,
    ).toBe(204)
    const after = (await call(`${base}/1/chats/2`, { headers: ada })).body
    expect(after).toEqual({ ...before, name: 'Renamed', updated_at: expect.any(String) })
    expect(Date.parse(after.updated_at)).toBeGreaterThan(Date.parse(before.updated_at))
  })

  it("accepts the docs' sample, which sends no credentials", async () => {
    expect((await call(`${base}/1/chats/2`, { method: 'PUT', headers: json, body: '{"name":"string"}' })).status).toBe(
      204,
    )
  })

  it('returns 404 for a deleted chat', async () => {
    expect(
      (await call(`${base}/1/chats/3`, { method: 'PUT', headers: { ...ada, ...json }, body: '{"name":"x"}' })).status,
    ).toBe(404)
  })

  it('returns 404 for an unknown chat', async () => {
    expect(
      (await call(`${base}/1/chats/999`, { method: 'PUT', headers: { ...ada, ...json }, body: '{"name":"x"}' })).status,
    ).toBe(404)
  })
})

describe('deleteChat and restoreChat', () => {
  it('soft-deletes: the chat leaves the list but is still returned by id', async () => {
    expect((await call(`${base}/1/chats/1`, { method: 'DELETE', headers: ada })).status).toBe(204)
    const list = await call(`${base}/1/chats?per_page=100`, { headers: ada })
    expect(list.body.data.map((chat: { id: number }) => chat.id)).not.toContain(1)
    expect((await call(`${base}/1/chats/1`, { headers: ada })).body.deleted_at).toEqual(expect.any(String))
  })

  it('returns 404 when deleting a deleted or unknown chat', async () => {
    expect((await call(`${base}/1/chats/3`, { method: 'DELETE', headers: ada })).status).toBe(404)
    expect((await call(`${base}/1/chats/999`, { method: 'DELETE', headers: ada })).status).toBe(404)
  })

  it('restores a deleted chat: deleted_at cleared, back in the list', async () => {
    expect((await call(`${base}/1/chats/3/restore`, { method: 'PATCH', headers: ada })).status).toBe(204)
    expect((await call(`${base}/1/chats/3`, { headers: ada })).body.deleted_at).toBeNull()
    expect((await call(`${base}/1/chats?name=old ideas`, { headers: ada })).body.data).toHaveLength(1)
  })

  it('restores idempotently a chat that is not deleted', async () => {
    const before = (await call(`${base}/1/chats/2`, { headers: ada })).body
    expect((await call(`${base}/1/chats/2/restore`, { method: 'PATCH', headers: ada })).status).toBe(204)
    expect((await call(`${base}/1/chats/2`, { headers: ada })).body).toEqual(before)
  })

  it('returns 404 when restoring an unknown chat', async () => {
    expect((await call(`${base}/1/chats/999/restore`, { method: 'PATCH', headers: ada })).status).toBe(404)
  })
})

describe('messages', () => {
  it('keeps message_count equal to the number of messages of every chat', async () => {
    const chats = (await call(`${base}/1/chats?per_page=100`, { headers: ada })).body.data
    for (const chat of chats) {
      const { body } = await call(`${base}/1/chats/${chat.id}/messages/stream`, { headers: ada })
      expect(body.items, `chat ${chat.id}`).toHaveLength(chat.message_count)
    }
  })

  it("lists a chat's messages a page at a time", async () => {
    const { status, body } = await call(`${base}/1/chats/1/messages?per_page=4&page=2`, { headers: ada })
    expect(status).toBe(200)
    expect(body).toMatchObject({ page: 2, per_page: 4 })
    expect(body.data.map((message: { id: number }) => message.id)).toEqual([5, 6])
  })

  it('orders messages by order_by', async () => {
    const { body } = await call(`${base}/1/chats/1/messages?order_by=-created_at`, { headers: ada })
    expect(body.data.map((message: { id: number }) => message.id)).toEqual([6, 5, 4, 3, 2, 1])
  })

  it('returns 404 for the messages of an unknown chat', async () => {
    expect((await call(`${base}/1/chats/999/messages`, { headers: ada })).status).toBe(404)
    expect((await call(`${base}/2/chats/1/messages/stream`, { headers: ada })).status).toBe(404)
  })

  it('streams every message of the chat as { items }, honouring order_by', async () => {
    const { status, body } = await call(`${base}/1/chats/1/messages/stream?order_by=-id`, { headers: ada })
    expect(status).toBe(200)
    expect(Object.keys(body)).toEqual(['items'])
    expect(body.items.map((message: { id: number }) => message.id)).toEqual([6, 5, 4, 3, 2, 1])
  })

  it('patches the given fields of a message, leaves the others, and bumps updated_at', async () => {
    const before = (await call(`${base}/1/chats/1/messages/stream`, { headers: ada })).body.items[1]
    const response = await call(`${base}/1/chats/1/messages/${before.id}`, {
      method: 'PATCH',
      headers: { ...ada, ...json },
      body: '{"feedback_type":"positive","feedback_message":"great"}',
    })
    expect(response.status).toBe(204)
    const after = (await call(`${base}/1/chats/1/messages/stream`, { headers: ada })).body.items[1]
    expect(after).toEqual({
      ...before,
      feedback_type: 'positive',
      feedback_message: 'great',
      updated_at: expect.any(String),
    })
    expect(after.updated_at).not.toBe(before.updated_at)
  })

  it('returns 404 for an unknown message, or a message of another chat', async () => {
    expect(
      await call(`${base}/1/chats/1/messages/999`, { method: 'PATCH', headers: { ...ada, ...json }, body: '{}' }),
    ).toMatchObject({ status: 404, body: errorBody('not_found', 'chat message does not exist') })
    expect(
      (await call(`${base}/1/chats/2/messages/1`, { method: 'PATCH', headers: { ...ada, ...json }, body: '{}' }))
        .status,
    ).toBe(404)
  })

  it('returns 400 when the content is not an object', async () => {
    expect(
      await call(`${base}/1/chats/1/messages/1`, {
        method: 'PATCH',
        headers: { ...ada, ...json },
        body: '{"content":"hi"}',
      }),
    ).toMatchObject({ status: 400, body: errorBody('validation', 'body field "content" must be object (got "hi")') })
  })
})

describe('routing', () => {
  it('returns 405 with Allow for a known path and a wrong method', async () => {
    const { status, headers } = await call(`${base}/1/chats`, { method: 'DELETE', headers: ada })
    expect(status).toBe(405)
    expect(headers.get('allow')).toBe('GET, POST')
  })

  it('returns 404 in the Toggl shape for an unknown path under the API', async () => {
    expect(await call('https://focus.toggl.com/api/tasks', { headers: ada })).toMatchObject({
      status: 404,
      body: errorBody('not_found', /no operation of toggl-focus matches GET \/tasks/),
    })
  })

  it('journals every exchange', async () => {
    chatmock.current.journal.clear()
    await call(`${base}/1/chats/1`, { headers: ada })
    expect(chatmock.current.journal.entries()).toEqual([
      expect.objectContaining({
        api: 'toggl-focus',
        operationId: 'getChat',
        method: 'GET',
        path: '/workspaces/1/chats/1',
        status: 200,
        violations: [],
      }),
    ])
  })
})
