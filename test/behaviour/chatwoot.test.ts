import { afterEach, describe, expect, it } from 'vitest'
import { seedRequests } from '../support/seed-requests.js'
import { call, useChatmock } from '../support/start-chatmock.js'

// Chatwoot's public client API, messages (reference/behaviour.md, "Chatwoot"), through msw and fetch.

const host = 'https://app.chatwoot.com'
const inboxes = `${host}/public/api/v1/inboxes`
const messagesOf = (
  conversation: number | string = 56,
  contact = 'contact_identifier_example',
  inbox = 'inbox_identifier_example',
) => `${inboxes}/${inbox}/contacts/${contact}/conversations/${conversation}/messages`
const url = messagesOf()
const json = { 'content-type': 'application/json' }
const notFound = { status: 404, error: 'Not Found' }
const csatLocked = { error: 'You cannot update the CSAT survey after 14 days' }

/** 2024-03-01T09:00:00Z, when the fixture conversation starts; message n was created (n - 31) * 600 s later. */
const START = 1709283600
const createdAtOf = (id: number) => START + (id - 31) * 600
const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => from + i)

type Response = { status: number; headers: Headers; body: any }

function list(query = '', headers: Record<string, string> = {}, target = url): Promise<Response> {
  return call(`${target}${query}`, { headers })
}

function create(body: unknown, target = url, headers: Record<string, string> = {}): Promise<Response> {
  return call(target, { method: 'POST', headers: { ...json, ...headers }, body: JSON.stringify(body) })
}

function update(messageId: number | string, body: unknown, target = url): Promise<Response> {
  return call(`${target}/${messageId}`, { method: 'PATCH', headers: json, body: JSON.stringify(body) })
}

function ids(response: Response): number[] {
  return response.body.map((message: { id: number }) => message.id)
}

function expectNotFound(response: Response) {
  expect(response.status).toBe(404)
  expect(response.headers.get('content-type')).toBe('application/json; charset=utf-8')
  expect(response.body).toEqual(notFound)
}

describe('with the real clock', () => {
  const chatmock = useChatmock()

  // A contact as a message's sender, from the fixtures: its contact inbox (by source_id) and its contact record.
  const contactOf = (find: (sourceId: string) => boolean) => {
    const { contact_inboxes: contactInboxes, contacts } = chatmock.current.fixtures.chatwoot
    const contactInbox = contactInboxes.find((candidate) => candidate.inbox_id === 1 && find(candidate.source_id))!
    const contact = contacts.find((candidate) => candidate.id === contactInbox.contact_id)!
    const { id, name, email, phone_number, identifier, additional_attributes, custom_attributes, blocked } = contact
    return {
      source_id: contactInbox.source_id,
      sender: {
        id,
        name,
        email,
        phone_number,
        identifier,
        thumbnail: '',
        additional_attributes,
        custom_attributes,
        blocked,
        type: 'contact',
      },
    }
  }
  const alice = () => contactOf((sourceId) => sourceId === 'contact_identifier_example').sender
  const bob = () => contactOf((sourceId) => /^[0-9a-f-]{36}$/.test(sourceId))

  function seed(operationId: string) {
    const request = seedRequests.find(
      (candidate) => candidate.api === 'chatwoot' && candidate.operationId === operationId,
    )
    if (!request) throw new Error(`no seed request ${operationId}`)
    return call(`${host}${request.path}`, {
      method: request.method,
      headers: request.headers,
      body: request.body,
    }).then((response) => ({ ...response, expected: request.status }))
  }

  // The docs' own examples.

  it("answers the docs' create example with an incoming message from the contact", async () => {
    const response = await seed('createMessage')
    expect(response.status).toBe(response.expected)
    expect(response.body).toEqual({
      id: expect.any(Number),
      content: null,
      message_type: 0,
      content_type: 'text',
      content_attributes: {},
      created_at: expect.any(Number),
      conversation_id: 56,
      sender: alice(),
    })
  })

  it("answers the docs' list example, api_access_token included, with conversation 56's messages", async () => {
    const response = await seed('listMessages')
    expect(response.status).toBe(response.expected)
    expect(response.headers.get('content-type')).toBe('application/json; charset=utf-8')
    expect(ids(response)).toEqual(range(41, 60))
  })

  it("answers the docs' update example with message 56 unchanged", async () => {
    const response = await seed('updateMessage')
    expect(response.status).toBe(response.expected)
    expect(response.body).toEqual({
      id: 56,
      content: 'Hello, how can I help you?',
      message_type: 0,
      content_type: 'text',
      content_attributes: {},
      created_at: createdAtOf(56),
      conversation_id: 56,
      sender: alice(),
    })
  })

  // Auth.

  it('needs no credentials', async () => {
    expect((await list()).status).toBe(200)
    expect((await create({ content: 'hi' })).status).toBe(200)
    expect((await update(56, {})).status).toBe(200)
  })

  it('accepts and ignores api_access_token', async () => {
    const withToken = await list('', { api_access_token: 'YOUR_API_KEY' })
    const withoutToken = await list()
    expect(withToken.status).toBe(200)
    expect(withToken.body).toEqual(withoutToken.body)
    const created = await create({ content: 'with a token' }, url, { api_access_token: 'anything' })
    expect(created.status).toBe(200)
    expect(created.body.sender).toEqual(alice())
  })

  it('ignores an Authorization header it does not use', async () => {
    const response = await list('', { authorization: 'Bearer nonsense' })
    expect(response.status).toBe(200)
    expect(ids(response)).toEqual(range(41, 60))
  })

  // Wire format.

  it('renders message 56 as the real server does', async () => {
    const message = (await list()).body.find((candidate: { id: number }) => candidate.id === 56)
    expect(message).toEqual({
      id: 56,
      content: 'Hello, how can I help you?',
      message_type: 0,
      content_type: 'text',
      content_attributes: {},
      created_at: 1709298600,
      conversation_id: 56,
      sender: { ...alice(), id: 77, type: 'contact' },
    })
  })

  it('sends integer ids, integer message types, Unix-second timestamps and the display number', async () => {
    for (const message of (await list()).body) {
      expect(Number.isInteger(message.id)).toBe(true)
      expect([0, 1, 3]).toContain(message.message_type)
      expect(typeof message.content_type).toBe('string')
      // Only the CSAT survey 45 has attributes: how the widget shows it (issue 23).
      expect(message.content_attributes).toEqual(message.id === 45 ? { display_type: 'emoji' } : {})
      expect(message.created_at).toBe(createdAtOf(message.id))
      expect(message.conversation_id).toBe(56)
      expect(message).not.toHaveProperty('attachments')
      expect(message).not.toHaveProperty('private')
    }
  })

  it('renders the CSAT survey 45 as a template without a sender', async () => {
    const message = (await list()).body.find((candidate: { id: number }) => candidate.id === 45)
    expect(message).toEqual({
      id: 45,
      content: 'Please rate the conversation',
      message_type: 3,
      content_type: 'input_csat',
      content_attributes: { display_type: 'emoji' },
      created_at: 1709292000,
      conversation_id: 56,
    })
    expect(message).not.toHaveProperty('sender')
  })

  it('sends a sender with every message of the contact and of the agent', async () => {
    for (const message of (await list()).body) {
      if (message.id === 45) continue
      if (message.message_type === 0) expect(message.sender).toEqual(alice())
      else expect(message.sender).toMatchObject({ id: expect.any(Number), name: expect.any(String), type: 'user' })
    }
  })

  // Create.

  it('creates an incoming text message from the contact', async () => {
    const before = Math.floor(Date.now() / 1000)
    const response = await create({ content: 'Do you ship to Canada?' })
    const after = Math.floor(Date.now() / 1000)
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toBe('application/json; charset=utf-8')
    expect(response.body).toEqual({
      id: expect.any(Number),
      content: 'Do you ship to Canada?',
      message_type: 0,
      content_type: 'text',
      content_attributes: {},
      created_at: expect.any(Number),
      conversation_id: 56,
      sender: alice(),
    })
    expect(response.body.sender).toMatchObject({ id: 77, type: 'contact' })
    expect(Number.isInteger(response.body.id)).toBe(true)
    expect(response.body.id).toBeGreaterThan(61)
    expect(response.body.created_at).toBeGreaterThanOrEqual(before)
    expect(response.body.created_at).toBeLessThanOrEqual(after)
  })

  it('accepts echo_id and leaves it out of the message', async () => {
    const response = await create({ content: 'Hello, how can I help you?', echo_id: '1234567890' })
    expect(response.status).toBe(200)
    expect(response.body).not.toHaveProperty('echo_id')
    expect(response.body).toMatchObject({
      content: 'Hello, how can I help you?',
      message_type: 0,
      sender: { id: 77, type: 'contact' },
    })
  })

  it('stores the created message at the end of the list', async () => {
    const created = await create({ content: 'newest' })
    const response = await list()
    expect(ids(response)).toEqual([...range(42, 60), created.body.id])
    expect(response.body.at(-1)).toEqual(created.body)
  })

  it('gives each created message the next id', async () => {
    const first = await create({ content: 'one' })
    const second = await create({ content: 'two' })
    expect(second.body.id).toBeGreaterThan(first.body.id)
    expect(ids(await list()).slice(-2)).toEqual([first.body.id, second.body.id])
  })

  it("creates a message in the other contact's own conversation as that contact", async () => {
    const response = await create({ content: 'from Bob' }, messagesOf(57, bob().source_id))
    expect(response.status).toBe(200)
    expect(response.body).toMatchObject({ conversation_id: 57, message_type: 0, sender: bob().sender })
    expect(response.body.sender).toMatchObject({ id: 78, type: 'contact' })
  })

  it('accepts content of exactly 150,000 characters', async () => {
    const response = await create({ content: 'x'.repeat(150_000) })
    expect(response.status).toBe(200)
    expect(response.body.content).toHaveLength(150_000)
  })

  it('returns 422 for content over 150,000 characters and creates nothing', async () => {
    const response = await create({ content: 'x'.repeat(150_001) })
    expect(response.status).toBe(422)
    expect(response.body).toEqual({
      message: expect.any(String),
      attributes: ['content'],
      issues: [
        {
          location: 'body',
          pointer: '/content',
          keyword: 'maxLength',
          message: 'body field "content" must be at most 150000 characters (got 150001)',
        },
      ],
    })
    expect(ids(await list())).toEqual(range(41, 60))
  })

  it('drops a body field other than content and echo_id, as params.permit does, and creates the message', async () => {
    const response = await create({ content: 'hi', message_type: 1 })
    expect(response.status).toBe(200)
    expect(response.body).toMatchObject({ content: 'hi', message_type: 0 })
    expect(ids(await list()).at(-1)).toBe(response.body.id)
  })

  it('returns 422 for a body field other than content and echo_id under Prefer: handling=strict', async () => {
    const response = await create({ content: 'hi', message_type: 1 }, url, { prefer: 'handling=strict' })
    expect(response.status).toBe(422)
    expect(response.body).toEqual({
      message: expect.any(String),
      attributes: ['message_type'],
      issues: [
        expect.objectContaining({ location: 'body', pointer: '/message_type', keyword: 'additionalProperties' }),
      ],
    })
    expect(ids(await list())).toEqual(range(41, 60))
  })

  it('drops a private flag on create: the message is public', async () => {
    const response = await create({ content: 'secret', private: true })
    expect(response.status).toBe(200)
    expect(ids(await list()).at(-1)).toBe(response.body.id)
  })

  it('returns 422 for a private flag on create under Prefer: handling=strict', async () => {
    const response = await create({ content: 'secret', private: true }, url, { prefer: 'handling=strict' })
    expect(response.status).toBe(422)
    expect(response.body.attributes).toEqual(['private'])
  })

  it('returns 422 for content that is not a string', async () => {
    const response = await create({ content: 5 })
    expect(response.status).toBe(422)
    expect(response.body).toMatchObject({
      message: expect.any(String),
      attributes: ['content'],
      issues: [expect.objectContaining({ location: 'body', pointer: '/content', keyword: 'type' })],
    })
  })

  it('returns 415 for a body that is not JSON', async () => {
    const response = await call(url, { method: 'POST', headers: { 'content-type': 'text/plain' }, body: 'hello' })
    expect(response.status).toBe(415)
    expect(response.body).toEqual({ status: 415, error: 'Unsupported Media Type' })
  })

  // List.

  it('lists the latest 20 messages, oldest first', async () => {
    const response = await list()
    expect(response.status).toBe(200)
    expect(ids(response)).toEqual(range(41, 60))
    const times = response.body.map((message: { created_at: number }) => message.created_at)
    expect(times).toEqual([...times].sort((a, b) => a - b))
  })

  it('pages backwards with before, leaving out the private note 40 and the activity message 35', async () => {
    const response = await list('?before=41')
    expect(response.status).toBe(200)
    expect(ids(response)).toEqual([31, 32, 33, 34, 36, 37, 38, 39])
  })

  it('never lists the private note 40 or the activity message 35', async () => {
    const all = [...ids(await list()), ...ids(await list('?before=41')), ...ids(await list('?before=46'))]
    expect(all).not.toContain(40)
    expect(all).not.toContain(35)
  })

  it('returns the 20 messages before the given one', async () => {
    for (let i = 0; i < 5; i++) await create({ content: `message ${i}` })
    const latest = await list()
    expect(latest.body).toHaveLength(20)
    expect(ids(latest).slice(0, 15)).toEqual(range(46, 60))
    const previous = await list(`?before=${ids(latest)[0]}`)
    expect(ids(previous)).toEqual([31, 32, 33, 34, 36, 37, 38, 39, ...range(41, 45)])
  })

  it('pages before a message that is not listed', async () => {
    expect(ids(await list('?before=40'))).toEqual([31, 32, 33, 34, 36, 37, 38, 39])
  })

  it('returns an empty page before the first message', async () => {
    const response = await list('?before=31')
    expect(response.status).toBe(200)
    expect(response.body).toEqual([])
  })

  it('lists only the messages of the conversation', async () => {
    const response = await list('', {}, messagesOf(57, bob().source_id))
    expect(response.status).toBe(200)
    expect(ids(response)).toEqual([61])
    expect(response.body[0]).toMatchObject({ conversation_id: 57, sender: bob().sender })
  })

  it("lists no message for a before that is not an integer, read as Ruby's to_i reads it (0), as the server does", async () => {
    const response = await list('?before=abc')
    expect([response.status, response.body]).toEqual([200, []])
    expect(ids(await list('?before=41abc'))).toEqual(ids(await list('?before=41')))
    expect(ids(await list('?before='))).toEqual(ids(await list()))
  })

  it('returns 422 for a before that is not an integer under Prefer: handling=strict', async () => {
    const response = await list('?before=abc', { prefer: 'handling=strict' })
    expect(response.status).toBe(422)
    expect(response.body).toEqual({
      message: expect.any(String),
      attributes: ['before'],
      issues: [
        {
          location: 'query',
          pointer: '/before',
          keyword: 'type',
          message: 'query parameter "before" must be integer (got "abc")',
        },
      ],
    })
  })

  it('returns 404 for a conversation id that is not a number, as the server does', async () => {
    expectNotFound(await list('', {}, messagesOf('abc')))
    expect(ids(await list('', {}, messagesOf('56abc')))).toEqual(ids(await list()))
  })

  it('returns 422 for a conversation id that is not an integer under Prefer: handling=strict', async () => {
    const response = await list('', { prefer: 'handling=strict' }, messagesOf('abc'))
    expect(response.status).toBe(422)
    expect(response.body).toMatchObject({
      message: expect.any(String),
      attributes: ['conversation_id'],
      issues: [expect.objectContaining({ location: 'path', pointer: '/conversation_id', keyword: 'type' })],
    })
  })

  // Update.

  it('stores submitted values given as an object and echoes the message', async () => {
    const submitted = { csat_survey_response: { feedback_message: 'Great service!', rating: 5 } }
    const response = await update(58, { submitted_values: submitted })
    expect(response.status).toBe(200)
    expect(response.body).toMatchObject({
      id: 58,
      conversation_id: 56,
      content_attributes: { submitted_values: submitted },
    })
    expect(response.body.content_attributes).toEqual({ submitted_values: submitted })
    const listed = (await list()).body.find((message: { id: number }) => message.id === 58)
    expect(listed).toEqual(response.body)
  })

  it('stores submitted values given as an array and echoes the message', async () => {
    const submitted = [
      { title: 'test', value: 'test' },
      { name: 'email', title: 'Email', value: 'alice@example.com' },
    ]
    const response = await update(57, { submitted_values: submitted })
    expect(response.status).toBe(200)
    expect(response.body.content_attributes).toEqual({ submitted_values: submitted })
    expect((await list()).body.find((message: { id: number }) => message.id === 57).content_attributes).toEqual({
      submitted_values: submitted,
    })
  })

  it('keeps the rest of the message when it stores submitted values', async () => {
    const before = (await list()).body.find((message: { id: number }) => message.id === 56)
    const response = await update(56, { submitted_values: { title: 'yes', value: 'yes' } })
    expect(response.body).toEqual({
      ...before,
      content_attributes: { submitted_values: { title: 'yes', value: 'yes' } },
    })
  })

  it('replaces earlier submitted values', async () => {
    await update(58, { submitted_values: [{ title: 'first', value: 'first' }] })
    const response = await update(58, { submitted_values: { title: 'second', value: 'second' } })
    expect(response.body.content_attributes).toEqual({ submitted_values: { title: 'second', value: 'second' } })
  })

  it('leaves the message unchanged without submitted_values', async () => {
    await update(58, { submitted_values: [{ title: 'kept', value: 'kept' }] })
    const response = await update(58, {})
    expect(response.status).toBe(200)
    expect(response.body.content_attributes).toEqual({ submitted_values: [{ title: 'kept', value: 'kept' }] })
  })

  it('updates a message created through the API', async () => {
    const created = await create({ content: 'pick one' })
    const response = await update(created.body.id, { submitted_values: [{ title: 'a', value: 'a' }] })
    expect(response.status).toBe(200)
    expect(response.body).toEqual({
      ...created.body,
      content_attributes: { submitted_values: [{ title: 'a', value: 'a' }] },
    })
  })

  it('returns 422 for the CSAT survey 45, older than 14 days', async () => {
    const response = await update(45, { submitted_values: { csat_survey_response: { rating: 5 } } })
    expect(response.status).toBe(422)
    expect(response.headers.get('content-type')).toBe('application/json; charset=utf-8')
    expect(response.body).toEqual(csatLocked)
    const listed = (await list()).body.find((message: { id: number }) => message.id === 45)
    expect(listed.content_attributes).toEqual({ display_type: 'emoji' })
  })

  it('does not lock old messages that are not CSAT surveys', async () => {
    // Message 46 is as old as the survey, but a plain text message.
    const response = await update(46, { submitted_values: { title: 'yes', value: 'yes' } })
    expect(response.status).toBe(200)
  })

  it('returns 422 for submitted_values of neither form', async () => {
    const response = await update(58, { submitted_values: 'yes' })
    expect(response.status).toBe(422)
    expect(response.body).toEqual({
      message: expect.any(String),
      attributes: ['submitted_values'],
      issues: [
        {
          location: 'body',
          pointer: '/submitted_values',
          keyword: 'oneOf',
          message: 'body field "submitted_values" must be a SubmittedValue or array (got "yes")',
        },
      ],
    })
  })

  it('returns 422 for a rating that is not an integer', async () => {
    const response = await update(58, { submitted_values: { csat_survey_response: { rating: 'five' } } })
    expect(response.status).toBe(422)
    expect(response.body).toMatchObject({ message: expect.any(String), attributes: ['submitted_values'] })
    expect((await list()).body.find((message: { id: number }) => message.id === 58).content_attributes).toEqual({})
  })

  it('drops a body field other than submitted_values, leaving the message unchanged', async () => {
    const response = await update(58, { content: 'edited' })
    expect(response.status).toBe(200)
    expect(response.body.content).not.toBe('edited')
    expect((await list()).body.find((message: { id: number }) => message.id === 58).content).not.toBe('edited')
  })

  it('returns 422 for a body field other than submitted_values under Prefer: handling=strict', async () => {
    const response = await call(`${url}/58`, {
      method: 'PATCH',
      headers: { ...json, prefer: 'handling=strict' },
      body: JSON.stringify({ content: 'edited' }),
    })
    expect(response.status).toBe(422)
    expect(response.body).toMatchObject({
      attributes: ['content'],
      issues: [expect.objectContaining({ location: 'body', pointer: '/content', keyword: 'additionalProperties' })],
    })
    expect((await list()).body.find((message: { id: number }) => message.id === 58).content).not.toBe('edited')
  })

  it('returns 404 for a message id that is not a number, as the server does', async () => {
    expectNotFound(await update('abc', {}))
  })

  it('returns 422 for a message id that is not an integer under Prefer: handling=strict', async () => {
    const response = await call(`${url}/abc`, {
      method: 'PATCH',
      headers: { ...json, prefer: 'handling=strict' },
      body: '{}',
    })
    expect(response.status).toBe(422)
    expect(response.body).toMatchObject({
      attributes: ['message_id'],
      issues: [expect.objectContaining({ location: 'path', pointer: '/message_id', keyword: 'type' })],
    })
  })

  it('returns 415 for an update body that is not JSON', async () => {
    const response = await call(`${url}/58`, {
      method: 'PATCH',
      headers: { 'content-type': 'text/plain' },
      body: 'yes',
    })
    expect(response.status).toBe(415)
    expect(response.body).toEqual({ status: 415, error: 'Unsupported Media Type' })
  })

  // Not found.

  const unknownTargets = [
    ['an unknown inbox', () => messagesOf(56, 'contact_identifier_example', 'no_such_inbox')],
    ['an unknown contact', () => messagesOf(56, 'no_such_contact')],
    ['an unknown conversation', () => messagesOf(999)],
    ['a conversation of another contact of the same inbox', () => messagesOf(57)],
  ] as const

  it.each(unknownTargets)('returns 404 to list for %s', async (_, target) => {
    expectNotFound(await list('', {}, target()))
  })

  it.each(unknownTargets)('returns 404 to create for %s', async (_, target) => {
    expectNotFound(await create({ content: 'hi' }, target()))
    expect(ids(await list('', {}, messagesOf(57, bob().source_id)))).toEqual([61])
    expect(ids(await list())).toEqual(range(41, 60))
  })

  it.each(unknownTargets)('returns 404 to update for %s', async (_, target) => {
    expectNotFound(await update(56, { submitted_values: { title: 'x', value: 'x' } }, target()))
    expect((await list()).body.find((message: { id: number }) => message.id === 56).content_attributes).toEqual({})
  })

  it('returns 404 when the other contact asks for conversation 56', async () => {
    expectNotFound(await list('', {}, messagesOf(56, bob().source_id)))
  })

  it('returns 404 for an unknown message', async () => {
    expectNotFound(await update(9999, { submitted_values: { title: 'x', value: 'x' } }))
  })

  it('returns 404 for a message of another conversation', async () => {
    // Message 61 belongs to conversation 57.
    expectNotFound(await update(61, { submitted_values: { title: 'x', value: 'x' } }))
    const listed = await list('', {}, messagesOf(57, bob().source_id))
    expect(listed.body[0].content_attributes).toEqual({})
  })

  it('returns 404 for a contact of the inbox addressed through another inbox', async () => {
    expectNotFound(await list('', {}, messagesOf(57, bob().source_id, 'inbox_identifier_other')))
  })

  // Fixtures.

  it('starts every test from the fixtures again', async () => {
    expect(ids(await list())).toEqual(range(41, 60))
    expect((await list()).body.find((message: { id: number }) => message.id === 58).content_attributes).toEqual({})
  })
})

describe('with a set clock', () => {
  // Message 45, the CSAT survey, was created at 2024-03-01T11:20:00Z (Unix 1709292000).
  const SURVEY_CREATED_AT = 1709292000
  const FOURTEEN_DAYS = 14 * 86_400
  const DEFAULT_CLOCK = new Date('2024-03-10T00:00:00Z')
  let clock = DEFAULT_CLOCK
  useChatmock({ now: () => clock })
  afterEach(() => {
    clock = DEFAULT_CLOCK
  })

  const answer = { submitted_values: { csat_survey_response: { feedback_message: 'Great service!', rating: 5 } } }

  it('updates the CSAT survey within 14 days', async () => {
    const response = await update(45, answer)
    expect(response.status).toBe(200)
    expect(response.body).toEqual({
      id: 45,
      content: 'Please rate the conversation',
      message_type: 3,
      content_type: 'input_csat',
      content_attributes: { display_type: 'emoji', submitted_values: answer.submitted_values },
      created_at: SURVEY_CREATED_AT,
      conversation_id: 56,
    })
    expect((await list()).body.find((message: { id: number }) => message.id === 45).content_attributes).toEqual({
      display_type: 'emoji',
      submitted_values: answer.submitted_values,
    })
  })

  it('updates the CSAT survey exactly 14 days after it was sent', async () => {
    clock = new Date((SURVEY_CREATED_AT + FOURTEEN_DAYS) * 1000)
    expect((await update(45, answer)).status).toBe(200)
  })

  it('updates the CSAT survey one second after 14 × 24 hours, still on the 14th calendar day', async () => {
    // The lock counts calendar days in UTC, as the server does (issue 14), not 14 × 86,400 seconds.
    clock = new Date((SURVEY_CREATED_AT + FOURTEEN_DAYS + 1) * 1000)
    expect((await update(45, answer)).status).toBe(200)
  })

  it('returns 422 for the CSAT survey from the first second of the 15th calendar day (UTC)', async () => {
    clock = new Date('2024-03-16T00:00:00Z')
    const response = await update(45, answer)
    expect(response.status).toBe(422)
    expect(response.body).toEqual(csatLocked)
  })

  it('keeps an answer given in time once the survey is locked', async () => {
    await update(45, answer)
    clock = new Date('2024-04-01T00:00:00Z')
    expect((await update(45, { submitted_values: { csat_survey_response: { rating: 1 } } })).body).toEqual(csatLocked)
    expect((await list()).body.find((message: { id: number }) => message.id === 45).content_attributes).toEqual({
      display_type: 'emoji',
      submitted_values: answer.submitted_values,
    })
  })

  it('stamps a created message with the clock in Unix seconds', async () => {
    clock = new Date('2024-03-10T00:00:00.999Z')
    const response = await create({ content: 'on time' })
    expect(response.status).toBe(200)
    expect(response.body.created_at).toBe(1710028800)
  })

  it('orders the list by created_at, not by id', async () => {
    // A message stamped before every fixture message is the oldest one, whatever its id.
    clock = new Date('2024-02-01T00:00:00Z')
    const created = await create({ content: 'stamped early' })
    expect(created.body.created_at).toBe(1706745600)
    const response = await list()
    const times = response.body.map((message: { created_at: number }) => message.created_at)
    expect(times).toEqual([...times].sort((a, b) => a - b))
    // The latest 20 by created_at are still 41 to 60; the early message is older than all of them.
    expect(ids(response)).toEqual(range(41, 60))
  })

  it('returns 422 for the CSAT survey two weeks and more after it was sent', async () => {
    clock = new Date('2024-03-16T00:00:00Z')
    expect((await update(45, answer)).body).toEqual(csatLocked)
  })
})
