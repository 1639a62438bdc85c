import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { pollUntil } from '../support/poll-until.js'
import { runtimes, type Runtime } from '../support/runtimes.js'

// A custom chat client's whole flow through Chatwoot's public client API (issue 14), the same in
// every runtime: look up the inbox, create the contact, open a conversation, talk, mark it seen,
// type, resolve it, rate it; and the errors such a client meets on the way.

const json = { 'content-type': 'application/json' }
const notFound = { status: 404, error: 'Not Found' }
/** HMAC-SHA256("identity_inbox_hmac_token", "user-2002"), the README's example. */
const USER_2002_HASH = '921eeca1b93b16e02c19fb3a6c3bd836380e0f2ae53c48f22f3280f12a1fe2ac'

describe.each(runtimes)('%s', (_, start) => {
  let runtime: Runtime
  let clock = new Date('2024-06-03T10:00:00Z')
  beforeAll(async () => {
    runtime = await start({ now: () => clock })
  })
  afterEach(async () => {
    clock = new Date('2024-06-03T10:00:00Z')
    await runtime.reset()
  })
  afterAll(() => runtime.stop())

  async function send(
    method: string,
    path: string,
    body?: unknown,
    headers: Record<string, string> = body === undefined ? {} : json,
  ) {
    const response = await fetch(`${runtime.baseUrl('chatwoot')}/public/api/v1${path}`, {
      method,
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
    })
    const text = await response.text()
    return { status: response.status, body: text === '' ? undefined : JSON.parse(text) }
  }

  it("runs a client's flow: inbox, contact, conversation, messages, last seen, typing, resolve, CSAT", async () => {
    const inbox = await send('GET', '/inboxes/inbox_identifier_example')
    expect(inbox).toMatchObject({
      status: 200,
      body: { identifier: 'inbox_identifier_example', identity_validation_enabled: false, csat_survey_enabled: true },
    })

    const created = await send('POST', '/inboxes/inbox_identifier_example/contacts', {
      name: 'Riley',
      email: 'Riley@Example.com',
    })
    expect(created).toEqual({
      status: 200,
      body: {
        source_id: expect.stringMatching(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/),
        pubsub_token: expect.stringMatching(/^[1-9A-HJ-NP-Za-km-z]{24}$/),
        id: 82,
        name: 'Riley',
        email: 'riley@example.com',
        phone_number: null,
      },
    })
    const contact = `/inboxes/inbox_identifier_example/contacts/${created.body.source_id}`
    expect(await send('GET', contact)).toEqual(created)
    expect(await send('PATCH', contact, { name: 'Riley Ray', custom_attributes: { plan: 'pro' } })).toMatchObject({
      status: 200,
      body: {
        id: 82,
        name: 'Riley Ray',
        email: 'riley@example.com',
        custom_attributes: { plan: 'pro' },
        updated_at: '2024-06-03T10:00:00.000Z',
      },
    })
    expect(await send('GET', `${contact}/conversations`)).toEqual({ status: 200, body: [] })

    const opened = await send('POST', `${contact}/conversations`)
    expect(opened).toEqual({
      status: 200,
      body: {
        id: 65,
        uuid: expect.any(String),
        inbox_id: 1,
        contact_last_seen_at: 0,
        status: 'open',
        agent_last_seen_at: 0,
        messages: [],
        contact: expect.objectContaining({ id: 82, name: 'Riley Ray' }),
      },
    })
    const conversation = `${contact}/conversations/65`
    expect((await send('GET', `${contact}/conversations`)).body.map((item: { id: number }) => item.id)).toEqual([65])

    const message = await send('POST', `${conversation}/messages`, { content: 'Where is my parcel?', echo_id: 'e-1' })
    expect(message).toEqual({
      status: 200,
      body: {
        id: 70,
        content: 'Where is my parcel?',
        message_type: 0,
        content_type: 'text',
        content_attributes: {},
        created_at: 1717408800,
        conversation_id: 65,
        sender: expect.objectContaining({ id: 82, name: 'Riley Ray', type: 'contact' }),
      },
    })
    expect(await send('GET', `${conversation}/messages`)).toEqual({ status: 200, body: [message.body] })
    expect((await send('GET', conversation)).body.messages).toEqual([message.body])

    clock = new Date('2024-06-03T10:05:00Z')
    expect(await send('POST', `${conversation}/update_last_seen`)).toEqual({ status: 200, body: undefined })
    expect((await send('GET', conversation)).body.contact_last_seen_at).toBe(1717409100)

    expect(await send('POST', `${conversation}/toggle_typing?typing_status=on`)).toEqual({
      status: 200,
      body: undefined,
    })
    expect(await send('POST', `${conversation}/toggle_typing`, { typing_status: 'off' })).toEqual({
      status: 200,
      body: undefined,
    })

    // The CSAT survey is not in the answer: it comes shortly after, as the server's async listener sends it (issue 23).
    const resolved = await send('POST', `${conversation}/toggle_status`)
    expect(resolved.body).toMatchObject({ id: 65, status: 'resolved' })
    expect(resolved.body.messages).toEqual([message.body])
    const surveyed = await pollUntil(
      () => send('GET', conversation),
      (read) => read.body.messages.length === 2,
      5000,
    )
    expect(surveyed.body.messages).toEqual([
      message.body,
      {
        id: 71,
        content: 'Please rate the conversation',
        message_type: 3,
        content_type: 'input_csat',
        content_attributes: { display_type: 'emoji' },
        created_at: 1717409100,
        conversation_id: 65,
      },
    ])
    expect(await send('POST', `${conversation}/toggle_status`)).toEqual(surveyed)

    const survey = `/csat_survey/${opened.body.uuid}`
    // `conversation_id` is the database id: 11, after the fixtures' ten conversations.
    expect(await send('GET', survey)).toEqual({
      status: 200,
      body: {
        id: 71,
        csat_survey_response: null,
        display_type: 'emoji',
        content: null,
        inbox_avatar_url: '',
        inbox_name: 'Website',
        locale: 'en',
        conversation_id: 11,
        created_at: '2024-06-03T10:05:00.000Z',
      },
    })
    const rating = {
      message: { submitted_values: { csat_survey_response: { rating: 5, feedback_message: 'Found it, thanks!' } } },
    }
    expect(await send('PUT', survey, rating)).toMatchObject({
      status: 200,
      body: { id: 71, csat_survey_response: null },
    })
    expect((await send('GET', survey)).body.csat_survey_response).toEqual({
      id: 2,
      account_id: 1,
      conversation_id: 11,
      message_id: 71,
      rating: 5,
      feedback_message: 'Found it, thanks!',
      contact_id: 82,
      assigned_agent_id: null,
      created_at: '2024-06-03T10:05:00.000Z',
      updated_at: '2024-06-03T10:05:00.000Z',
      csat_review_notes: null,
      review_notes_updated_at: null,
      review_notes_updated_by_id: null,
    })

    // A new message from the contact reopens the conversation.
    await send('POST', `${conversation}/messages`, { content: 'One more thing' })
    expect((await send('GET', conversation)).body.status).toBe('open')
  })

  it("refuses a contact of an inbox with identity validation without the identifier's HMAC, and accepts it with", async () => {
    expect(await send('GET', '/inboxes/identity_inbox_example')).toMatchObject({
      status: 200,
      body: { identity_validation_enabled: true },
    })
    // The server's unhandled StandardError: Rails' 500 page (the mock used to answer the widget API's 401).
    const refused = { status: 500, body: { status: 500, error: 'Internal Server Error' } }
    expect(await send('POST', '/inboxes/identity_inbox_example/contacts', { identifier: 'user-2002' })).toEqual(refused)
    expect(
      await send('POST', '/inboxes/identity_inbox_example/contacts', {
        identifier: 'user-2002',
        identifier_hash: USER_2002_HASH.replace('9', '8'),
      }),
    ).toEqual(refused)
    expect(
      await send('POST', '/inboxes/identity_inbox_example/contacts', {
        identifier: 'user-2002',
        identifier_hash: USER_2002_HASH,
        name: 'Bea',
      }),
    ).toMatchObject({ status: 200, body: { id: 82, name: 'Bea' } })
    expect(await send('GET', '/inboxes/identity_inbox_example/contacts/identity_contact_example')).toEqual(refused)
  })

  it("answers a refused identity with 401 and the widget API's body in strict mode (Prefer: handling=strict)", async () => {
    const strict = { ...json, prefer: 'handling=strict' }
    const refused = { status: 401, body: { error: 'HMAC failed: Invalid Identifier Hash Provided' } }
    expect(await send('POST', '/inboxes/identity_inbox_example/contacts', { identifier: 'user-2002' }, strict)).toEqual(
      refused,
    )
    const dave = '/inboxes/identity_inbox_example/contacts/identity_contact_example'
    expect(await send('GET', dave, undefined, { prefer: 'handling=strict' })).toEqual(refused)
    expect(await send('PATCH', dave, { name: 'Dave' }, strict)).toEqual(refused)
    expect(await send('PUT', dave, { name: 'Dave' }, strict)).toEqual(refused)
  })

  it("answers an unknown inbox, contact, conversation or survey with Rails' 404", async () => {
    expect(await send('GET', '/inboxes/inbox_identifier_unknown')).toEqual({ status: 404, body: notFound })
    expect(await send('POST', '/inboxes/inbox_identifier_unknown/contacts', {})).toEqual({
      status: 404,
      body: notFound,
    })
    expect(await send('GET', '/inboxes/inbox_identifier_example/contacts/contact_identifier_unknown')).toEqual({
      status: 404,
      body: notFound,
    })
    // The docs' contact exists only in the docs' inbox.
    expect(await send('GET', '/inboxes/identity_inbox_example/contacts/contact_identifier_example')).toEqual({
      status: 404,
      body: notFound,
    })
    // Conversation 57 is another contact's.
    expect(
      await send('GET', '/inboxes/inbox_identifier_example/contacts/contact_identifier_example/conversations/57'),
    ).toEqual({ status: 404, body: notFound })
    expect(
      await send(
        'POST',
        '/inboxes/inbox_identifier_example/contacts/contact_identifier_example/conversations/999999/toggle_status',
      ),
    ).toEqual({ status: 404, body: notFound })
    expect(await send('GET', '/csat_survey/00000000-0000-4000-8000-000000000000')).toEqual({
      status: 404,
      body: notFound,
    })
  })

  it("refuses a CSAT rating once today (UTC) is more than 14 days after the survey's date", async () => {
    const survey = '/csat_survey/b1e2c3d4-0000-4000-8000-000000000056'
    const rating = { message: { submitted_values: { csat_survey_response: { rating: 3 } } } }
    clock = new Date('2024-03-15T23:59:59Z')
    expect((await send('PUT', survey, rating)).status).toBe(200)
    clock = new Date('2024-03-16T00:00:00Z')
    expect(await send('PUT', survey, rating)).toEqual({
      status: 422,
      body: { error: 'You cannot update the CSAT survey after 14 days' },
    })
  })

  it('answers ids that are not numbers with 404, as the real server does', async () => {
    expect(
      await send('GET', '/inboxes/inbox_identifier_example/contacts/contact_identifier_example/conversations/abc'),
    ).toEqual({ status: 404, body: notFound })
  })

  it('answers ids that are not integers with 422 under Prefer: handling=strict', async () => {
    expect(
      await send(
        'GET',
        '/inboxes/inbox_identifier_example/contacts/contact_identifier_example/conversations/abc',
        undefined,
        { prefer: 'handling=strict' },
      ),
    ).toMatchObject({ status: 422, body: { attributes: ['conversation_id'] } })
  })
})
