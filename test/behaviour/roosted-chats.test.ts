import { expect, it } from 'vitest'
import { Table } from '../../src/store/table.js'
import { call, useChatmock } from '../support/start-chatmock.js'

// RoostedHR: listing, creating and reading a worker's chats (specs/roosted.yaml, x-mock notes).
const NOW = new Date('2024-03-10T00:00:00.000Z')
const chatmock = useChatmock({ now: () => NOW })

const base = 'https://api.roostedhr.com/api/1_12'
const headers = { 'x-api-key': 'key', 'content-type': 'application/json' }

type ListItem = { id: string; name: string; locked: string; on_chat: string; silenced: string; chats_order: string }

function list(worker: string, query = '') {
  return call(`${base}/workers/${worker}/chats${query && `?${query}`}`, { headers })
}

function create(worker: string, body: unknown) {
  return call(`${base}/workers/${worker}/chats`, { method: 'POST', headers, body: JSON.stringify(body) })
}

function get(worker: string, chat: string) {
  return call(`${base}/workers/${worker}/chats/${chat}`, { headers })
}

function send(worker: string, chat: string, message: string) {
  return call(`${base}/workers/${worker}/chats/${chat}/messages`, {
    method: 'POST',
    headers,
    body: JSON.stringify({ message }),
  })
}

function ids(body: { chats: ListItem[] }) {
  return body.chats.map((chat) => chat.id)
}

/** Every chat of a list, following last_seen_id page by page; `between` runs after each page. */
async function pageThrough(
  worker: string,
  query: string,
  limit: number,
  between: (page: number) => Promise<void> = async () => {},
) {
  const seen: string[] = []
  const more: boolean[] = []
  let cursor = ''
  for (let page = 0; page < 100; page++) {
    const response = await list(worker, `${query}&limit=${limit}${cursor && `&last_seen_id=${cursor}`}`)
    expect(response.status).toBe(200)
    seen.push(...ids(response.body))
    more.push(response.body.has_more)
    if (!response.body.has_more) break
    cursor = response.body.chats.at(-1).id
    await between(page)
  }
  return { seen, more }
}

const active3158 = ['uHKL4EB38I', 'Sl9eBr1UaK', 'Sn4dWq8ZmB', 'yJjarB5xUW', 'Xk2mPq7RtA']
const all3158 = ['uHKL4EB38I', 'Sl9eBr1UaK', 'Of3nYh6TsG', 'Lk7cJd2VwE', 'Sn4dWq8ZmB', 'yJjarB5xUW', 'Xk2mPq7RtA']

// Listing.

it("lists the worker's active chats, newest first by chats_order", async () => {
  const response = await list('3158')
  expect(response.status).toBe(200)
  expect(ids(response.body)).toEqual(active3158)
  expect(response.body.has_more).toBe(false)
  const orders = response.body.chats.map((chat: ListItem) => Date.parse(chat.chats_order))
  expect(orders).toEqual([...orders].sort((a, b) => b - a))
})

it('lists chats as list items: auto_add_workers and event_id, no members', async () => {
  const { body } = await list('3158', 'all_chats=true')
  const fair = body.chats.find((chat: ListItem) => chat.id === 'Of3nYh6TsG')
  expect(fair).toMatchObject({ auto_add_workers: '1', event_id: '58213', on_chat: '0' })
  expect(body.chats.find((chat: ListItem) => chat.id === 'yJjarB5xUW')).toMatchObject({
    auto_add_workers: '0',
    event_id: null,
    name: 'Project Alpha Team',
  })
  for (const chat of body.chats) expect(chat).not.toHaveProperty('members')
})

it('includes locked chats and chats the worker left only with all_chats=true', async () => {
  expect(ids((await list('3158', 'all_chats=false')).body)).toEqual(active3158)
  expect(ids((await list('3158', 'all_chats=true')).body)).toEqual(all3158)
})

it('lists silenced chats as active ones', async () => {
  const { body } = await list('3158')
  expect(body.chats.find((chat: ListItem) => chat.id === 'Sl9eBr1UaK')).toMatchObject({ silenced: '1' })
})

it('never lists a chat the worker is not a member of, all_chats or not', async () => {
  expect(ids((await list('120915', 'all_chats=true')).body)).toEqual(['yJjarB5xUW'])
  expect(ids((await list('4003', 'all_chats=true')).body)).toEqual(['cAdgoqWuM7', 'Of3nYh6TsG'])
})

it('matches search_term against a case-insensitive part of the name', async () => {
  expect(ids((await list('3158', 'search_term=ALPHA')).body)).toEqual(['yJjarB5xUW'])
  expect(ids((await list('3158', 'search_term=team')).body)).toEqual(['Sl9eBr1UaK', 'yJjarB5xUW'])
  expect(ids((await list('3158', 'search_term=rota')).body)).toEqual([])
  expect(ids((await list('3158', 'search_term=rota&all_chats=true')).body)).toEqual(['Lk7cJd2VwE'])
})

it('matches every chat with an empty search_term', async () => {
  expect(ids((await list('3158', 'search_term=')).body)).toEqual(active3158)
})

it('answers an empty page for a worker without chats', async () => {
  expect(await list('4000')).toMatchObject({ status: 200, body: { chats: [], has_more: false } })
})

it('returns 404 for an unknown worker', async () => {
  const response = await list('999999')
  expect(response).toMatchObject({
    status: 404,
    body: { title: 'Not Found', detail: 'worker "999999" does not exist' },
  })
})

it('pages with limit and last_seen_id, the cursor being the last chat of the page', async () => {
  const first = await list('3158', 'limit=2')
  expect(first.body).toMatchObject({ has_more: true })
  expect(ids(first.body)).toEqual(active3158.slice(0, 2))
  const second = await list('3158', 'limit=2&last_seen_id=Sl9eBr1UaK')
  expect(ids(second.body)).toEqual(active3158.slice(2, 4))
  expect(second.body.has_more).toBe(true)
  const last = await list('3158', 'limit=2&last_seen_id=yJjarB5xUW')
  expect(last.body).toEqual({ chats: [expect.objectContaining({ id: 'Xk2mPq7RtA' })], has_more: false })
})

it('visits every chat exactly once by following the cursor, and ends with has_more false', async () => {
  for (const [query, expected] of [
    ['', active3158],
    ['all_chats=true', all3158],
    ['search_term=s', ['uHKL4EB38I', 'Sn4dWq8ZmB', 'Xk2mPq7RtA']],
  ] as const) {
    for (const limit of [1, 2, 3, 100]) {
      const { seen, more } = await pageThrough('3158', query, limit)
      expect(seen, `${query} limit ${limit}`).toEqual(expected)
      expect(more.at(-1)).toBe(false)
    }
  }
})

it('keeps paging exact while messages are sent to chats not visited yet', async () => {
  const { seen } = await pageThrough('3158', '', 1, async (page) => {
    // A message to the chat after the cursor and one to a chat already visited.
    expect((await send('3158', active3158[page + 1]!, `while paging ${page}`)).status).toBe(201)
    expect((await send('3158', active3158[0]!, `again ${page}`)).status).toBe(201)
  })
  expect(seen).toEqual(active3158)
})

it('shows a chat created while paging on a new first page, not on the pages after the cursor', async () => {
  const { seen } = await pageThrough('3158', '', 2, async (page) => {
    if (page === 0) expect((await create('3158', { members: ['4000'] })).status).toBe(201)
  })
  expect(seen).toEqual(active3158)
  expect((await list('3158', 'limit=1')).body.chats[0].name).toBe('Chris Davis, Bryon Kassulke')
})

it('pages from a cursor chat that the filters leave out', async () => {
  // Lk7cJd2VwE is locked, so not listed without all_chats, yet it marks a place in the list.
  expect(ids((await list('3158', 'last_seen_id=Lk7cJd2VwE')).body)).toEqual(['Sn4dWq8ZmB', 'yJjarB5xUW', 'Xk2mPq7RtA'])
})

it("returns 400 for a last_seen_id that is not one of the worker's chats", async () => {
  for (const cursor of ['zzzzzzzzzz', 'g8vAe5hwOQ']) {
    const response = await list('3158', `last_seen_id=${cursor}`)
    expect(response.status).toBe(400)
    expect(response.body.issues).toEqual([
      {
        location: 'query',
        pointer: '/last_seen_id',
        keyword: 'exists',
        message: `query parameter "last_seen_id" must name a chat of worker "3158" (got "${cursor}")`,
      },
    ])
  }
})

it('uses a limit of 20 by default and refuses one outside 1 to 100', async () => {
  for (let i = 0; i < 21; i++) expect((await create('4000', { members: ['4001'], name: `Chat ${i}` })).status).toBe(201)
  const first = await list('4000')
  expect(first.body.chats).toHaveLength(20)
  expect(first.body.has_more).toBe(true)
  expect((await list('4000', 'limit=100')).body).toMatchObject({ has_more: false })
  expect((await list('4000', 'limit=100')).body.chats).toHaveLength(21)
  for (const limit of ['0', '101', 'x']) expect((await list('4000', `limit=${limit}`)).status).toBe(400)
})

// Creating.

it('creates a chat with the worker in the path first, as its admin, and the others in request order', async () => {
  const response = await create('3158', { members: ['4002', '4001'], name: 'Weekend crew' })
  expect(response.status).toBe(201)
  expect(response.body).toMatchObject({
    name: 'Weekend crew',
    chat_admin: '1',
    silenced: '0',
    on_chat: '1',
    locked: '0',
    unread_count: '0',
    most_recent_message_id: null,
    date_created: NOW.toISOString(),
    chats_order: NOW.toISOString(),
  })
  expect(response.body.members.map((member: { id: string }) => member.id)).toEqual(['3158', '4002', '4001'])
  expect(response.body).not.toHaveProperty('auto_add_workers')
})

it('names an unnamed chat after its members\' full names, creator first, joined by ", "', async () => {
  const response = await create('120915', { members: ['3158'] })
  expect(response.body.name).toBe('Aaron Labrado, Chris Davis')
})

it('accepts a member list that names the worker in the path, wherever it stands, and adds it once', async () => {
  const response = await create('3158', { members: ['4001', '3158', '4002'] })
  expect(response.status).toBe(201)
  expect(response.body.members.map((member: { id: string }) => member.id)).toEqual(['3158', '4001', '4002'])
  expect(response.body.name).toBe('Chris Davis, Ottilie Kris, Kennedy Bergstrom')
})

it('keeps the name given at creation when the members change later', async () => {
  const created = await create('3158', { members: ['4001'] })
  const edited = await call(`${base}/workers/3158/chats/${created.body.id}`, {
    method: 'PATCH',
    headers,
    body: JSON.stringify({ members: ['3158', '4001', '4002'] }),
  })
  expect(edited.body.name).toBe('Chris Davis, Ottilie Kris')
})

it('shows a created chat to every member, each with its own flags, and to no one else', async () => {
  const { body } = await create('3158', { members: ['4001'], name: 'Pair' })
  expect((await get('4001', body.id)).body).toMatchObject({
    name: 'Pair',
    chat_admin: '0',
    unread_count: '0',
    members: body.members,
  })
  expect(ids((await list('4001')).body)).toContain(body.id)
  expect((await get('4002', body.id)).status).toBe(404)
  expect(ids((await list('4002', 'all_chats=true')).body)).not.toContain(body.id)
})

it('gives created chats distinct 10-character ids, the same ones after a reset', async () => {
  const first = (await create('3158', { members: ['4001'] })).body.id
  const second = (await create('3158', { members: ['4001'] })).body.id
  expect(first).toMatch(/^[A-Za-z0-9]{10}$/)
  expect(second).not.toBe(first)
  await chatmock.current.reset('roosted')
  expect((await create('3158', { members: ['4001'] })).body.id).toBe(first)
})

it('returns 400 naming every unknown worker in members, and creates nothing', async () => {
  const writes = Table.writes
  const response = await create('3158', { members: ['888888', '4001', '999999'] })
  expect(response.status).toBe(400)
  expect(response.body.issues).toEqual([
    {
      location: 'body',
      pointer: '/members/0',
      keyword: 'exists',
      message: 'body field "members[0]" must be a known worker id (got "888888")',
    },
    {
      location: 'body',
      pointer: '/members/2',
      keyword: 'exists',
      message: 'body field "members[2]" must be a known worker id (got "999999")',
    },
  ])
  expect(Table.writes).toBe(writes)
})

it('returns 400 for a member list that names no worker besides the one in the path', async () => {
  const writes = Table.writes
  const response = await create('3158', { members: ['3158'] })
  expect(response.status).toBe(400)
  expect(response.body.issues).toEqual([expect.objectContaining({ pointer: '/members', keyword: 'contains' })])
  expect(Table.writes).toBe(writes)
})

it.each([
  ['no members', {}, '/members', 'required'],
  ['an empty member list', { members: [] }, '/members', 'minItems'],
  ['a repeated member', { members: ['4001', '4001'] }, '/members', 'uniqueItems'],
  ['a member id that is not numeric', { members: ['abc'] }, '/members/0', 'pattern'],
  ['an empty name', { members: ['4001'], name: '' }, '/name', 'minLength'],
  ['an unknown field', { members: ['4001'], title: 'x' }, '/title', 'additionalProperties'],
] as const)('returns 400 for %s', async (_, body, pointer, keyword) => {
  const response = await create('3158', body)
  expect(response.status).toBe(400)
  expect(response.body.issues).toEqual([expect.objectContaining({ location: 'body', pointer, keyword })])
})

it('returns 404 when the worker in the path does not exist, before looking at the members', async () => {
  const response = await create('999999', { members: ['888888'] })
  expect(response).toMatchObject({ status: 404, body: { detail: 'worker "999999" does not exist' } })
})

// Reading one.

it('returns the chat with its members as the worker in the path sees it', async () => {
  const response = await get('3158', 'uHKL4EB38I')
  expect(response.status).toBe(200)
  expect(response.body).toMatchObject({ id: 'uHKL4EB38I', chat_admin: '0', unread_count: '2' })
  expect(response.body.members.map((member: { id: string }) => member.id)).toEqual(['4005', '4006', '4009', '3158'])
  expect((await get('4005', 'uHKL4EB38I')).body).toMatchObject({ chat_admin: '1', unread_count: '3' })
})

it('returns 404 for a chat the worker is not a member of, an unknown chat or an unknown worker', async () => {
  for (const [worker, chat] of [
    ['4000', 'yJjarB5xUW'],
    ['3158', 'zzzzzzzzzz'],
    ['999999', 'yJjarB5xUW'],
  ]) {
    const response = await get(worker!, chat!)
    expect(response.status).toBe(404)
    expect(response.body.detail).toBe(
      `worker "${worker}" has no chat "${chat}": it does not exist, or the worker is not one of its members`,
    )
  }
})
