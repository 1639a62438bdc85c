import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { Table } from '../../src/store/table.js'
import { pollUntil } from '../support/poll-until.js'
import { refused, runAction, succeeded } from '../support/run-action.js'
import { runtimes, type Runtime } from '../support/runtimes.js'

// RoostedHR's other side (specs/roosted.yaml, x-chatmock-actions): another member of a chat posts,
// through the same code as Send message, so the HTTP lists show it as if that member had sent it.
const NOW = new Date('2024-03-10T00:00:00.000Z')
const headers = { 'x-api-key': 'key', 'content-type': 'application/json' }
// The docs' chat: 3158 (Chris Davis, its admin) and 120915 (Aaron Labrado), no messages yet.
const DOCS_CHAT = 'yJjarB5xUW'
const FIRST_MESSAGE_ID = 'y1IGM8SlEkp'

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

  async function send(method: string, path: string, body?: unknown) {
    const response = await fetch(`${runtime.baseUrl('roosted')}${path}`, {
      method,
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
    })
    const text = await response.text()
    return { status: response.status, body: text === '' ? undefined : JSON.parse(text) }
  }

  const act = (action: string, input: unknown) => runAction(name, runtime, 'roosted', action, input)

  /** What a chat looks like over HTTP to both its members: their views, then their message lists. */
  async function observeDocsChat() {
    const views = [
      (await send('GET', `/workers/3158/chats/${DOCS_CHAT}`)).body,
      (await send('GET', `/workers/120915/chats/${DOCS_CHAT}`)).body,
    ]
    const lists = [(await send('GET', '/workers/3158/chats')).body, (await send('GET', '/workers/120915/chats')).body]
    const messages = [
      (await send('GET', `/workers/3158/chats/${DOCS_CHAT}/messages`)).body,
      (await send('GET', `/workers/120915/chats/${DOCS_CHAT}/messages`)).body,
    ]
    return { views, lists, messages }
  }

  it('resolves memberMessage to the message as its sender sees it', async () => {
    expect(await act('memberMessage', { chat_id: DOCS_CHAT, worker_id: '120915', message: 'Hi Chris' })).toEqual(
      succeeded(name, {
        id: FIRST_MESSAGE_ID,
        message: 'Hi Chris',
        sender_id: '120915',
        sender_name: 'Aaron Labrado',
        date_created: NOW.toISOString(),
        read: '1',
      }),
    )
  })

  it("shows another member's message in the chat list, unread for the other members, and in the message list", async () => {
    await act('memberMessage', { chat_id: DOCS_CHAT, worker_id: '120915', message: 'Hi Chris' })
    const chats = (await send('GET', '/workers/3158/chats')).body.chats
    expect(chats.find((chat: { id: string }) => chat.id === DOCS_CHAT)).toMatchObject({
      unread_count: '1',
      most_recent_message_id: FIRST_MESSAGE_ID,
      last_message_timestamp: NOW.toISOString(),
      message: 'Hi Chris',
      name_first: 'Aaron',
      selected_picture_location: 'example/2',
    })
    expect((await send('GET', `/workers/120915/chats/${DOCS_CHAT}`)).body).toMatchObject({
      unread_count: '0',
      most_recent_message_id: FIRST_MESSAGE_ID,
    })
    expect((await send('GET', `/workers/3158/chats/${DOCS_CHAT}/messages`)).body).toEqual({
      messages: [
        {
          id: FIRST_MESSAGE_ID,
          message: 'Hi Chris',
          sender_id: '120915',
          sender_name: 'Aaron Labrado',
          date_created: NOW.toISOString(),
          read: '0',
        },
      ],
      has_more: false,
    })
    expect((await send('GET', `/workers/3158/chats/${DOCS_CHAT}`)).body.unread_count).toBe('0')
  })

  it('changes the chat exactly as Send message by that member does', async () => {
    expect((await send('POST', `/workers/120915/chats/${DOCS_CHAT}/messages`, { message: 'Hi Chris' })).status).toBe(
      201,
    )
    const overHttp = await observeDocsChat()
    await runtime.reset()
    await act('memberMessage', { chat_id: DOCS_CHAT, worker_id: '120915', message: 'Hi Chris' })
    expect(await observeDocsChat()).toEqual(overHttp)
  })

  it('refuses an input its schema rejects with ACTION_INVALID naming every issue', async () => {
    expect(
      await act('memberMessage', { chat_id: DOCS_CHAT, worker_id: '120915', message: '', sender: 'Aaron' }),
    ).toEqual(
      refused(
        name,
        'ACTION_INVALID',
        'the input of roosted memberMessage is invalid: input field "sender" is not allowed; input field "message" must be at least 1 characters (got 0)',
      ),
    )
  })

  it('refuses an input without the chat, the worker and the message with ACTION_INVALID', async () => {
    expect(await act('memberMessage', {})).toEqual(
      refused(
        name,
        'ACTION_INVALID',
        'the input of roosted memberMessage is invalid: input field "chat_id" is required; input field "worker_id" is required; input field "message" is required',
      ),
    )
  })

  it('refuses a worker who is not a member of the chat with ACTION_INVALID naming its members', async () => {
    expect(await act('memberMessage', { chat_id: DOCS_CHAT, worker_id: '4000', message: 'Hello' })).toEqual(
      refused(
        name,
        'ACTION_INVALID',
        `roosted memberMessage: worker "4000" is not a member of chat "${DOCS_CHAT}"; its members are 3158, 120915`,
      ),
    )
  })

  it('refuses an unknown worker with ACTION_INVALID', async () => {
    expect(await act('memberMessage', { chat_id: DOCS_CHAT, worker_id: '999999', message: 'Hello' })).toEqual(
      refused(name, 'ACTION_INVALID', 'roosted memberMessage: worker "999999" does not exist'),
    )
  })

  it('refuses an unknown chat with ACTION_INVALID', async () => {
    expect(await act('memberMessage', { chat_id: 'zzzzzzzzzz', worker_id: '120915', message: 'Hello' })).toEqual(
      refused(name, 'ACTION_INVALID', 'roosted memberMessage: chat "zzzzzzzzzz" does not exist'),
    )
  })

  it('refuses a locked chat with ACTION_INVALID, as Send message refuses it with 403', async () => {
    expect(await act('memberMessage', { chat_id: 'Lk7cJd2VwE', worker_id: '4002', message: 'Anyone here?' })).toEqual(
      refused(
        name,
        'ACTION_INVALID',
        'roosted memberMessage: chat "Lk7cJd2VwE" is locked, so it takes no new messages',
      ),
    )
  })

  it('changes nothing when it refuses an action', async () => {
    const writes = Table.writes
    await act('memberMessage', { chat_id: DOCS_CHAT, worker_id: '4000', message: 'Hello' })
    await act('memberMessage', { chat_id: 'Lk7cJd2VwE', worker_id: '4002', message: 'Anyone here?' })
    expect(Table.writes).toBe(writes)
  })

  it('answers an unknown action with 404 (in process: UNKNOWN_OPERATION)', async () => {
    expect(await act('memberReply', { chat_id: DOCS_CHAT })).toEqual(
      refused(name, 'UNKNOWN_OPERATION', 'roosted has no action "memberReply"; its actions are memberMessage'),
    )
  })

  it('lists memberMessage among the actions, with its input schema', () => {
    expect(runtime.admin.actions().roosted).toEqual({
      memberMessage: {
        summary: expect.stringContaining('Another member of a chat posts a message'),
        input: expect.objectContaining({ additionalProperties: false, required: ['chat_id', 'worker_id', 'message'] }),
      },
    })
  })

  it("answers a worker's message with a colleague's through a scripted reply rule, with no code", async () => {
    runtime.admin.updateSettings({
      replies: [
        {
          api: 'roosted',
          on: 'sendChatMessage',
          where: { 'params.chat_id': DOCS_CHAT, 'params.id': '3158' },
          afterMs: 0,
          act: 'memberMessage',
          with: { chat_id: '$request.params.chat_id', worker_id: '120915', message: 'On it!' },
        },
      ],
    })
    const sent = await send('POST', `/workers/3158/chats/${DOCS_CHAT}/messages`, { message: 'Can you cover Saturday?' })
    expect(sent.status).toBe(201)
    const view = await pollUntil(
      async () => (await send('GET', `/workers/3158/chats/${DOCS_CHAT}`)).body,
      (chat) => chat.most_recent_message_id !== sent.body.id,
    )
    expect(view).toMatchObject({ unread_count: '1', message: 'On it!', name_first: 'Aaron' })
    expect(
      (await send('GET', `/workers/3158/chats/${DOCS_CHAT}/messages`)).body.messages.map(
        (message: { sender_id: string; message: string; read: string }) => [
          message.sender_id,
          message.message,
          message.read,
        ],
      ),
    ).toEqual([
      ['3158', 'Can you cover Saturday?', '1'],
      ['120915', 'On it!', '0'],
    ])
  })

  it('gives no scripted reply to a message its rule does not name', async () => {
    runtime.admin.updateSettings({
      replies: [
        {
          api: 'roosted',
          on: 'sendChatMessage',
          where: { 'params.chat_id': DOCS_CHAT },
          afterMs: 0,
          act: 'memberMessage',
          with: { chat_id: '$request.params.chat_id', worker_id: '120915', message: 'On it!' },
        },
      ],
    })
    const elsewhere = await send('POST', '/workers/3158/chats/Sn4dWq8ZmB/messages', { message: 'Swap Tuesday?' })
    const here = await send('POST', `/workers/3158/chats/${DOCS_CHAT}/messages`, { message: 'Can you cover Saturday?' })
    // Once the rule's reply has landed, a reply to the other chat would have too (timers of the same delay run in order).
    await pollUntil(
      async () => (await send('GET', `/workers/3158/chats/${DOCS_CHAT}`)).body,
      (chat) => chat.most_recent_message_id !== here.body.id,
    )
    expect((await send('GET', '/workers/3158/chats/Sn4dWq8ZmB')).body.most_recent_message_id).toBe(elsewhere.body.id)
  })
})
