import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { runtimes, type Runtime } from '../support/runtimes.js'

// A RoostedHR chat from start to finish, the same against every runtime: create a chat, send in
// it, page through its messages, see the read flags change, rename it.
const NOW = new Date('2024-03-10T00:00:00.000Z')
const key = { 'x-api-key': 'key', 'content-type': 'application/json' }

describe.each(runtimes)('%s', (_, start) => {
  let runtime: Runtime
  beforeAll(async () => {
    runtime = await start({ now: () => NOW })
  })
  afterEach(() => runtime.reset())
  afterAll(() => runtime.stop())

  async function send(method: string, path: string, body?: unknown) {
    const response = await fetch(`${runtime.baseUrl('roosted')}${path}`, {
      method,
      headers: key,
      body: body === undefined ? undefined : JSON.stringify(body),
    })
    const text = await response.text()
    return { status: response.status, body: text === '' ? undefined : JSON.parse(text) }
  }

  /** Every message of the chat as the worker sees it, page by page, following last_seen_id. */
  async function readAll(worker: string, chat: string, limit: number) {
    const pages: Array<{ messages: Array<{ id: string; read: string; message: string }>; has_more: boolean }> = []
    let cursor = ''
    do {
      const { status, body } = await send(
        'GET',
        `/workers/${worker}/chats/${chat}/messages?limit=${limit}${cursor && `&last_seen_id=${cursor}`}`,
      )
      expect(status).toBe(200)
      pages.push(body)
      cursor = body.messages.at(-1)?.id ?? ''
    } while (pages.at(-1)!.has_more)
    return pages
  }

  it('creates a chat, sends in it, pages through its messages, marks them read and renames it', async () => {
    const created = await send('POST', '/workers/3158/chats', { members: ['4001', '4002'] })
    expect(created.status).toBe(201)
    expect(created.body).toMatchObject({
      name: 'Chris Davis, Ottilie Kris, Kennedy Bergstrom',
      chat_admin: '1',
      unread_count: '0',
      date_created: NOW.toISOString(),
      chats_order: NOW.toISOString(),
    })
    expect(created.body.id).toMatch(/^[A-Za-z0-9]{10}$/)
    expect(created.body.members.map((member: { id: string }) => member.id)).toEqual(['3158', '4001', '4002'])
    const chat = created.body.id as string

    const sent: string[] = []
    for (const [worker, text] of [
      ['3158', 'Who covers Saturday?'],
      ['4001', 'I can.'],
      ['3158', 'Thanks!'],
      ['4002', 'I can do Sunday.'],
      ['3158', 'Great, done.'],
    ] as const) {
      const message = await send('POST', `/workers/${worker}/chats/${chat}/messages`, { message: text })
      expect(message).toMatchObject({
        status: 201,
        body: { message: text, sender_id: worker, date_created: NOW.toISOString(), read: '1' },
      })
      expect(message.body.id).toMatch(/^[A-Za-z0-9]{11}$/)
      sent.push(message.body.id)
    }
    expect((await send('GET', `/workers/4001/chats/${chat}`)).body).toMatchObject({
      chat_admin: '0',
      unread_count: '4',
      most_recent_message_id: sent[4],
      message: 'Great, done.',
      name_first: 'Chris',
    })

    // 4001 pages through two at a time: every message once, oldest first, unread ones shown as such.
    const pages = await readAll('4001', chat, 2)
    expect(pages.map((page) => page.has_more)).toEqual([true, true, false])
    const seen = pages.flatMap((page) => page.messages)
    expect(seen.map((message) => message.id)).toEqual(sent)
    expect(seen.map((message) => message.read)).toEqual(['0', '1', '0', '0', '0'])

    // Having fetched them, 4001 has read them all; the others' read state is their own.
    expect((await send('GET', `/workers/4001/chats/${chat}`)).body.unread_count).toBe('0')
    expect((await readAll('4001', chat, 20)).flatMap((page) => page.messages).map((message) => message.read)).toEqual([
      '1',
      '1',
      '1',
      '1',
      '1',
    ])
    expect((await send('GET', `/workers/4002/chats/${chat}`)).body.unread_count).toBe('4')

    const renamed = await send('PATCH', `/workers/4002/chats/${chat}`, { name: 'Weekend cover' })
    expect(renamed).toMatchObject({ status: 200, body: { name: 'Weekend cover', chat_admin: '0', unread_count: '4' } })
    const listed = await send('GET', '/workers/3158/chats?search_term=weekend')
    expect(listed.body).toEqual({
      chats: [
        expect.objectContaining({
          id: chat,
          name: 'Weekend cover',
          most_recent_message_id: sent[4],
          unread_count: '2',
        }),
      ],
      has_more: false,
    })
    expect(listed.body.chats[0]).not.toHaveProperty('members')
  })

  it('starts every scenario from the fixtures', async () => {
    expect((await send('GET', '/workers/3158/chats?search_term=weekend')).body).toEqual({ chats: [], has_more: false })
  })
})
