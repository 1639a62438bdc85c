import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { runtimes, type Runtime } from '../support/runtimes.js'

const CREATES = 1000

describe.each(runtimes)('%s', (_, start) => {
  let runtime: Runtime
  beforeAll(async () => {
    runtime = await start()
  })
  afterAll(() => runtime.stop())

  async function createAll(
    url: string,
    headers: Record<string, string>,
    body: string,
  ): Promise<Array<{ status: number; id: unknown }>> {
    return Promise.all(
      Array.from({ length: CREATES }, async () => {
        const response = await fetch(url, {
          method: 'POST',
          headers: { 'content-type': 'application/json', ...headers },
          body,
        })
        return { status: response.status, id: (await response.json()).id }
      }),
    )
  }

  it('gives 1,000 concurrent Toggl chat creates 1,000 distinct ids, and lists exactly that many more chats', async () => {
    const headers = { authorization: 'Bearer toggl_sk_ada' }
    const results = await createAll(`${runtime.baseUrl('toggl-focus')}/workspaces/7/chats`, headers, '{"name":"load"}')
    expect(results.every((result) => result.status === 201)).toBe(true)
    expect(new Set(results.map((result) => result.id)).size).toBe(CREATES)
    let listed = 0
    for (let page = 1; ; page++) {
      const { data } = await (
        await fetch(`${runtime.baseUrl('toggl-focus')}/workspaces/7/chats?per_page=100&page=${page}`, { headers })
      ).json()
      listed += data.length
      if (data.length < 100) break
    }
    expect(listed).toBe(CREATES)
  })

  it('gives 1,000 concurrent HapiHub message creates 1,000 distinct ids, and finds exactly that many more', async () => {
    const headers = { authorization: 'Bearer t' }
    const before = (await (await fetch(`${runtime.baseUrl('hapihub')}/chat-messages`, { headers })).json()).length
    const results = await createAll(
      `${runtime.baseUrl('hapihub')}/chat-messages`,
      headers,
      '{"room":"room-id","text":"load"}',
    )
    expect(results.every((result) => result.status === 200)).toBe(true)
    expect(new Set(results.map((result) => result.id)).size).toBe(CREATES)
    expect((await (await fetch(`${runtime.baseUrl('hapihub')}/chat-messages`, { headers })).json()).length).toBe(
      before + CREATES,
    )
  })

  it('gives 1,000 concurrent Chatwoot message creates 1,000 distinct ids, and stores exactly that many more', async () => {
    // Chatwoot takes at most 200 messages a minute in one conversation (its flood limit): the
    // creates go to five conversations of the docs' contact, 200 each.
    const contact = `${runtime.baseUrl('chatwoot')}/public/api/v1/inboxes/inbox_identifier_example/contacts/contact_identifier_example`
    const conversations = [56]
    for (let i = 0; i < 4; i++)
      conversations.push((await (await fetch(`${contact}/conversations`, { method: 'POST' })).json()).id)
    const messagesOf = (conversation: number) => `${contact}/conversations/${conversation}/messages`
    const results = await Promise.all(
      Array.from({ length: CREATES }, async (_, i) => {
        const response = await fetch(messagesOf(conversations[i % conversations.length]!), {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: '{"content":"load"}',
        })
        return { status: response.status, id: (await response.json()).id as number }
      }),
    )
    expect(results.every((result) => result.status === 200)).toBe(true)
    expect(new Set(results.map((result) => result.id)).size).toBe(CREATES)
    // The latest 20 are the last 20 created, oldest first; paging back with `before` walks all of them.
    let seen = 0
    for (const conversation of conversations) {
      let before: number | undefined
      for (;;) {
        const page = (await (
          await fetch(`${messagesOf(conversation)}${before ? `?before=${before}` : ''}`)
        ).json()) as Array<{
          id: number
          content: string
        }>
        const created = page.filter((message) => message.content === 'load')
        seen += created.length
        if (created.length < page.length || page.length === 0) break
        before = page[0]!.id
      }
    }
    expect(seen).toBe(CREATES)
  })

  it('refuses, of 300 concurrent Chatwoot message creates in one conversation, exactly those past its flood limit of 200 a minute', async () => {
    const contact = `${runtime.baseUrl('chatwoot')}/public/api/v1/inboxes/inbox_identifier_example/contacts/contact_identifier_example`
    const { id } = await (await fetch(`${contact}/conversations`, { method: 'POST' })).json()
    const statuses = await Promise.all(
      Array.from({ length: 300 }, async () => {
        const response = await fetch(`${contact}/conversations/${id}/messages`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: '{"content":"flood"}',
        })
        return response.status
      }),
    )
    expect(statuses.filter((status) => status === 200)).toHaveLength(200)
    expect(statuses.filter((status) => status === 422)).toHaveLength(100)
  })
})
