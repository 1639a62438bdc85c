import { expect, it } from 'vitest'
import { seedRequests } from '../support/seed-requests.js'
import { call, useChatmock } from '../support/start-chatmock.js'

// HapiHub / Fleming chat messages (reference/behaviour.md, "HapiHub"), through msw and fetch. The
// mock's clock is fixed, so that the default createdAt can be asserted.
const NOW = new Date('2024-03-10T00:00:00Z')
const chatmock = useChatmock({ now: () => NOW })

const base = 'https://yourdomain.com'
const docsToken = { authorization: 'Bearer <your-api-token>' }
const ada = { authorization: 'Bearer token-ada' }
const json = { 'content-type': 'application/json' }

const id1 = { id: 'id-1', createdAt: 1564661697125, createdBy: 'some-uid' }
const id2 = { id: 'id-2', createdAt: 1564661697125, createdBy: 'some-uid' }

function seed(operationId: string) {
  const request = seedRequests.find((candidate) => candidate.api === 'hapihub' && candidate.operationId === operationId)
  if (!request) throw new Error(`no seed request ${operationId}`)
  return call(`${base}${request.path}`, { method: request.method, headers: request.headers, body: request.body }).then(
    (response) => ({ ...response, expected: request.status }),
  )
}

function find(headers: Record<string, string> = docsToken) {
  return call(`${base}/chat-messages`, { headers })
}

function get(id: string, headers: Record<string, string> = docsToken) {
  return call(`${base}/chat-messages/${id}`, { headers })
}

function post(body: unknown, headers: Record<string, string> = docsToken) {
  return call(`${base}/chat-messages`, { method: 'POST', headers: { ...json, ...headers }, body: JSON.stringify(body) })
}

function patch(id: string, body: unknown, headers: Record<string, string> = docsToken) {
  return call(`${base}/chat-messages/${id}`, {
    method: 'PATCH',
    headers: { ...json, ...headers },
    body: JSON.stringify(body),
  })
}

function expectProblem(response: { status: number; headers: Headers; body: any }, status: number, title: string) {
  expect(response.status).toBe(status)
  expect(response.headers.get('content-type')).toBe('application/problem+json')
  expect(response.body).toMatchObject({ type: 'about:blank', title, status, detail: expect.any(String) })
}

function expectUnauthorized(response: { status: number; headers: Headers; body: any }) {
  expectProblem(response, 401, 'Unauthorized')
  expect(response.body.issues).toEqual([expect.objectContaining({ location: 'security', pointer: '' })])
  expect(response.body.detail).toMatch(/Bearer/)
}

// The docs' own examples.

it("answers the docs' find example with every message, id-1 and id-2 as documented", async () => {
  const response = await seed('findChatMessages')
  expect(response.status).toBe(response.expected)
  expect(response.headers.get('content-type')).toBe('application/json')
  expect(response.body.slice(0, 2)).toEqual([id1, id2])
})

it("answers the docs' get example with id-1 exactly as documented", async () => {
  const response = await seed('getChatMessage')
  expect(response.status).toBe(response.expected)
  expect(response.body).toEqual(id1)
})

it('returns id-2 exactly as documented', async () => {
  const response = await get('id-2')
  expect(response.status).toBe(200)
  expect(response.body).toEqual(id2)
})

it("answers the docs' patch example with id-1 seen by the docs' account", async () => {
  const response = await seed('patchChatMessage')
  expect(response.status).toBe(response.expected)
  expect(response.body).toEqual({ ...id1, seenBy: ['some-uid'] })
})

it("answers the docs' post example with the message created by the docs' account", async () => {
  const response = await seed('createChatMessage')
  expect(response.status).toBe(response.expected)
  expect(response.body).toEqual({
    id: expect.any(String),
    createdAt: NOW.getTime(),
    createdBy: 'some-uid',
    room: 'room-id',
    text: 'hey',
  })
})

// Auth.

it.each([
  ['find', () => find({})],
  ['get', () => get('id-1', {})],
  ['create', () => post({ room: 'room-id', text: 'hey' }, {})],
  ['patch', () => patch('id-1', { seen: true }, {})],
] as const)('returns 401 to %s without a bearer token', async (_, send) => {
  expectUnauthorized(await send())
})

it('returns 401 for Basic credentials', async () => {
  expectUnauthorized(await find({ authorization: `Basic ${btoa('user:password')}` }))
})

it('returns 401 for a Bearer scheme without a token', async () => {
  expectUnauthorized(await find({ authorization: 'Bearer' }))
})

it('creates nothing and marks nothing when the token is missing', async () => {
  await post({ room: 'room-id', text: 'hey' }, {})
  await patch('id-1', { seen: true }, {})
  const { body } = await find()
  expect(body).toHaveLength(10)
  expect(body[0]).toEqual(id1)
})

it('checks the token before the body', async () => {
  expectUnauthorized(await post({ text: 'no room' }, {}))
})

// Accounts.

it("makes the docs' token the account some-uid", async () => {
  const response = await post({ room: 'room-id' })
  expect(response.body.createdBy).toBe('some-uid')
})

it('makes a fixture token its own account', async () => {
  const response = await post({ room: 'room-id' }, ada)
  expect(response.body.createdBy).toBe('uid-ada')
})

it('gives an unknown token a stable uid of its own', async () => {
  const first = await post({ room: 'room-id' }, { authorization: 'Bearer a-new-token' })
  const second = await post({ room: 'room-clinic' }, { authorization: 'Bearer a-new-token' })
  const other = await post({ room: 'room-id' }, { authorization: 'Bearer another-new-token' })
  expect(first.status).toBe(200)
  expect(first.body.createdBy).toMatch(/^uid-/)
  expect(second.body.createdBy).toBe(first.body.createdBy)
  expect(other.body.createdBy).toMatch(/^uid-/)
  expect(other.body.createdBy).not.toBe(first.body.createdBy)
  expect([first.body.createdBy, other.body.createdBy]).not.toContain('some-uid')
})

it('derives the same uid for a token after the stores are reset', async () => {
  const before = await post({ room: 'room-id' }, { authorization: 'Bearer a-new-token' })
  await chatmock.current.reset('hapihub')
  const after = await post({ room: 'room-id' }, { authorization: 'Bearer a-new-token' })
  expect(after.body.createdBy).toBe(before.body.createdBy)
})

it('uses the derived uid of a token for seenBy too', async () => {
  const created = await post({ room: 'room-id' }, { authorization: 'Bearer a-new-token' })
  const seen = await patch('id-1', { seen: true }, { authorization: 'Bearer a-new-token' })
  expect(seen.body.seenBy).toEqual([created.body.createdBy])
})

// Find.

it('finds every message, oldest first', async () => {
  const response = await find()
  expect(response.status).toBe(200)
  expect(response.body.map((message: { id: string }) => message.id)).toEqual([
    'id-1',
    'id-2',
    'id-3',
    'id-4',
    'id-5',
    'id-6',
    'id-7',
    'id-8',
    'id-9',
    'id-10',
  ])
  const times = response.body.map((message: { createdAt: number }) => message.createdAt)
  expect(times).toEqual([...times].sort((a, b) => a - b))
})

it('finds a posted message in createdAt order, not at the end', async () => {
  const older = await post({ room: 'room-id', text: 'from the past', createdAt: 1000 })
  const newer = await post({ room: 'room-id', text: 'latest' })
  const ids = (await find()).body.map((message: { id: string }) => message.id)
  expect(ids[0]).toBe(older.body.id)
  expect(ids.at(-1)).toBe(newer.body.id)
  expect(ids).toHaveLength(12)
})

it('returns a bare array', async () => {
  const { body } = await find(ada)
  expect(Array.isArray(body)).toBe(true)
})

it('filters find by the query: room=room-clinic&$limit=1 is the first message of room-clinic only', async () => {
  const response = await call(`${base}/chat-messages?room=room-clinic&$limit=1`, { headers: docsToken })
  expect(response.status).toBe(200)
  expect(response.body).toEqual([(await get('id-3')).body])
})

it('leaves unset fields out of the listed messages', async () => {
  const { body } = await find()
  const id4 = body.find((message: { id: string }) => message.id === 'id-4')
  expect(Object.keys(id4).sort()).toEqual(['createdAt', 'createdBy', 'id', 'room', 'text'])
})

// Get.

it('returns a message by id with the fields that are set', async () => {
  const response = await get('id-3', ada)
  expect(response.status).toBe(200)
  expect(response.body).toEqual({
    id: 'id-3',
    createdAt: 1709283780000,
    createdBy: 'some-uid',
    room: 'room-clinic',
    text: expect.any(String),
    seenBy: ['uid-ada'],
  })
})

it('returns 404 for an unknown message', async () => {
  const response = await get('id-404')
  expectProblem(response, 404, 'Not Found')
  expect(response.body.detail).toContain('id-404')
})

// Create.

it('creates a message with 200, createdAt now in epoch milliseconds', async () => {
  const response = await post({ room: 'room-id', text: 'hey' })
  expect(response.status).toBe(200)
  expect(response.headers.get('content-type')).toBe('application/json')
  expect(response.body.createdAt).toBe(1710028800000)
})

it('keeps a createdAt that the body gives', async () => {
  const response = await post({ room: 'room-id', text: 'back-dated', createdAt: 1564661697125 })
  expect(response.status).toBe(200)
  expect(response.body.createdAt).toBe(1564661697125)
})

it('keeps a createdAt of 0 rather than replacing it with now', async () => {
  const response = await post({ room: 'room-id', createdAt: 0 })
  expect(response.status).toBe(200)
  expect(response.body.createdAt).toBe(0)
})

it('returns every given field and leaves out session, media and seenBy when unset', async () => {
  const response = await post({ room: 'room-clinic', text: 'hello' })
  expect(response.body).toEqual({
    id: expect.any(String),
    createdAt: NOW.getTime(),
    createdBy: 'some-uid',
    room: 'room-clinic',
    text: 'hello',
  })
  expect(response.body).not.toHaveProperty('session')
  expect(response.body).not.toHaveProperty('media')
  expect(response.body).not.toHaveProperty('seenBy')
})

it('leaves out text too when only room is given', async () => {
  const response = await post({ room: 'room-id' })
  expect(response.body).toEqual({
    id: expect.any(String),
    createdAt: NOW.getTime(),
    createdBy: 'some-uid',
    room: 'room-id',
  })
})

it('stores session and media when they are given', async () => {
  const response = await post({
    room: 'room-id',
    session: 'session-1',
    text: 'see attached',
    media: 'https://example.org/x.png',
    createdAt: 5,
  })
  expect(response.body).toEqual({
    id: expect.any(String),
    createdAt: 5,
    createdBy: 'some-uid',
    room: 'room-id',
    session: 'session-1',
    text: 'see attached',
    media: 'https://example.org/x.png',
  })
  expect((await get(response.body.id)).body).toEqual(response.body)
})

it('stores the created message so that get and find return it', async () => {
  const created = await post({ room: 'room-id', text: 'hey' })
  expect((await get(created.body.id)).body).toEqual(created.body)
  const { body } = await find()
  expect(body).toHaveLength(11)
  expect(body).toContainEqual(created.body)
})

it('gives every created message a new id', async () => {
  const first = await post({ room: 'room-id', text: 'one' })
  const second = await post({ room: 'room-id', text: 'two' })
  expect(first.body.id).not.toBe(second.body.id)
  expect(['id-1', 'id-2', 'id-3', 'id-4', 'id-5', 'id-6', 'id-7', 'id-8', 'id-9', 'id-10']).not.toContain(first.body.id)
  expect((await get(first.body.id)).body.text).toBe('one')
  expect((await get(second.body.id)).body.text).toBe('two')
})

it('returns 400 without room', async () => {
  const response = await post({ text: 'hey' })
  expectProblem(response, 400, 'Bad Request')
  expect(response.body.issues).toEqual([
    { location: 'body', pointer: '/room', keyword: 'required', message: 'body field "room" is required' },
  ])
  expect((await find()).body).toHaveLength(10)
})

it('returns 400 for an unknown room and creates nothing', async () => {
  const response = await post({ room: 'no-such-room', text: 'hey' })
  expectProblem(response, 400, 'Bad Request')
  expect(response.body.issues).toEqual([
    expect.objectContaining({ location: 'body', pointer: '/room', message: expect.stringContaining('no-such-room') }),
  ])
  expect((await find()).body).toHaveLength(10)
})

it('returns 400 for an empty room', async () => {
  const response = await post({ room: '' })
  expectProblem(response, 400, 'Bad Request')
  expect(response.body.issues).toEqual([
    expect.objectContaining({ location: 'body', pointer: '/room', keyword: 'minLength' }),
  ])
})

it('returns 400 naming every violation of the body', async () => {
  const response = await post({ txt: 'hey', createdAt: -1 })
  expectProblem(response, 400, 'Bad Request')
  expect(response.body.issues).toHaveLength(3)
  expect(response.body.issues).toEqual(
    expect.arrayContaining([
      expect.objectContaining({ location: 'body', pointer: '/room', keyword: 'required' }),
      expect.objectContaining({ location: 'body', pointer: '/txt', keyword: 'additionalProperties' }),
      expect.objectContaining({ location: 'body', pointer: '/createdAt', keyword: 'minimum' }),
    ]),
  )
})

it('returns 400 for a createdBy in the body', async () => {
  const response = await post({ room: 'room-id', createdBy: 'someone-else' })
  expectProblem(response, 400, 'Bad Request')
  expect(response.body.issues).toEqual([
    expect.objectContaining({ location: 'body', pointer: '/createdBy', keyword: 'additionalProperties' }),
  ])
})

it('returns 400 for malformed JSON', async () => {
  const response = await call(`${base}/chat-messages`, {
    method: 'POST',
    headers: { ...json, ...docsToken },
    body: '{"room":',
  })
  expectProblem(response, 400, 'Bad Request')
  expect(response.body.issues).toEqual([expect.objectContaining({ location: 'body', pointer: '', keyword: 'json' })])
})

it('returns 415 for a body that is not JSON', async () => {
  const response = await call(`${base}/chat-messages`, {
    method: 'POST',
    headers: { 'content-type': 'text/plain', ...docsToken },
    body: 'room=room-id',
  })
  expectProblem(response, 415, 'Unsupported Media Type')
  expect(response.body.issues).toEqual([expect.objectContaining({ location: 'header', pointer: '/content-type' })])
})

// Patch.

it("adds the caller's uid to seenBy on seen: true", async () => {
  const response = await patch('id-2', { seen: true }, ada)
  expect(response.status).toBe(200)
  expect(response.body).toEqual({ ...id2, seenBy: ['uid-ada'] })
  expect((await get('id-2')).body).toEqual({ ...id2, seenBy: ['uid-ada'] })
})

it('adds the uid once however often seen: true is sent', async () => {
  await patch('id-1', { seen: true })
  await patch('id-1', { seen: true })
  const third = await patch('id-1', { seen: true })
  expect(third.body).toEqual({ ...id1, seenBy: ['some-uid'] })
  expect((await get('id-1')).body.seenBy).toEqual(['some-uid'])
})

it('does not add a uid that seenBy already holds', async () => {
  // id-3 is seen by uid-ada in the fixtures.
  const response = await patch('id-3', { seen: true }, ada)
  expect(response.body.seenBy).toEqual(['uid-ada'])
})

it('adds each account that has seen a message, in order', async () => {
  await patch('id-3', { seen: true })
  const response = await patch('id-3', { seen: true }, { authorization: 'Bearer token-grace' })
  expect(response.body.seenBy).toEqual(['uid-ada', 'some-uid', 'uid-grace'])
})

it('changes nothing on seen: false', async () => {
  const unseen = await patch('id-1', { seen: false })
  expect(unseen.status).toBe(200)
  expect(unseen.body).toEqual(id1)
  // seen: false does not take back an earlier seen.
  const seen = await patch('id-3', { seen: false }, ada)
  expect(seen.body.seenBy).toEqual(['uid-ada'])
  expect((await get('id-1')).body).toEqual(id1)
})

it('changes nothing on an empty patch', async () => {
  const response = await patch('id-1', {})
  expect(response.status).toBe(200)
  expect(response.body).toEqual(id1)
})

it('marks a created message as seen', async () => {
  const created = await post({ room: 'room-id', text: 'hey' }, ada)
  const response = await patch(created.body.id, { seen: true })
  expect(response.body).toEqual({ ...created.body, seenBy: ['some-uid'] })
})

it('returns 404 for an unknown message on patch', async () => {
  const response = await patch('id-404', { seen: true })
  expectProblem(response, 404, 'Not Found')
  expect(response.body.detail).toContain('id-404')
  expect((await find()).body).toHaveLength(10)
})

it('returns 400 for a seen that is not a boolean', async () => {
  const response = await patch('id-1', { seen: 'yes' })
  expectProblem(response, 400, 'Bad Request')
  expect(response.body.issues).toEqual([
    { location: 'body', pointer: '/seen', keyword: 'type', message: 'body field "seen" must be boolean (got "yes")' },
  ])
  expect((await get('id-1')).body).toEqual(id1)
})

it('returns 400 for a field other than seen', async () => {
  const response = await patch('id-1', { text: 'edited' })
  expectProblem(response, 400, 'Bad Request')
  expect(response.body.issues).toEqual([
    expect.objectContaining({ location: 'body', pointer: '/text', keyword: 'additionalProperties' }),
  ])
  expect((await get('id-1')).body).toEqual(id1)
})

it('returns 415 for a patch body that is not JSON', async () => {
  const response = await call(`${base}/chat-messages/id-1`, {
    method: 'PATCH',
    headers: { 'content-type': 'text/plain', ...docsToken },
    body: 'seen=true',
  })
  expectProblem(response, 415, 'Unsupported Media Type')
})

// Fixtures.

it('starts every test from the fixtures again', async () => {
  const { body } = await find()
  expect(body).toHaveLength(10)
  expect(body.slice(0, 2)).toEqual([id1, id2])
})
