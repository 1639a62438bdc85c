import { expect, it } from 'vitest'
import { Table } from '../../src/store/table.js'
import { call, useChatmock } from '../support/start-chatmock.js'

// RoostedHR: a chat's messages, their read flags and what sending changes (specs/roosted.yaml).
const NOW = new Date('2024-03-10T00:00:00.000Z')
const chatmock = useChatmock({ now: () => NOW })

const base = 'https://api.roostedhr.com/api/1_12'
const headers = { 'x-api-key': 'key', 'content-type': 'application/json' }
const DOCS_CHAT = 'Xk2mPq7RtA'

type Message = {
  id: string
  message: string
  sender_id: string
  sender_name: string
  date_created: string
  read: string
}

function messages(worker: string, chat: string, query = '') {
  return call(`${base}/workers/${worker}/chats/${chat}/messages${query && `?${query}`}`, { headers })
}

function send(worker: string, chat: string, body: unknown) {
  return call(`${base}/workers/${worker}/chats/${chat}/messages`, {
    method: 'POST',
    headers,
    body: JSON.stringify(body),
  })
}

function getChat(worker: string, chat: string) {
  return call(`${base}/workers/${worker}/chats/${chat}`, { headers })
}

function edit(worker: string, chat: string, body: unknown) {
  return call(`${base}/workers/${worker}/chats/${chat}`, { method: 'PATCH', headers, body: JSON.stringify(body) })
}

/** Every message, following last_seen_id; `between` runs after each page. */
async function pageThrough(
  worker: string,
  chat: string,
  limit: number,
  between: (page: number) => Promise<void> = async () => {},
) {
  const seen: Message[] = []
  const more: boolean[] = []
  let cursor = ''
  for (let page = 0; page < 100; page++) {
    const response = await messages(worker, chat, `limit=${limit}${cursor && `&last_seen_id=${cursor}`}`)
    expect(response.status).toBe(200)
    seen.push(...response.body.messages)
    more.push(response.body.has_more)
    if (!response.body.has_more) break
    cursor = response.body.messages.at(-1).id
    await between(page)
  }
  return { seen, more }
}

// Listing.

it("answers the docs' two messages, oldest first, as worker 3158 sees them before reading", async () => {
  const response = await messages('3158', DOCS_CHAT, 'limit=2')
  expect(response.status).toBe(200)
  expect(response.body).toEqual({
    messages: [
      {
        id: 'rxsVGOYHC9u',
        message: 'Hello there',
        sender_id: '3158',
        sender_name: 'Chris Davis',
        date_created: '2024-01-05T17:10:00.000Z',
        read: '1',
      },
      {
        id: 'HavJuiLxDiR',
        message: 'Hi, how are you?',
        sender_id: '12',
        sender_name: 'Jane Smith',
        date_created: '2024-01-05T17:11:00.000Z',
        read: '0',
      },
    ],
    has_more: true,
  })
})

it('answers 20 messages by default, oldest first, then the rest after the last one', async () => {
  const first = await messages('12', DOCS_CHAT)
  expect(first.body.messages).toHaveLength(20)
  expect(first.body.has_more).toBe(true)
  const times = first.body.messages.map((message: Message) => message.date_created)
  expect(times).toEqual([...times].sort())
  const rest = await messages('12', DOCS_CHAT, `last_seen_id=${first.body.messages[19].id}`)
  expect(rest.body.messages).toHaveLength(5)
  expect(rest.body.has_more).toBe(false)
})

it('visits every message exactly once by following the cursor, and ends with has_more false', async () => {
  const all = (await messages('12', DOCS_CHAT, 'limit=100')).body.messages.map((message: Message) => message.id)
  expect(all).toHaveLength(25)
  for (const limit of [1, 2, 7, 25, 100]) {
    const { seen, more } = await pageThrough('12', DOCS_CHAT, limit)
    expect(seen.map((message) => message.id)).toEqual(all)
    expect(more.at(-1)).toBe(false)
  }
})

it('shows messages sent while a client pages on its later pages, each once', async () => {
  const before = (await messages('12', DOCS_CHAT, 'limit=100')).body.messages.map((message: Message) => message.id)
  const added: string[] = []
  const { seen } = await pageThrough('3158', DOCS_CHAT, 4, async (page) => {
    if (page < 3)
      added.push((await send(page % 2 === 0 ? '12' : '3158', DOCS_CHAT, { message: `while paging ${page}` })).body.id)
  })
  expect(seen.map((message) => message.id)).toEqual([...before, ...added])
})

it('returns 400 for a last_seen_id that is not a message of the chat', async () => {
  // tE1HWDEIeKJ is a message of chat uHKL4EB38I, which 3158 is a member of too.
  for (const cursor of ['zzzzzzzzzzz', 'tE1HWDEIeKJ']) {
    const response = await messages('3158', DOCS_CHAT, `last_seen_id=${cursor}`)
    expect(response.status).toBe(400)
    expect(response.body.issues).toEqual([
      {
        location: 'query',
        pointer: '/last_seen_id',
        keyword: 'exists',
        message: `query parameter "last_seen_id" must name a message of chat "${DOCS_CHAT}" (got "${cursor}")`,
      },
    ])
  }
})

it('refuses a limit outside 1 to 100', async () => {
  for (const limit of ['0', '101']) expect((await messages('3158', DOCS_CHAT, `limit=${limit}`)).status).toBe(400)
})

it('returns 404 for the messages of a chat the worker is not a member of, or an unknown chat', async () => {
  expect((await messages('4000', DOCS_CHAT)).status).toBe(404)
  expect((await messages('3158', 'zzzzzzzzzz')).status).toBe(404)
})

it('answers an empty page for a chat without messages', async () => {
  expect((await messages('3158', 'yJjarB5xUW')).body).toEqual({ messages: [], has_more: false })
})

// Read state.

it("keeps read flags per worker: own messages are read, others' are read once fetched", async () => {
  // Jane (12) has read all of Chris's messages but the last; Chris has read none of Jane's.
  const jane = (await messages('12', DOCS_CHAT, 'limit=100')).body.messages as Message[]
  expect(jane.filter((message) => message.read === '0').map((message) => message.sender_id)).toEqual(['3158'])
  expect(jane.at(-1)).toMatchObject({ sender_id: '3158', read: '0' })
  const chris = (await messages('3158', DOCS_CHAT, 'limit=100')).body.messages as Message[]
  expect(chris.every((message) => message.read === (message.sender_id === '3158' ? '1' : '0'))).toBe(true)
})

it('marks the fetched page read for the worker, and lowers its unread_count by as many', async () => {
  expect((await getChat('3158', DOCS_CHAT)).body.unread_count).toBe('12')
  await messages('3158', DOCS_CHAT, 'limit=4')
  expect((await getChat('3158', DOCS_CHAT)).body.unread_count).toBe('10')
  const again = await messages('3158', DOCS_CHAT, 'limit=6')
  expect(again.body.messages.map((message: Message) => message.read)).toEqual(['1', '1', '1', '1', '1', '0'])
  expect((await getChat('3158', DOCS_CHAT)).body.unread_count).toBe('9')
  // Another member's read state does not move.
  expect((await getChat('12', DOCS_CHAT)).body.unread_count).toBe('1')
})

it('leaves read state alone when a fetch is refused', async () => {
  const writes = Table.writes
  expect((await messages('3158', DOCS_CHAT, 'last_seen_id=zzzzzzzzzzz')).status).toBe(400)
  expect(Table.writes).toBe(writes)
})

it("keeps the fixtures' unread counts and read flags consistent", async () => {
  // In chat uHKL4EB38I, 4005 has 3 unread messages and 3158 has 2.
  for (const [worker, unread] of [
    ['4005', 3],
    ['3158', 2],
    ['4006', 2],
    ['4009', 2],
  ] as const) {
    expect((await getChat(worker, 'uHKL4EB38I')).body.unread_count).toBe(String(unread))
    const flags = (await messages(worker, 'uHKL4EB38I')).body.messages.map((message: Message) => message.read)
    expect(flags.filter((flag: string) => flag === '0')).toHaveLength(unread)
  }
})

// Sending.

it('sends a message as the worker in the path, answering 201 with it as its sender sees it', async () => {
  const response = await send('3158', 'Sn4dWq8ZmB', { message: 'Hello there' })
  expect(response.status).toBe(201)
  expect(response.body).toEqual({
    id: expect.stringMatching(/^[A-Za-z0-9]{11}$/),
    message: 'Hello there',
    sender_id: '3158',
    sender_name: 'Chris Davis',
    date_created: NOW.toISOString(),
    read: '1',
  })
})

it('shows a sent message in the list of every member, unread for all but the sender', async () => {
  const { body } = await send('3158', 'uHKL4EB38I', { message: 'Stand-up moved to ten' })
  for (const worker of ['3158', '4005', '4006', '4009']) {
    const last = (await messages(worker, 'uHKL4EB38I', 'limit=100')).body.messages.at(-1)
    expect(last, worker).toEqual({ ...body, read: worker === '3158' ? '1' : '0' })
  }
})

it("makes a sent message the chat's most recent one for every member, and counts it unread for the others", async () => {
  await send('4001', 'Sn4dWq8ZmB', { message: 'Can you take my Friday?' })
  const recent = {
    most_recent_message_id: expect.any(String),
    last_message_timestamp: NOW.toISOString(),
    message: 'Can you take my Friday?',
    name_first: 'Ottilie',
    selected_picture_location: 'example/4',
  }
  expect((await getChat('3158', 'Sn4dWq8ZmB')).body).toMatchObject({ ...recent, unread_count: '1' })
  expect((await getChat('4001', 'Sn4dWq8ZmB')).body).toMatchObject({ ...recent, unread_count: '0' })
})

it('leaves chats_order and the list order as they were when a message is sent', async () => {
  const before = (await call(`${base}/workers/3158/chats`, { headers })).body.chats.map(
    (chat: { id: string; chats_order: string }) => `${chat.id} ${chat.chats_order}`,
  )
  await send('3158', 'Xk2mPq7RtA', { message: 'bump?' })
  const after = (await call(`${base}/workers/3158/chats`, { headers })).body.chats.map(
    (chat: { id: string; chats_order: string }) => `${chat.id} ${chat.chats_order}`,
  )
  expect(after).toEqual(before)
})

it('gives sent messages distinct 11-character ids, the same ones after a reset', async () => {
  const first = (await send('3158', 'Sn4dWq8ZmB', { message: 'one' })).body.id
  const second = (await send('3158', 'Sn4dWq8ZmB', { message: 'two' })).body.id
  expect(second).not.toBe(first)
  await chatmock.current.reset('roosted')
  expect((await send('3158', 'Sn4dWq8ZmB', { message: 'one' })).body.id).toBe(first)
})

it('returns 403 for a message to a locked chat, and stores nothing', async () => {
  const writes = Table.writes
  const response = await send('3158', 'Lk7cJd2VwE', { message: 'Anyone here?' })
  expect(response).toMatchObject({
    status: 403,
    body: { title: 'Forbidden', detail: 'chat "Lk7cJd2VwE" is locked, so it takes no new messages' },
  })
  expect(Table.writes).toBe(writes)
  expect((await messages('3158', 'Lk7cJd2VwE')).body.messages).toEqual([])
})

it('returns 404 for a message to a chat the worker is not a member of, and stores nothing', async () => {
  const writes = Table.writes
  expect((await send('4000', 'Sn4dWq8ZmB', { message: 'hi' })).status).toBe(404)
  expect(Table.writes).toBe(writes)
})

it.each([
  ['no message', {}, '/message', 'required'],
  ['an empty message', { message: '' }, '/message', 'minLength'],
  ['a message that is not text', { message: 5 }, '/message', 'type'],
  ['an unknown field', { message: 'hi', text: 'hi' }, '/text', 'additionalProperties'],
] as const)('returns 400 for %s', async (_, body, pointer, keyword) => {
  const response = await send('3158', 'Sn4dWq8ZmB', body)
  expect(response.status).toBe(400)
  expect(response.body.issues).toEqual([expect.objectContaining({ location: 'body', pointer, keyword })])
})

// Members and messages.

it('shows a worker added to a chat its earlier messages, all read', async () => {
  await edit('3158', DOCS_CHAT, { members: ['3158', '12', '4000'] })
  expect((await getChat('4000', DOCS_CHAT)).body).toMatchObject({
    chat_admin: '0',
    unread_count: '0',
    most_recent_message_id: (await getChat('3158', DOCS_CHAT)).body.most_recent_message_id,
  })
  const history = (await messages('4000', DOCS_CHAT, 'limit=100')).body.messages as Message[]
  expect(history).toHaveLength(25)
  expect(history.every((message) => message.read === '1')).toBe(true)
  // Messages sent from then on reach the new member unread.
  await send('12', DOCS_CHAT, { message: 'Welcome!' })
  expect((await messages('4000', DOCS_CHAT, `last_seen_id=${history.at(-1)!.id}`)).body.messages).toEqual([
    expect.objectContaining({ message: 'Welcome!', read: '0' }),
  ])
})

it("takes a removed worker's messages away with the chat", async () => {
  await edit('3158', DOCS_CHAT, { members: ['3158'] })
  expect((await messages('12', DOCS_CHAT)).status).toBe(404)
  expect((await send('12', DOCS_CHAT, { message: 'still here?' })).status).toBe(404)
  await send('3158', DOCS_CHAT, { message: 'alone now' })
  await edit('3158', DOCS_CHAT, { members: ['3158', '12'] })
  const back = (await messages('12', DOCS_CHAT, 'limit=100')).body.messages as Message[]
  expect(back).toHaveLength(26)
  expect(back.every((message) => message.read === '1')).toBe(true)
})

it('restores messages and read flags exactly on reset', async () => {
  const before = JSON.stringify(chatmock.current.stores.roosted.snapshot())
  await send('3158', DOCS_CHAT, { message: 'x' })
  await messages('3158', DOCS_CHAT)
  await edit('3158', DOCS_CHAT, { members: ['3158', '4000'] })
  await chatmock.current.reset('roosted')
  expect(JSON.stringify(chatmock.current.stores.roosted.snapshot())).toBe(before)
})
