import { expect, it } from 'vitest'
import { seedRequests } from '../support/seed-requests.js'
import { call, useChatmock } from '../support/start-chatmock.js'

// RoostedHR worker chats (reference/behaviour.md, "RoostedHR worker chats"), through msw and fetch.
const chatmock = useChatmock()

const base = 'https://api.roostedhr.com/api/1_12'
const apiKey = { 'x-api-key': 'test-key' }
const json = { 'content-type': 'application/json' }

const chris = { id: '3158', name_first: 'Chris', name_last: 'Davis', selected_picture_location: 'example/1' }
const aaron = { id: '120915', name_first: 'Aaron', name_last: 'Labrado', selected_picture_location: 'example/2' }

/** The docs' response example, as the spec records it (chat yJjarB5xUW seen by worker 3158). */
const docsResponse = {
  id: 'yJjarB5xUW',
  name: 'Project Alpha Team',
  chat_admin: '1',
  silenced: '0',
  on_chat: '1',
  locked: '0',
  date_created: '2024-01-05T20:13:00.000Z',
  most_recent_message_id: null,
  last_message_timestamp: null,
  message: null,
  name_first: null,
  selected_picture_location: null,
  chats_order: '2024-01-05T20:13:00.000Z',
  unread_count: '0',
  members: [chris, aaron],
}

function editChat(worker: string, chat: string, body: unknown, headers: Record<string, string> = apiKey) {
  return call(`${base}/workers/${worker}/chats/${chat}`, {
    method: 'PATCH',
    headers: { ...json, ...headers },
    body: JSON.stringify(body),
  })
}

/** The chat as a worker sees it: an edit that changes nothing (the API has no read operation). */
function viewChat(worker: string, chat = 'yJjarB5xUW') {
  return editChat(worker, chat, {})
}

function problem(status: number, title: string) {
  return { type: 'about:blank', title, status, detail: expect.any(String) }
}

function expectProblem(response: { status: number; headers: Headers; body: any }, status: number, title: string) {
  expect(response.status).toBe(status)
  expect(response.headers.get('content-type')).toBe('application/problem+json')
  expect(response.body).toMatchObject(problem(status, title))
}

function worker(id: string) {
  const found = chatmock.current.fixtures.roosted.workers.find((candidate) => candidate.id === id)
  if (!found) throw new Error(`no fixture worker ${id}`)
  return found
}

// The docs' own example.

it("answers the docs' PATCH example with the docs' response", async () => {
  const seed = seedRequests.find((request) => request.api === 'roosted' && request.operationId === 'editWorkerChat')!
  const response = await call(`${base}${seed.path}`, { method: seed.method, headers: seed.headers, body: seed.body })
  expect(response.status).toBe(seed.status)
  expect(response.headers.get('content-type')).toBe('application/json')
  expect(response.body).toEqual(docsResponse)
})

// Auth.

it('accepts an X-API-KEY header', async () => {
  const response = await viewChat('3158')
  expect(response.status).toBe(200)
  expect(response.body).toEqual(docsResponse)
})

it('accepts an Authorization Bearer token', async () => {
  const response = await editChat('3158', 'yJjarB5xUW', {}, { authorization: 'Bearer some-token' })
  expect(response.status).toBe(200)
  expect(response.body).toEqual(docsResponse)
})

it('returns 401 without credentials', async () => {
  const response = await editChat('3158', 'yJjarB5xUW', { name: 'Renamed' }, {})
  expectProblem(response, 401, 'Unauthorized')
  expect(response.body.issues).toEqual([expect.objectContaining({ location: 'security', pointer: '' })])
  expect(response.body.detail).toMatch(/X-API-KEY/)
  expect(response.body.detail).toMatch(/Bearer/)
  expect((await viewChat('3158')).body.name).toBe('Project Alpha Team')
})

it('returns 401 for an empty X-API-KEY header', async () => {
  expectProblem(await editChat('3158', 'yJjarB5xUW', {}, { 'x-api-key': '' }), 401, 'Unauthorized')
})

it('returns 401 for an Authorization header that is not a bearer token', async () => {
  expectProblem(
    await editChat('3158', 'yJjarB5xUW', {}, { authorization: `Basic ${btoa('user:password')}` }),
    401,
    'Unauthorized',
  )
})

// Point of view.

it('shows the chat to its admin with chat_admin "1"', async () => {
  const response = await viewChat('3158')
  expect(response.status).toBe(200)
  expect(response.body).toMatchObject({
    id: 'yJjarB5xUW',
    chat_admin: '1',
    silenced: '0',
    on_chat: '1',
    unread_count: '0',
  })
})

it('shows the same chat to another member with chat_admin "0"', async () => {
  const response = await viewChat('120915')
  expect(response.status).toBe(200)
  expect(response.body).toEqual({ ...docsResponse, chat_admin: '0' })
})

it('gives each member their own unread_count', async () => {
  // Chat uHKL4EB38I: worker 4005 (its admin) has 3 unread messages, 3158 has 2.
  const admin = await viewChat('4005', 'uHKL4EB38I')
  const member = await viewChat('3158', 'uHKL4EB38I')
  expect(admin.body).toMatchObject({ chat_admin: '1', unread_count: '3' })
  expect(member.body).toMatchObject({ chat_admin: '0', unread_count: '2' })
})

it('sends the 0/1 flags and unread_count as strings', async () => {
  const { body } = await viewChat('3158', 'uHKL4EB38I')
  for (const field of ['chat_admin', 'silenced', 'on_chat', 'locked', 'unread_count']) {
    expect(typeof body[field], field).toBe('string')
  }
  expect(body).toMatchObject({ silenced: '0', on_chat: '1', locked: '0' })
})

it('returns 404 when the worker is not a member of the chat', async () => {
  const response = await viewChat('4000')
  expectProblem(response, 404, 'Not Found')
  expect(response.body).not.toHaveProperty('issues')
})

it('returns 404 when a member of other chats is not a member of this one', async () => {
  // 120915 belongs to yJjarB5xUW only; 3158 is a member of uHKL4EB38I.
  expectProblem(await viewChat('120915', 'uHKL4EB38I'), 404, 'Not Found')
})

it('returns 404 for an unknown chat', async () => {
  expectProblem(await viewChat('3158', 'zzzzzzzzzz'), 404, 'Not Found')
})

it('returns 404 for an unknown worker', async () => {
  expectProblem(await viewChat('999999'), 404, 'Not Found')
})

it('does not let a non-member edit the chat', async () => {
  expectProblem(await editChat('4000', 'yJjarB5xUW', { name: 'Hijacked', members: ['4000'] }), 404, 'Not Found')
  expect((await viewChat('3158')).body).toEqual(docsResponse)
  expectProblem(await viewChat('4000'), 404, 'Not Found')
})

// Rename.

it('renames the chat and returns it with its members', async () => {
  const response = await editChat('3158', 'yJjarB5xUW', { name: 'Project Beta Team' })
  expect(response.status).toBe(200)
  expect(response.body).toEqual({ ...docsResponse, name: 'Project Beta Team' })
})

it('shows the new name to every member', async () => {
  await editChat('3158', 'yJjarB5xUW', { name: 'Project Beta Team' })
  expect((await viewChat('3158')).body.name).toBe('Project Beta Team')
  expect((await viewChat('120915')).body).toEqual({ ...docsResponse, name: 'Project Beta Team', chat_admin: '0' })
})

it('lets a member who is not the admin rename the chat', async () => {
  const response = await editChat(
    '120915',
    'yJjarB5xUW',
    { name: 'Renamed by Aaron' },
    { authorization: 'Bearer aaron' },
  )
  expect(response.status).toBe(200)
  expect(response.body).toMatchObject({ name: 'Renamed by Aaron', chat_admin: '0' })
  expect((await viewChat('3158')).body).toMatchObject({ name: 'Renamed by Aaron', chat_admin: '1' })
})

it('leaves the other chats alone when one is renamed', async () => {
  const before = await viewChat('3158', 'uHKL4EB38I')
  await editChat('3158', 'yJjarB5xUW', { name: 'Project Beta Team' })
  expect((await viewChat('3158', 'uHKL4EB38I')).body).toEqual(before.body)
})

it('keeps the name when only the members change', async () => {
  const response = await editChat('3158', 'yJjarB5xUW', { members: ['3158', '120915', '4000'] })
  expect(response.status).toBe(200)
  expect(response.body.name).toBe('Project Alpha Team')
})

// Members.

it('replaces the member list and returns the chat with the new members', async () => {
  const response = await editChat('3158', 'yJjarB5xUW', { members: ['3158', '4000'] })
  expect(response.status).toBe(200)
  expect(response.body).toEqual({ ...docsResponse, members: [chris, worker('4000')] })
})

it('returns 404 to a worker removed from the chat', async () => {
  await editChat('3158', 'yJjarB5xUW', { members: ['3158', '4000'] })
  expectProblem(await viewChat('120915'), 404, 'Not Found')
  expectProblem(await editChat('120915', 'yJjarB5xUW', { name: 'Still here?' }), 404, 'Not Found')
})

it('shows the chat to an added worker with chat_admin "0"', async () => {
  await editChat('3158', 'yJjarB5xUW', { members: ['3158', '120915', '4000'] })
  const response = await viewChat('4000')
  expect(response.status).toBe(200)
  expect(response.body).toEqual({
    ...docsResponse,
    chat_admin: '0',
    silenced: '0',
    on_chat: '1',
    unread_count: '0',
    members: [chris, aaron, worker('4000')],
  })
})

it('shows the new member list to every remaining member', async () => {
  await editChat('3158', 'yJjarB5xUW', { members: ['3158', '120915', '4000'] })
  expect((await viewChat('120915')).body.members).toEqual([chris, aaron, worker('4000')])
  expect((await viewChat('3158')).body.members).toEqual([chris, aaron, worker('4000')])
})

it('keeps the views of the remaining members when the list changes', async () => {
  await editChat('3158', 'yJjarB5xUW', { members: ['3158', '4000'] })
  expect((await viewChat('3158')).body).toMatchObject({ chat_admin: '1', unread_count: '0' })
})

it('renames and replaces the members in one edit', async () => {
  const response = await editChat('3158', 'yJjarB5xUW', { name: 'Night shift', members: ['3158', '4001'] })
  expect(response.status).toBe(200)
  expect(response.body).toMatchObject({ name: 'Night shift', members: [chris, worker('4001')] })
  expect((await viewChat('4001')).body).toMatchObject({ name: 'Night shift', chat_admin: '0' })
  expectProblem(await viewChat('120915'), 404, 'Not Found')
})

it('lets a removed worker see the chat again once added back, not as its admin', async () => {
  await editChat('3158', 'yJjarB5xUW', { members: ['3158'] })
  await editChat('3158', 'yJjarB5xUW', { members: ['3158', '120915'] })
  expect((await viewChat('120915')).body).toEqual({ ...docsResponse, chat_admin: '0' })
})

// Invalid edits.

it('returns 400 naming an unknown worker id in members', async () => {
  const response = await editChat('3158', 'yJjarB5xUW', { members: ['3158', '999999'] })
  expectProblem(response, 400, 'Bad Request')
  expect(response.body.detail).toContain('999999')
  expect(response.body.issues).toEqual([
    expect.objectContaining({ location: 'body', pointer: '/members/1', message: expect.stringContaining('"999999"') }),
  ])
})

it('names every unknown worker id in members', async () => {
  const response = await editChat('3158', 'yJjarB5xUW', { members: ['888888', '3158', '999999'] })
  expectProblem(response, 400, 'Bad Request')
  expect(response.body.issues).toEqual([
    expect.objectContaining({ location: 'body', pointer: '/members/0', message: expect.stringContaining('"888888"') }),
    expect.objectContaining({ location: 'body', pointer: '/members/2', message: expect.stringContaining('"999999"') }),
  ])
})

it('changes nothing when members holds an unknown worker id', async () => {
  await editChat('3158', 'yJjarB5xUW', { name: 'Renamed', members: ['3158', '4000', '999999'] })
  expect((await viewChat('3158')).body).toEqual(docsResponse)
  expect((await viewChat('120915')).body).toEqual({ ...docsResponse, chat_admin: '0' })
  expectProblem(await viewChat('4000'), 404, 'Not Found')
})

it('returns 400 when members leaves out the worker in the path', async () => {
  const response = await editChat('3158', 'yJjarB5xUW', { members: ['120915'] })
  expectProblem(response, 400, 'Bad Request')
  expect(response.body.issues).toEqual([expect.objectContaining({ location: 'body', pointer: '/members' })])
  expect((await viewChat('3158')).body).toEqual(docsResponse)
})

it('names an unknown worker id and the missing worker in the path together', async () => {
  const response = await editChat('3158', 'yJjarB5xUW', { members: ['999999'] })
  expectProblem(response, 400, 'Bad Request')
  expect(response.body.issues).toHaveLength(2)
  expect(response.body.issues).toEqual(
    expect.arrayContaining([
      expect.objectContaining({
        location: 'body',
        pointer: '/members/0',
        message: expect.stringContaining('"999999"'),
      }),
      expect.objectContaining({ location: 'body', pointer: '/members', message: expect.stringContaining('"3158"') }),
    ]),
  )
})

it('returns 400 for an empty member list', async () => {
  const response = await editChat('3158', 'yJjarB5xUW', { members: [] })
  expectProblem(response, 400, 'Bad Request')
  expect(response.body.issues).toEqual([
    expect.objectContaining({ location: 'body', pointer: '/members', keyword: 'minItems' }),
  ])
})

it('returns 400 for a member list that repeats an id', async () => {
  const response = await editChat('3158', 'yJjarB5xUW', { members: ['3158', '120915', '3158'] })
  expectProblem(response, 400, 'Bad Request')
  expect(response.body.issues).toEqual([
    expect.objectContaining({ location: 'body', pointer: '/members', keyword: 'uniqueItems' }),
  ])
})

it('returns 400 for a member id that is not numeric', async () => {
  const response = await editChat('3158', 'yJjarB5xUW', { members: ['3158', 'abc'] })
  expectProblem(response, 400, 'Bad Request')
  expect(response.body.issues).toEqual([
    expect.objectContaining({ location: 'body', pointer: '/members/1', keyword: 'pattern' }),
  ])
})

it('returns 400 for a member id sent as a number', async () => {
  const response = await editChat('3158', 'yJjarB5xUW', { members: ['3158', 120915] })
  expectProblem(response, 400, 'Bad Request')
  expect(response.body.issues).toEqual([
    expect.objectContaining({ location: 'body', pointer: '/members/1', keyword: 'type' }),
  ])
})

it('returns 400 for an empty name', async () => {
  const response = await editChat('3158', 'yJjarB5xUW', { name: '' })
  expectProblem(response, 400, 'Bad Request')
  expect(response.body.issues).toEqual([
    expect.objectContaining({ location: 'body', pointer: '/name', keyword: 'minLength' }),
  ])
  expect((await viewChat('3158')).body.name).toBe('Project Alpha Team')
})

it('returns 400 for an unknown body field', async () => {
  const response = await editChat('3158', 'yJjarB5xUW', { title: 'Typo' })
  expectProblem(response, 400, 'Bad Request')
  expect(response.body.issues).toEqual([
    expect.objectContaining({ location: 'body', pointer: '/title', keyword: 'additionalProperties' }),
  ])
})

it('returns 400 for malformed JSON', async () => {
  const response = await call(`${base}/workers/3158/chats/yJjarB5xUW`, {
    method: 'PATCH',
    headers: { ...json, ...apiKey },
    body: '{"name":',
  })
  expectProblem(response, 400, 'Bad Request')
  expect(response.body.issues).toEqual([expect.objectContaining({ location: 'body', pointer: '', keyword: 'json' })])
})

it('returns 400 without a body', async () => {
  const response = await call(`${base}/workers/3158/chats/yJjarB5xUW`, {
    method: 'PATCH',
    headers: { ...json, ...apiKey },
  })
  expectProblem(response, 400, 'Bad Request')
  expect(response.body.issues).toEqual([expect.objectContaining({ location: 'body', keyword: 'required' })])
})

it('returns 415 for a body that is not JSON', async () => {
  const response = await call(`${base}/workers/3158/chats/yJjarB5xUW`, {
    method: 'PATCH',
    headers: { 'content-type': 'application/x-www-form-urlencoded', ...apiKey },
    body: 'name=Renamed',
  })
  expectProblem(response, 415, 'Unsupported Media Type')
  expect(response.body.issues).toEqual([expect.objectContaining({ location: 'header', pointer: '/content-type' })])
  expect((await viewChat('3158')).body.name).toBe('Project Alpha Team')
})

it('checks credentials before the body', async () => {
  expectProblem(await editChat('3158', 'yJjarB5xUW', { title: 'Typo' }, {}), 401, 'Unauthorized')
})

// Fixtures.

it('starts every test from the fixtures again', async () => {
  // The edits of the tests above are gone.
  expect((await viewChat('3158')).body).toEqual(docsResponse)
  expect((await viewChat('120915')).body).toEqual({ ...docsResponse, chat_admin: '0' })
})
