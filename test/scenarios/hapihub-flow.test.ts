import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { runtimes, type Runtime } from '../support/runtimes.js'

// A HapiHub room from start to finish, the same against every runtime: create a room, post in it,
// find its messages with Feathers' query syntax, mark one seen.
const NOW = new Date('2024-03-10T00:00:00.000Z')
const ada = { authorization: 'Bearer token-ada', 'content-type': 'application/json' }
const grace = { authorization: 'Bearer token-grace', 'content-type': 'application/json' }

describe.each(runtimes)('%s', (_, start) => {
  let runtime: Runtime
  beforeAll(async () => {
    runtime = await start({ now: () => NOW })
  })
  afterEach(() => runtime.reset())
  afterAll(() => runtime.stop())

  async function send(method: string, path: string, headers: Record<string, string>, body?: unknown) {
    const response = await fetch(`${runtime.baseUrl('hapihub')}${path}`, {
      method,
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
    })
    const text = await response.text()
    return { status: response.status, body: text === '' ? undefined : JSON.parse(text) }
  }

  it('creates a room once, posts in it, finds its messages by room with $limit and $sort, and marks one seen', async () => {
    const created = await send('POST', '/chat-rooms', ada, {
      participants: ['uid-grace', 'uid-nurse'],
      title: 'Night shift',
    })
    expect(created).toEqual({
      status: 200,
      body: {
        id: 'room-1',
        createdAt: NOW.getTime(),
        createdBy: 'uid-ada',
        title: 'Night shift',
        participants: ['uid-grace', 'uid-nurse', 'uid-ada'],
        participantsLastMessageSeen: {},
      },
    })
    // The same participants, in another order and naming the caller, give the same room back.
    expect(
      await send('POST', '/chat-rooms', grace, {
        participants: ['uid-nurse', 'uid-ada', 'uid-grace'],
        title: 'Another title',
      }),
    ).toEqual(created)
    expect(
      (await send('GET', '/chat-rooms?participants=uid-nurse', grace)).body.map((room: { id: string }) => room.id),
    ).toEqual(['room-clinic', 'room-lab', 'room-1'])

    const posted: string[] = []
    for (const [headers, text, createdAt] of [
      [ada, 'Who has the keys?', 1000],
      [grace, 'I do.', 2000],
      [ada, 'Thanks.', 3000],
    ] as const) {
      const message = await send('POST', '/chat-messages', headers, { room: 'room-1', text, createdAt })
      expect(message).toMatchObject({ status: 200, body: { room: 'room-1', text, createdAt } })
      posted.push(message.body.id)
    }

    const newest = await send('GET', '/chat-messages?room=room-1&$sort[createdAt]=-1&$limit=2', grace)
    expect(newest.status).toBe(200)
    expect(newest.body.map((message: { id: string }) => message.id)).toEqual([posted[2], posted[1]])
    const rest = await send('GET', '/chat-messages?room=room-1&$sort[createdAt]=-1&$limit=2&$skip=2', grace)
    expect(rest.body.map((message: { id: string }) => message.id)).toEqual([posted[0]])
    expect(
      (await send('GET', '/chat-messages?room[$in][]=room-1&createdBy=uid-ada', grace)).body.map(
        (message: { id: string }) => message.id,
      ),
    ).toEqual([posted[0], posted[2]])

    const seen = await send('PATCH', `/chat-messages/${posted[2]}`, grace, { seen: true })
    expect(seen).toMatchObject({ status: 200, body: { id: posted[2], seenBy: ['uid-grace'] } })
    expect((await send('GET', '/chat-rooms/room-1', grace)).body.participantsLastMessageSeen).toEqual({
      'uid-grace': posted[2],
    })
  })

  it('refuses a query key find does not declare, naming it', async () => {
    const response = await send('GET', '/chat-messages?room[$nin][]=room-1', ada)
    expect(response).toMatchObject({
      status: 400,
      body: {
        title: 'Bad Request',
        issues: [{ location: 'query', pointer: '/room[$nin][]', keyword: 'additionalProperties' }],
      },
    })
    expect(response.body.detail).toContain('"room[$nin][]" is not allowed')
  })

  it('starts every scenario from the fixtures', async () => {
    expect((await send('GET', '/chat-rooms/room-1', ada)).status).toBe(404)
  })
})
