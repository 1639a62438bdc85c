import { expect, it } from 'vitest'
import { Table } from '../../src/store/table.js'
import { call, useChatmock } from '../support/start-chatmock.js'

// HapiHub: chat rooms, who sees them, creating one once per set of participants, and what marking
// a message seen records in its room (specs/hapihub.yaml).
const NOW = new Date('2024-03-10T00:00:00.000Z')
const chatmock = useChatmock({ now: () => NOW })

const base = 'https://yourdomain.com'
const json = { 'content-type': 'application/json' }
const docs = { authorization: 'Bearer <your-api-token>' }
const ada = { authorization: 'Bearer token-ada' }
const grace = { authorization: 'Bearer token-grace' }
const stranger = { authorization: 'Bearer a-new-token' }

type Room = {
  id: string
  createdAt: number
  participants?: string[]
  participantsLastMessageSeen?: Record<string, string>
}

function findRooms(headers: Record<string, string>, query = '') {
  return call(`${base}/chat-rooms${query && `?${query}`}`, { headers })
}

function getRoom(id: string, headers: Record<string, string> = docs) {
  return call(`${base}/chat-rooms/${id}`, { headers })
}

function createRoom(body: unknown, headers: Record<string, string> = docs) {
  return call(`${base}/chat-rooms`, { method: 'POST', headers: { ...json, ...headers }, body: JSON.stringify(body) })
}

function patch(id: string, body: unknown, headers: Record<string, string> = docs) {
  return call(`${base}/chat-messages/${id}`, {
    method: 'PATCH',
    headers: { ...json, ...headers },
    body: JSON.stringify(body),
  })
}

function ids(rooms: Room[]) {
  return rooms.map((room) => room.id)
}

// Seeing rooms.

it("finds only the caller's rooms, oldest first, as a bare array", async () => {
  const response = await findRooms(docs)
  expect(response.status).toBe(200)
  expect(ids(response.body)).toEqual(['room-id', 'room-clinic', 'room-pharmacy', 'room-lab'])
  expect(ids((await findRooms(ada)).body)).toEqual(['room-id', 'room-clinic', 'room-private'])
  expect((await findRooms(stranger)).body).toEqual([])
})

it("answers the docs' room with the fields that are set", async () => {
  const response = await getRoom('room-id')
  expect(response.status).toBe(200)
  expect(response.body).toEqual({
    id: 'room-id',
    createdAt: 1564661697125,
    createdBy: 'some-uid',
    participants: ['some-uid', 'uid-ada', 'uid-grace'],
    participantsLastMessageSeen: { 'uid-ada': 'id-6' },
  })
})

it('returns 404 for a room the caller does not take part in, as for an unknown one', async () => {
  const hidden = await getRoom('room-private')
  const unknown = await getRoom('room-404')
  expect(hidden).toMatchObject({
    status: 404,
    body: {
      title: 'Not Found',
      detail: 'chat room "room-private" does not exist, or account "some-uid" does not take part in it',
    },
  })
  expect(unknown).toMatchObject({
    status: 404,
    body: { detail: 'chat room "room-404" does not exist, or account "some-uid" does not take part in it' },
  })
  expect((await getRoom('room-private', ada)).status).toBe(200)
})

// Creating rooms.

it('creates a room with the caller added last, its creator and time, and nothing seen yet', async () => {
  const response = await createRoom({
    participants: ['uid-nurse', 'uid-ada'],
    title: 'Night desk',
    description: 'After hours',
    picURL: 'https://example.org/n.png',
  })
  expect(response.status).toBe(200)
  expect(response.body).toEqual({
    id: 'room-1',
    createdAt: NOW.getTime(),
    createdBy: 'some-uid',
    title: 'Night desk',
    description: 'After hours',
    picURL: 'https://example.org/n.png',
    participants: ['uid-nurse', 'uid-ada', 'some-uid'],
    participantsLastMessageSeen: {},
  })
})

it("keeps the participants' order when the caller is among them, and leaves unset fields out", async () => {
  const response = await createRoom({ participants: ['uid-nurse', 'some-uid'] })
  expect(response.body).toEqual({
    id: 'room-1',
    createdAt: NOW.getTime(),
    createdBy: 'some-uid',
    participants: ['uid-nurse', 'some-uid'],
    participantsLastMessageSeen: {},
  })
})

it('returns the existing room, with the same status and body, for the same participants in any order', async () => {
  const created = await createRoom({ participants: ['uid-nurse'], title: 'Night desk' })
  const again = await createRoom({ participants: ['uid-nurse'] })
  const reordered = await createRoom({ participants: ['some-uid', 'uid-nurse'], title: 'Another title' })
  expect(again).toMatchObject({ status: created.status, body: created.body })
  expect(reordered).toMatchObject({ status: created.status, body: created.body })
  expect(ids((await findRooms(docs)).body).filter((id) => /^room-\d+$/.test(id))).toEqual(['room-1'])
})

it('returns a fixture room when its participants are asked for', async () => {
  const response = await createRoom({ participants: ['uid-grace', 'uid-ada'] })
  expect(response).toMatchObject({ status: 200, body: (await getRoom('room-id')).body })
})

it('tells rooms apart whose participants differ by one', async () => {
  // room-id is some-uid, uid-ada and uid-grace; room-clinic adds uid-nurse.
  const response = await createRoom({ participants: ['uid-ada'] })
  expect(response.body.id).toBe('room-1')
})

it('creates a room once when the same participants are asked for at the same time', async () => {
  const responses = await Promise.all(Array.from({ length: 20 }, () => createRoom({ participants: ['uid-nurse'] })))
  expect(new Set(responses.map((response) => JSON.stringify(response.body))).size).toBe(1)
  expect(chatmock.current.stores.hapihub.rooms.get('room-2')).toBeUndefined()
})

it('shows a created room to every participant and to no one else', async () => {
  const { body } = await createRoom({ participants: ['uid-grace'] })
  expect(ids((await findRooms(grace)).body)).toContain(body.id)
  expect((await getRoom(body.id, grace)).status).toBe(200)
  expect((await getRoom(body.id, ada)).status).toBe(404)
  expect(ids((await findRooms(ada)).body)).not.toContain(body.id)
})

it('takes messages in a created room', async () => {
  const { body } = await createRoom({ participants: ['uid-grace'] })
  const posted = await call(`${base}/chat-messages`, {
    method: 'POST',
    headers: { ...json, ...grace },
    body: JSON.stringify({ room: body.id, text: 'hi' }),
  })
  expect(posted.status).toBe(200)
  expect((await call(`${base}/chat-messages?room=${body.id}`, { headers: docs })).body).toEqual([posted.body])
})

it('numbers created rooms room-1, room-2, … again after a reset', async () => {
  expect((await createRoom({ participants: ['uid-nurse'] })).body.id).toBe('room-1')
  expect((await createRoom({ participants: ['uid-ada', 'uid-nurse'] })).body.id).toBe('room-2')
  await chatmock.current.reset('hapihub')
  expect((await createRoom({ participants: ['uid-ada', 'uid-nurse'] })).body.id).toBe('room-1')
})

it('returns 400 when no participant besides the caller is named, and creates nothing', async () => {
  const writes = Table.writes
  const response = await createRoom({ participants: ['some-uid'] })
  expect(response.status).toBe(400)
  expect(response.body.issues).toEqual([
    {
      location: 'body',
      pointer: '/participants',
      keyword: 'contains',
      message: 'body field "participants" must name a participant besides the caller ("some-uid")',
    },
  ])
  expect(Table.writes).toBe(writes)
})

it.each([
  ['no participants', {}, '/participants', 'required'],
  ['an empty participant list', { participants: [] }, '/participants', 'minItems'],
  ['a repeated participant', { participants: ['uid-ada', 'uid-ada'] }, '/participants', 'uniqueItems'],
  ['an empty uid', { participants: [''] }, '/participants/0', 'minLength'],
  ['an unknown field', { participants: ['uid-ada'], createdBy: 'x' }, '/createdBy', 'additionalProperties'],
] as const)('returns 400 for %s', async (_, body, pointer, keyword) => {
  const response = await createRoom(body)
  expect(response.status).toBe(400)
  expect(response.body.issues).toEqual([expect.objectContaining({ location: 'body', pointer, keyword })])
})

it('returns 401 to a room create without a token', async () => {
  expect((await createRoom({ participants: ['uid-ada'] }, {})).status).toBe(401)
})

// Seen, in the room.

it("records a message marked seen as the caller's last seen message of its room", async () => {
  const response = await patch('id-5', { seen: true })
  expect(response.body.seenBy).toEqual(['some-uid'])
  expect((await getRoom('room-clinic')).body.participantsLastMessageSeen).toEqual({
    'uid-ada': 'id-9',
    'some-uid': 'id-5',
  })
})

it('moves the last seen message to the one marked last', async () => {
  await patch('id-10', { seen: true }, grace)
  await patch('id-4', { seen: true }, grace)
  expect((await getRoom('room-id')).body.participantsLastMessageSeen).toEqual({
    'uid-ada': 'id-6',
    'uid-grace': 'id-4',
  })
})

it('leaves the room alone on seen: false, for a message without a room, and for a caller who does not take part in it', async () => {
  const before = (await getRoom('room-clinic')).body
  await patch('id-5', { seen: false })
  await patch('id-1', { seen: true })
  const outsider = await patch('id-5', { seen: true }, stranger)
  expect(outsider.body.seenBy).toEqual([expect.stringMatching(/^uid-/)])
  expect((await getRoom('room-clinic')).body).toEqual(before)
})
