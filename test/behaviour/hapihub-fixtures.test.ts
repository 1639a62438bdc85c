import { expect, it } from 'vitest'
import { setupChatmock } from '../../src/runtimes/node.js'
import { call } from '../support/start-chatmock.js'

// HapiHub fixtures: rooms given as bare ids (the format fixtures files had first) next to full rooms.
const base = 'https://yourdomain.com'
const json = { 'content-type': 'application/json' }
const ada = { authorization: 'Bearer token-ada' }

it('loads rooms given as bare ids next to full rooms, and restores them exactly', async () => {
  const chatmock = await setupChatmock({
    apis: ['hapihub'],
    fixtures: {
      hapihub: {
        rooms: [
          'lobby',
          {
            id: 'ward',
            createdAt: 5,
            createdBy: 'uid-ada',
            participants: ['uid-ada', 'uid-grace'],
            participantsLastMessageSeen: {},
          },
        ],
        accounts: [{ token: 'token-ada', uid: 'uid-ada' }],
        messages: [],
      },
    },
  })
  chatmock.server.listen({ onUnhandledRequest: 'error' })
  try {
    const before = JSON.stringify(chatmock.stores.hapihub.snapshot())
    // A bare id is a room no one takes part in: it takes messages, and no one sees it.
    expect(chatmock.stores.hapihub.rooms.get('lobby')).toEqual({ id: 'lobby', createdAt: 0 })
    const posted = await call(`${base}/chat-messages`, {
      method: 'POST',
      headers: { ...json, ...ada },
      body: JSON.stringify({ room: 'lobby', text: 'hi' }),
    })
    expect(posted.status).toBe(200)
    expect((await call(`${base}/chat-rooms`, { headers: ada })).body.map((room: { id: string }) => room.id)).toEqual([
      'ward',
    ])
    expect((await call(`${base}/chat-rooms/lobby`, { headers: ada })).status).toBe(404)
    await chatmock.reset()
    expect(JSON.stringify(chatmock.stores.hapihub.snapshot())).toBe(before)
  } finally {
    chatmock.server.close()
  }
})
