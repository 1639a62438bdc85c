import { expect, it } from 'vitest'
import { contract } from '../../src/contract/contract.js'
import '../../src/vitest.js'

const chat = {
  id: 1,
  workspace_id: 1,
  toggl_user_id: 7,
  name: 'Plans',
  message_count: 0,
  created_at: '2024-03-01T09:00:00Z',
  updated_at: '2024-03-01T09:00:00Z',
  deleted_at: null,
}

it('validates a Fetch Response and leaves its body readable', async () => {
  const response = Response.json(chat)
  expect(await contract('toggl-focus').validateResponse('getChat', response)).toEqual({ valid: true })
  expect(await response.json()).toEqual(chat)
})

it('validates a plain response object', async () => {
  expect(
    await contract('toggl-focus').validateResponse('getChat', {
      status: 200,
      headers: { 'content-type': 'application/json' },
      body: { ...chat, id: 'one' },
    }),
  ).toMatchObject({
    valid: false,
    issues: [{ pointer: '/id', keyword: 'type' }],
  })
})

it('validates a Fetch Request as a call of the operation', async () => {
  const request = new Request('https://focus.toggl.com/api/workspaces/1/chats', {
    method: 'POST',
    headers: { authorization: 'Bearer t', 'content-type': 'application/json' },
    body: '{"name":"Plans"}',
  })
  expect(await contract('toggl-focus').validateRequest('createChat', request)).toMatchObject({
    valid: true,
    body: { name: 'Plans' },
    params: { workspace_id: 1 },
  })
})

it('says when a request is a call of another operation', async () => {
  const request = new Request('https://focus.toggl.com/api/workspaces/1/chats', {
    headers: { authorization: 'Bearer t' },
  })
  expect(await contract('toggl-focus').validateRequest('createChat', request)).toMatchObject({
    valid: false,
    issues: [
      {
        keyword: 'operation',
        message: 'the request is listChats (GET /workspaces/{workspace_id}/chats), not createChat',
      },
    ],
  })
})

it('throws UNKNOWN_API for an API chatmock does not serve', () => {
  // @ts-expect-error: an unknown API is a compile error, and a run-time one for untyped callers
  expect(() => contract('slack')).toThrow(expect.objectContaining({ code: 'UNKNOWN_API' }))
})

it('passes toMatchContract for a response the operation declares', async () => {
  await expect(Response.json(chat)).toMatchContract('toggl-focus', 'getChat')
})

it('fails toMatchContract with each issue, expected and actual', async () => {
  const wrong = Response.json({ ...chat, id: '1', message_count: -1 })
  await expect(expect(wrong).toMatchContract('toggl-focus', 'getChat')).rejects.toThrow(
    [
      'expected the response to match toggl-focus getChat, but it has 2 issues:',
      '  - body field "id" must be integer (got "1")  [body /id, type]',
      '  - body field "message_count" must be >= 0 (got -1)  [body /message_count, minimum]',
    ].join('\n'),
  )
})

it('supports .not with toMatchContract', async () => {
  await expect(new Response(null, { status: 418 })).not.toMatchContract('toggl-focus', 'getChat')
  await expect(expect(Response.json(chat)).not.toMatchContract('toggl-focus', 'getChat')).rejects.toThrow(
    'expected the response not to match toggl-focus getChat, but it does',
  )
})

it('checks requests with toMatchContract too', async () => {
  await expect({
    method: 'GET',
    url: 'https://yourdomain.com/chat-messages',
    headers: { authorization: 'Bearer t' },
  }).toMatchContract('hapihub', 'findChatMessages')
  await expect(
    expect({ method: 'GET', url: 'https://yourdomain.com/chat-messages' }).toMatchContract(
      'hapihub',
      'findChatMessages',
    ),
  ).rejects.toThrow('credentials are required')
})

it('compiles each operation once and shares it', async () => {
  const { getContract, getOperation } = await import('../../src/contract/get-contract.js')
  const operation = getOperation('toggl-focus', 'listChats')
  expect(getContract('toggl-focus').compiled(operation)).toBe(getContract('toggl-focus').compiled(operation))
})
