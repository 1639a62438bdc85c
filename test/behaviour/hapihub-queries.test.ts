import { expect, it } from 'vitest'
import { call, useChatmock } from '../support/start-chatmock.js'

// HapiHub: Feathers' query syntax on find (specs/hapihub.yaml), strict about keys it does not know.
useChatmock()

const base = 'https://yourdomain.com'
const docs = { authorization: 'Bearer <your-api-token>' }

// The fixtures' messages: id-1 and id-2 have no room; id-3, 5, 7, 9 are in room-clinic and id-4,
// 6, 8, 10 in room-id; authors go some-uid, uid-ada, uid-grace from id-3 on.
const roomId = ['id-4', 'id-6', 'id-8', 'id-10']
const roomClinic = ['id-3', 'id-5', 'id-7', 'id-9']

async function findMessageIds(query: string) {
  const response = await call(`${base}/chat-messages?${query}`, { headers: docs })
  expect(response.status, JSON.stringify(response.body)).toBe(200)
  expect(Array.isArray(response.body)).toBe(true)
  return response.body.map((message: { id: string }) => message.id)
}

async function findRoomIds(query: string) {
  const response = await call(`${base}/chat-rooms?${query}`, { headers: docs })
  expect(response.status, JSON.stringify(response.body)).toBe(200)
  return response.body.map((room: { id: string }) => room.id)
}

async function refused(path: string) {
  const response = await call(`${base}${path}`, { headers: docs })
  expect(response.status).toBe(400)
  expect(response.headers.get('content-type')).toBe('application/problem+json')
  return response.body
}

// Messages.

it('returns only the messages of the room asked for', async () => {
  expect(await findMessageIds('room=room-id')).toEqual(roomId)
  expect(await findMessageIds('room=room-clinic')).toEqual(roomClinic)
  expect(await findMessageIds('room=no-such-room')).toEqual([])
})

it('takes $in on room in each of its notations', async () => {
  const both = ['id-3', 'id-4', 'id-5', 'id-6', 'id-7', 'id-8', 'id-9', 'id-10']
  expect(await findMessageIds('room[$in][]=room-id&room[$in][]=room-clinic')).toEqual(both)
  expect(await findMessageIds('room[$in]=room-id&room[$in]=room-clinic')).toEqual(both)
  expect(await findMessageIds('room%5B%24in%5D%5B%5D=room-clinic')).toEqual(roomClinic)
  expect(await findMessageIds('room[$in]=room-clinic')).toEqual(roomClinic)
})

it('filters by createdBy, alone, with $in, and together with room', async () => {
  expect(await findMessageIds('createdBy=uid-ada')).toEqual(['id-4', 'id-7', 'id-10'])
  expect(await findMessageIds('createdBy[$in][]=uid-ada&createdBy[$in][]=uid-grace')).toEqual([
    'id-4',
    'id-5',
    'id-7',
    'id-8',
    'id-10',
  ])
  expect(await findMessageIds('createdBy=some-uid')).toEqual(['id-1', 'id-2', 'id-3', 'id-6', 'id-9'])
  expect(await findMessageIds('room=room-id&createdBy=uid-ada')).toEqual(['id-4', 'id-10'])
  expect(await findMessageIds('room=room-id&room[$in][]=room-clinic')).toEqual([])
})

it('sorts by createdAt, oldest first unless $sort[createdAt]=-1', async () => {
  expect(await findMessageIds('room=room-id&$sort[createdAt]=1')).toEqual(roomId)
  expect(await findMessageIds('room=room-id&$sort[createdAt]=-1')).toEqual([...roomId].reverse())
  expect(await findMessageIds('$sort%5BcreatedAt%5D=-1&$limit=1')).toEqual(['id-10'])
})

it('skips and limits after sorting', async () => {
  expect(await findMessageIds('room=room-id&$limit=2')).toEqual(['id-4', 'id-6'])
  expect(await findMessageIds('room=room-id&$skip=1&$limit=2')).toEqual(['id-6', 'id-8'])
  expect(await findMessageIds('room=room-id&$sort[createdAt]=-1&$skip=3')).toEqual(['id-4'])
  expect(await findMessageIds('room=room-id&$skip=10')).toEqual([])
  expect(await findMessageIds('$limit=0')).toEqual([])
})

it("returns every message without a query, the docs' id-1 and id-2 first", async () => {
  expect(await findMessageIds('')).toEqual([
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
})

it('finds a posted message under its room, in createdAt order', async () => {
  const posted = await call(`${base}/chat-messages`, {
    method: 'POST',
    headers: { ...docs, 'content-type': 'application/json' },
    body: JSON.stringify({ room: 'room-id', text: 'early', createdAt: 1 }),
  })
  expect(await findMessageIds('room=room-id')).toEqual([posted.body.id, ...roomId])
  expect(await findMessageIds(`room=room-id&createdBy=some-uid&$sort[createdAt]=-1`)).toEqual(['id-6', posted.body.id])
})

it('refuses an unknown field with 400, naming it and the keys find knows', async () => {
  const body = await refused('/chat-messages?text=hey')
  expect(body.issues).toEqual([
    {
      location: 'query',
      pointer: '/text',
      keyword: 'additionalProperties',
      message:
        'query parameter "text" is not allowed (known: room, room[$in], createdBy, createdBy[$in], $sort[createdAt], $skip, $limit)',
    },
  ])
})

it.each([
  'room[$nin][]=room-id',
  'room[$ne]=room-id',
  'createdAt[$gt]=1',
  '$select[]=text',
  '$sort[text]=1',
  '$or[0][room]=room-id',
  '$limit=1&$foo=1',
])('refuses the unknown key or operator of %s, naming it', async (query) => {
  const body = await refused(`/chat-messages?${query}`)
  const key = new URLSearchParams(query.split('&').at(-1)!).keys().next().value!
  expect(body.issues).toEqual([
    expect.objectContaining({ location: 'query', pointer: `/${key}`, keyword: 'additionalProperties' }),
  ])
  expect(body.detail).toContain(`"${key}" is not allowed`)
})

it.each([
  ['$sort[createdAt]=2', '/$sort[createdAt]', 'enum'],
  ['$limit=-1', '/$limit', 'minimum'],
  ['$skip=x', '/$skip', 'type'],
  ['$limit=9007199254740992', '/$limit', 'maximum'],
  ['room=', '/room', 'minLength'],
])('refuses %s', async (query, pointer, keyword) => {
  expect((await refused(`/chat-messages?${query}`)).issues).toEqual([
    expect.objectContaining({ location: 'query', pointer, keyword }),
  ])
})

it('refuses a query on get and patch, which take none', async () => {
  expect((await refused('/chat-messages/id-1?$select=text')).issues).toEqual([
    {
      location: 'query',
      pointer: '/$select',
      keyword: 'additionalProperties',
      message: 'query parameter "$select" is not allowed (the operation takes none)',
    },
  ])
  expect((await refused('/chat-rooms/room-id?participants=uid-ada')).issues).toEqual([
    expect.objectContaining({ pointer: '/participants' }),
  ])
})

// Rooms.

it("filters the caller's rooms by a participant they contain, and by any of several", async () => {
  expect(await findRoomIds('participants=uid-nurse')).toEqual(['room-clinic', 'room-lab'])
  expect(await findRoomIds('participants=uid-ada')).toEqual(['room-id', 'room-clinic'])
  expect(await findRoomIds('participants[$in][]=uid-ada&participants[$in][]=uid-nurse')).toEqual([
    'room-id',
    'room-clinic',
    'room-lab',
  ])
  // room-private holds uid-ada too, but the docs' account does not take part in it.
  expect(await findRoomIds('participants=uid-grace')).toEqual(['room-id', 'room-clinic', 'room-pharmacy', 'room-lab'])
})

it('filters rooms by createdBy, alone and with $in', async () => {
  expect(await findRoomIds('createdBy=some-uid')).toEqual(['room-id', 'room-pharmacy'])
  expect(await findRoomIds('createdBy[$in][]=uid-ada&createdBy[$in][]=uid-grace')).toEqual(['room-clinic', 'room-lab'])
  expect(await findRoomIds('createdBy=uid-ada&participants=uid-nurse')).toEqual(['room-clinic'])
})

it('sorts, skips and limits rooms', async () => {
  expect(await findRoomIds('$sort[createdAt]=-1')).toEqual(['room-lab', 'room-pharmacy', 'room-clinic', 'room-id'])
  expect(await findRoomIds('$sort[createdAt]=-1&$skip=1&$limit=2')).toEqual(['room-pharmacy', 'room-clinic'])
  expect(await findRoomIds('$limit=0')).toEqual([])
})

it('refuses a room query key find does not know, naming the known ones', async () => {
  expect((await refused('/chat-rooms?title=Clinic')).issues).toEqual([
    {
      location: 'query',
      pointer: '/title',
      keyword: 'additionalProperties',
      message:
        'query parameter "title" is not allowed (known: createdBy, createdBy[$in], participants, participants[$in], $sort[createdAt], $skip, $limit)',
    },
  ])
  expect((await refused('/chat-rooms?participants[$all][]=uid-ada')).issues).toEqual([
    expect.objectContaining({ pointer: '/participants[$all][]' }),
  ])
})
