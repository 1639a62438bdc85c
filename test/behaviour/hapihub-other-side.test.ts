import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { Table } from '../../src/store/table.js'
import { pollUntil } from '../support/poll-until.js'
import { refused, runAction, succeeded } from '../support/run-action.js'
import { runtimes, type Runtime } from '../support/runtimes.js'

// HapiHub's other side (specs/hapihub.yaml, x-chatmock-actions): another participant of a room
// posts and marks messages seen, through the same code as Post and Update a chat message, so find
// and the room show it as if that participant's token had done it.
const NOW = new Date('2024-03-10T00:00:00.000Z')
const as = (token: string) => ({ authorization: `Bearer ${token}`, 'content-type': 'application/json' })
// The docs' room: some-uid, uid-ada (who has seen id-6) and uid-grace take part in it; uid-nurse does not.
const ROOM = 'room-id'

describe.each(runtimes)('%s', (name, start) => {
  let runtime: Runtime
  beforeAll(async () => {
    runtime = await start({ now: () => NOW })
  })
  afterEach(async () => {
    runtime.admin.updateSettings({})
    await runtime.reset()
  })
  afterAll(() => runtime.stop())

  async function send(token: string, method: string, path: string, body?: unknown) {
    const response = await fetch(`${runtime.baseUrl('hapihub')}${path}`, {
      method,
      headers: as(token),
      body: body === undefined ? undefined : JSON.stringify(body),
    })
    const text = await response.text()
    return { status: response.status, body: text === '' ? undefined : JSON.parse(text) }
  }

  const act = (action: string, input: unknown) => runAction(name, runtime, 'hapihub', action, input)

  /** The room's messages (find), grace's messages, and the room, as token-ada sees them. */
  async function observeRoom() {
    return {
      messages: (await send('token-ada', 'GET', `/chat-messages?room=${ROOM}`)).body,
      grace: (await send('token-ada', 'GET', '/chat-messages?createdBy=uid-grace')).body,
      room: (await send('token-ada', 'GET', `/chat-rooms/${ROOM}`)).body,
    }
  }

  it('resolves participantMessage to the stored message, createdBy the participant', async () => {
    expect(
      await act('participantMessage', {
        room: ROOM,
        uid: 'uid-grace',
        text: 'Results are in',
        media: 'https://example.org/lab.pdf',
        session: 'session-7',
      }),
    ).toEqual(
      succeeded(name, {
        id: 'id-11',
        createdAt: NOW.getTime(),
        createdBy: 'uid-grace',
        room: ROOM,
        session: 'session-7',
        text: 'Results are in',
        media: 'https://example.org/lab.pdf',
      }),
    )
  })

  it("shows another participant's message in find, newest last, and by its id", async () => {
    await act('participantMessage', { room: ROOM, uid: 'uid-grace', text: 'Results are in' })
    const found = (await send('token-ada', 'GET', `/chat-messages?room=${ROOM}`)).body
    expect(found.at(-1)).toEqual({
      id: 'id-11',
      createdAt: NOW.getTime(),
      createdBy: 'uid-grace',
      room: ROOM,
      text: 'Results are in',
    })
    expect((await send('token-ada', 'GET', '/chat-messages/id-11')).status).toBe(200)
  })

  it("posts exactly what Post a chat message with the participant's token posts", async () => {
    expect((await send('token-grace', 'POST', '/chat-messages', { room: ROOM, text: 'Results are in' })).status).toBe(
      200,
    )
    const overHttp = await observeRoom()
    await runtime.reset()
    await act('participantMessage', { room: ROOM, uid: 'uid-grace', text: 'Results are in' })
    expect(await observeRoom()).toEqual(overHttp)
  })

  it("marks a message seen for another participant: seenBy and the room's participantsLastMessageSeen", async () => {
    const posted = await send('token-ada', 'POST', '/chat-messages', { room: ROOM, text: 'Are the results in?' })
    expect(await act('markSeen', { id: posted.body.id, uid: 'uid-grace' })).toEqual(
      succeeded(name, { ...posted.body, seenBy: ['uid-grace'] }),
    )
    expect((await send('token-ada', 'GET', `/chat-rooms/${ROOM}`)).body.participantsLastMessageSeen).toEqual({
      'uid-ada': 'id-6',
      'uid-grace': posted.body.id,
    })
    expect((await send('token-ada', 'GET', `/chat-messages/${posted.body.id}`)).body.seenBy).toEqual(['uid-grace'])
  })

  it("marks seen exactly as Update a chat message with seen: true and the participant's token does", async () => {
    expect((await send('token-grace', 'PATCH', '/chat-messages/id-4', { seen: true })).status).toBe(200)
    const overHttp = await observeRoom()
    await runtime.reset()
    await act('markSeen', { id: 'id-4', uid: 'uid-grace' })
    expect(await observeRoom()).toEqual(overHttp)
  })

  it('refuses an input its schema rejects with ACTION_INVALID naming every issue', async () => {
    expect(await act('participantMessage', { room: '', uid: 'uid-grace', text: 3, createdAt: 0 })).toEqual(
      refused(
        name,
        'ACTION_INVALID',
        'the input of hapihub participantMessage is invalid: input field "createdAt" is not allowed; input field "room" must be at least 1 characters (got 0); input field "text" must be string (got 3)',
      ),
    )
  })

  it('refuses a markSeen input without the message and the participant with ACTION_INVALID', async () => {
    expect(await act('markSeen', {})).toEqual(
      refused(
        name,
        'ACTION_INVALID',
        'the input of hapihub markSeen is invalid: input field "id" is required; input field "uid" is required',
      ),
    )
  })

  it('refuses an account that does not take part in the room with ACTION_INVALID naming its participants', async () => {
    expect(await act('participantMessage', { room: ROOM, uid: 'uid-nurse', text: 'Hello' })).toEqual(
      refused(
        name,
        'ACTION_INVALID',
        `hapihub participantMessage: account "uid-nurse" does not take part in room "${ROOM}"; its participants are some-uid, uid-ada, uid-grace`,
      ),
    )
  })

  it('refuses an unknown room with ACTION_INVALID', async () => {
    expect(await act('participantMessage', { room: 'no-such-room', uid: 'uid-grace', text: 'Hello' })).toEqual(
      refused(name, 'ACTION_INVALID', 'hapihub participantMessage: room "no-such-room" does not exist'),
    )
  })

  it('refuses to mark seen an unknown message with ACTION_INVALID', async () => {
    expect(await act('markSeen', { id: 'id-404', uid: 'uid-grace' })).toEqual(
      refused(name, 'ACTION_INVALID', 'hapihub markSeen: chat message "id-404" does not exist'),
    )
  })

  it('refuses to mark seen a message that is in no room with ACTION_INVALID', async () => {
    expect(await act('markSeen', { id: 'id-1', uid: 'uid-grace' })).toEqual(
      refused(
        name,
        'ACTION_INVALID',
        'hapihub markSeen: chat message "id-1" is in no room, so no participant can see it',
      ),
    )
  })

  it("refuses to mark seen for an account that does not take part in the message's room with ACTION_INVALID", async () => {
    expect(await act('markSeen', { id: 'id-4', uid: 'uid-nurse' })).toEqual(
      refused(
        name,
        'ACTION_INVALID',
        `hapihub markSeen: account "uid-nurse" does not take part in room "${ROOM}"; its participants are some-uid, uid-ada, uid-grace`,
      ),
    )
  })

  it('changes nothing when it refuses an action', async () => {
    const writes = Table.writes
    await act('participantMessage', { room: ROOM, uid: 'uid-nurse', text: 'Hello' })
    await act('markSeen', { id: 'id-4', uid: 'uid-nurse' })
    expect(Table.writes).toBe(writes)
  })

  it('answers an unknown action with 404 (in process: UNKNOWN_OPERATION)', async () => {
    expect(await act('agentMessage', { room: ROOM })).toEqual(
      refused(
        name,
        'UNKNOWN_OPERATION',
        'hapihub has no action "agentMessage"; its actions are participantMessage, markSeen',
      ),
    )
  })

  it('lists participantMessage and markSeen among the actions, with their input schemas', () => {
    expect(runtime.admin.actions().hapihub).toEqual({
      participantMessage: {
        summary: expect.stringContaining('Another participant of a room posts a message'),
        input: expect.objectContaining({ additionalProperties: false, required: ['room', 'uid'] }),
      },
      markSeen: {
        summary: expect.stringContaining('Another participant of a room has seen a message'),
        input: expect.objectContaining({ additionalProperties: false, required: ['id', 'uid'] }),
      },
    })
  })

  it("answers a message with another participant's through a scripted reply rule, with no code", async () => {
    runtime.admin.updateSettings({
      replies: [
        {
          api: 'hapihub',
          on: 'createChatMessage',
          where: { 'body.room': ROOM, 'response.body.createdBy': 'uid-ada' },
          afterMs: 0,
          act: 'participantMessage',
          with: { room: '$request.body.room', uid: 'uid-grace', text: 'On my way' },
        },
      ],
    })
    const posted = await send('token-ada', 'POST', '/chat-messages', { room: ROOM, text: 'Bed 4 needs a doctor' })
    expect(posted.status).toBe(200)
    const found = await pollUntil(
      async () => (await send('token-ada', 'GET', `/chat-messages?room=${ROOM}`)).body,
      (messages) => messages.at(-1).id !== posted.body.id,
    )
    expect(
      found.slice(-2).map((message: { createdBy: string; text: string }) => [message.createdBy, message.text]),
    ).toEqual([
      ['uid-ada', 'Bed 4 needs a doctor'],
      ['uid-grace', 'On my way'],
    ])
  })

  it('marks a message seen by another participant through a scripted reply rule, with no code', async () => {
    runtime.admin.updateSettings({
      replies: [
        {
          api: 'hapihub',
          on: 'createChatMessage',
          where: { 'body.room': ROOM },
          afterMs: 0,
          act: 'markSeen',
          with: { id: '$response.body.id', uid: 'uid-grace' },
        },
      ],
    })
    const posted = await send('token-ada', 'POST', '/chat-messages', { room: ROOM, text: 'Bed 4 needs a doctor' })
    const room = await pollUntil(
      async () => (await send('token-ada', 'GET', `/chat-rooms/${ROOM}`)).body,
      (current) => current.participantsLastMessageSeen['uid-grace'] === posted.body.id,
    )
    expect(room.participantsLastMessageSeen).toEqual({ 'uid-ada': 'id-6', 'uid-grace': posted.body.id })
    expect((await send('token-ada', 'GET', `/chat-messages/${posted.body.id}`)).body.seenBy).toEqual(['uid-grace'])
  })
})
