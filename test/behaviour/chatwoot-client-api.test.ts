import { createHmac } from 'node:crypto'
import { afterEach, describe, expect, it } from 'vitest'
import { getApi } from '../../src/openapi/catalog.js'
import { Table } from '../../src/store/table.js'
import { call, useChatmock } from '../support/start-chatmock.js'

// Chatwoot's public client API beyond the messages (issue 14): inbox, contacts, identity
// validation, conversations, typing, last seen, resolve, CSAT survey. In process, with a clock the
// tests set.

const host = 'https://app.chatwoot.com/public/api/v1'
const inbox = (identifier = 'inbox_identifier_example') => `${host}/inboxes/${identifier}`
const contactPath = (sourceId = 'contact_identifier_example', inboxIdentifier = 'inbox_identifier_example') =>
  `${inbox(inboxIdentifier)}/contacts/${sourceId}`
const conversationPath = (
  displayId: number | string = 56,
  sourceId = 'contact_identifier_example',
  inboxIdentifier = 'inbox_identifier_example',
) => `${contactPath(sourceId, inboxIdentifier)}/conversations/${displayId}`
const surveyPath = (uuid: string) => `${host}/csat_survey/${uuid}`
const uuidOf = (displayId: number) => `b1e2c3d4-0000-4000-8000-${String(displayId).padStart(12, '0')}`
const notFound = { status: 404, body: { status: 404, error: 'Not Found' } }
const refused = { status: 401, body: { error: 'HMAC failed: Invalid Identifier Hash Provided' } }
const locked = { status: 422, body: { error: 'You cannot update the CSAT survey after 14 days' } }
const hmac = (token: string, identifier: string) => createHmac('sha256', token).update(identifier).digest('hex')
const IDENTITY_TOKEN = 'identity_inbox_hmac_token'

type Response = { status: number; body: any }

async function send(method: string, url: string, body?: unknown): Promise<Response> {
  const { status, body: answer } = await call(url, {
    method,
    headers: body === undefined ? {} : { 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  })
  return { status, body: answer }
}

const START = new Date('2024-06-03T10:00:00Z')
let clock = START
const chatmock = useChatmock({ now: () => clock })
afterEach(() => {
  clock = START
})

/** Sends a request that must be refused, and checks that it wrote nothing to any store table. */
async function refusedWithoutWrites(method: string, url: string, body?: unknown): Promise<Response> {
  const writes = Table.writes
  const response = await send(method, url, body)
  expect(response.status).toBeGreaterThanOrEqual(400)
  expect(Table.writes).toBe(writes)
  return response
}

describe('inboxes', () => {
  it("renders the docs' inbox as the server does, without identity validation", async () => {
    expect(await send('GET', inbox())).toEqual({
      status: 200,
      body: {
        identifier: 'inbox_identifier_example',
        identity_validation_enabled: false,
        name: 'Website',
        timezone: 'UTC',
        working_hours: expect.arrayContaining([
          {
            day_of_week: 1,
            closed_all_day: false,
            open_hour: 9,
            open_minutes: 0,
            close_hour: 17,
            close_minutes: 0,
            open_all_day: false,
          },
        ]),
        working_hours_enabled: false,
        csat_survey_enabled: true,
        csat_response_visible: false,
        greeting_enabled: false,
      },
    })
  })

  it('has a second inbox that requires identity validation', async () => {
    expect(await send('GET', inbox('identity_inbox_example'))).toMatchObject({
      status: 200,
      body: { identifier: 'identity_inbox_example', identity_validation_enabled: true, csat_survey_enabled: false },
    })
  })

  it('returns 404 for an unknown inbox', async () => {
    expect(await send('GET', inbox('nope'))).toEqual(notFound)
  })
})

describe('contacts', () => {
  it("gives the docs' contact the pubsub token the README names", async () => {
    expect(await send('GET', contactPath())).toMatchObject({
      status: 200,
      body: { source_id: 'contact_identifier_example', pubsub_token: 'pubsub_token_example', id: 77 },
    })
  })

  it('creates a contact with a UUID source_id, a 24-character pubsub token and the next id', async () => {
    const first = await send('POST', `${inbox()}/contacts`, { name: 'Riley' })
    const second = await send('POST', `${inbox()}/contacts`, { name: 'Robin' })
    expect(first.body).toEqual({
      source_id: expect.stringMatching(/^[0-9a-f-]{36}$/),
      pubsub_token: expect.stringMatching(/^[1-9A-HJ-NP-Za-km-z]{24}$/),
      id: 82,
      name: 'Riley',
      email: null,
      phone_number: null,
    })
    expect(second.body.id).toBe(83)
    expect(second.body.source_id).not.toBe(first.body.source_id)
    expect(second.body.pubsub_token).not.toBe(first.body.pubsub_token)
    expect(await send('GET', contactPath(first.body.source_id))).toEqual(first)
  })

  it('takes the source_id the client chooses, and returns that contact as it is when it exists', async () => {
    const created = await send('POST', `${inbox()}/contacts`, { source_id: 'visitor-1', name: 'Riley' })
    expect(created.body).toMatchObject({ source_id: 'visitor-1', name: 'Riley' })
    expect(await send('POST', `${inbox()}/contacts`, { source_id: 'visitor-1', name: 'Someone else' })).toEqual(created)
    expect(await send('POST', `${inbox()}/contacts`, { source_id: 'contact_identifier_example' })).toMatchObject({
      body: { id: 77, pubsub_token: 'pubsub_token_example' },
    })
  })

  it('names a contact created without a name as the server does', async () => {
    expect((await send('POST', `${inbox()}/contacts`)).body.name).toMatch(/^[a-z]+-[a-z]+-\d{1,3}$/)
  })

  it('lowercases the email and marks a contact with an email or phone number as a lead', async () => {
    const created = await send('POST', `${inbox()}/contacts`, {
      email: 'Riley@Example.COM',
      phone_number: '+14155550100',
    })
    expect(created.body).toMatchObject({ email: 'riley@example.com', phone_number: '+14155550100' })
    expect((await send('PATCH', contactPath(created.body.source_id), {})).body).toMatchObject({
      contact_type: 'lead',
      identifier: null,
      last_activity_at: null,
      blocked: false,
    })
  })

  it("reuses the account's contact with the same identifier, email or phone number in a new contact inbox", async () => {
    const byEmail = await send('POST', `${inbox()}/contacts`, { email: 'SAM@example.com', name: 'Not Sam' })
    expect(byEmail.body).toMatchObject({ id: 81, name: 'Sam Example', email: 'sam@example.com' })
    expect(byEmail.body.source_id).not.toBe('contact_sets_example')
    const byIdentifier = await send('POST', `${inbox()}/contacts`, { identifier: 'user-1001' })
    expect(byIdentifier.body.id).toBe(80)
    const phone = await send('POST', `${inbox()}/contacts`, { phone_number: '+14155550111' })
    expect((await send('POST', `${inbox()}/contacts`, { phone_number: '+14155550111' })).body.id).toBe(phone.body.id)
  })

  it('returns 404 for a contact of another inbox', async () => {
    expect(await send('GET', contactPath('identity_contact_example'))).toEqual(notFound)
    expect(await send('GET', contactPath('contact_identifier_example', 'identity_inbox_example'))).toEqual(notFound)
  })

  it('updates name, email, phone number and custom attributes (merged), skipping blank values, and answers the whole record', async () => {
    clock = new Date('2024-06-04T08:00:00Z')
    await send('PATCH', contactPath('contact_update_example'), {
      custom_attributes: { plan: 'free', address: { city: 'Oslo', zip: '0150' } },
    })
    const response = await send('PATCH', contactPath('contact_update_example'), {
      name: 'Carol Danvers',
      email: '',
      phone_number: '+14155550123',
      custom_attributes: { address: { city: 'Bergen' } },
      identifier: 'ignored',
    })
    expect(response.status).toBe(200)
    expect(response.body).toEqual({
      id: 79,
      name: 'Carol Danvers',
      email: expect.stringContaining('@'),
      phone_number: '+14155550123',
      account_id: 1,
      created_at: '2024-02-29T09:00:00.000Z',
      updated_at: '2024-06-04T08:00:00.000Z',
      additional_attributes: {},
      identifier: null,
      custom_attributes: { plan: 'free', address: { city: 'Bergen', zip: '0150' } },
      last_activity_at: null,
      contact_type: 'lead',
      middle_name: '',
      last_name: '',
      location: '',
      country_code: '',
      blocked: false,
    })
    expect(response.body).not.toHaveProperty('source_id')
  })

  it('returns 422 for an email or a phone number of another contact, and changes nothing', async () => {
    expect(
      await refusedWithoutWrites('PATCH', contactPath('contact_update_example'), {
        name: 'Changed',
        email: 'sam@example.com',
      }),
    ).toEqual({ status: 422, body: { message: 'Email has already been taken', attributes: ['email'] } })
    await send('PATCH', contactPath('contact_sets_example'), { phone_number: '+14155550199' })
    expect(
      (
        await refusedWithoutWrites('PATCH', contactPath('contact_update_example'), {
          email: 'SAM@example.com',
          phone_number: '+14155550199',
        })
      ).body,
    ).toEqual({
      message: 'Email has already been taken, Phone number has already been taken',
      attributes: ['email', 'phone_number'],
    })
  })

  it("shows a renamed contact's new name on its messages", async () => {
    await send('PATCH', contactPath(), { name: 'Alice Renamed' })
    const messages = (await send('GET', `${conversationPath()}/messages`)).body
    expect(messages.find((message: { id: number }) => message.id === 56).sender).toMatchObject({
      id: 77,
      name: 'Alice Renamed',
      type: 'contact',
    })
  })
})

describe('identity validation', () => {
  const dave = contactPath('identity_contact_example', 'identity_inbox_example')
  const validQuery = `?identifier=user-1001&identifier_hash=${hmac(IDENTITY_TOKEN, 'user-1001')}`

  it('refuses a contact without a hash where the inbox requires one, with 401, writing nothing', async () => {
    expect(
      await refusedWithoutWrites('POST', `${inbox('identity_inbox_example')}/contacts`, {
        identifier: 'user-3003',
        name: 'Eve',
      }),
    ).toEqual(refused)
    expect(await refusedWithoutWrites('GET', dave)).toEqual(refused)
    expect(await refusedWithoutWrites('PATCH', dave, { name: 'Dave' })).toEqual(refused)
  })

  it("refuses a hash that is not the HMAC of the identifier under the inbox's token", async () => {
    expect(
      await send('POST', `${inbox('identity_inbox_example')}/contacts`, {
        identifier: 'user-3003',
        identifier_hash: hmac('example_inbox_hmac_token', 'user-3003'),
      }),
    ).toEqual(refused)
    expect(
      await send('POST', `${inbox('identity_inbox_example')}/contacts`, {
        identifier: 'user-3003',
        identifier_hash: hmac(IDENTITY_TOKEN, 'user-3004'),
      }),
    ).toEqual(refused)
    expect(
      await send(
        'GET',
        `${dave}?identifier=user-1001&identifier_hash=${hmac(IDENTITY_TOKEN, 'user-1001').toUpperCase()}`,
      ),
    ).toEqual(refused)
  })

  it('accepts the HMAC-SHA256 of the identifier, in the body or (on GET) in the query', async () => {
    const created = await send('POST', `${inbox('identity_inbox_example')}/contacts`, {
      identifier: 'user-3003',
      identifier_hash: hmac(IDENTITY_TOKEN, 'user-3003'),
      name: 'Eve',
    })
    expect(created).toMatchObject({ status: 200, body: { id: 82, name: 'Eve' } })
    expect(await send('GET', `${dave}${validQuery}`)).toMatchObject({
      status: 200,
      body: { source_id: 'identity_contact_example', id: 80 },
    })
    expect(
      await send('PATCH', dave, {
        identifier: 'user-1001',
        identifier_hash: hmac(IDENTITY_TOKEN, 'user-1001'),
        name: 'Dave',
      }),
    ).toMatchObject({ status: 200, body: { id: 80, name: 'Dave', identifier: 'user-1001' } })
  })

  it('checks a hash sent to an inbox without identity validation too', async () => {
    expect(
      await send('POST', `${inbox()}/contacts`, { identifier: 'user-3003', identifier_hash: 'not-the-hash' }),
    ).toEqual(refused)
    expect(
      await send('POST', `${inbox()}/contacts`, {
        identifier: 'user-3003',
        identifier_hash: hmac('example_inbox_hmac_token', 'user-3003'),
      }),
    ).toMatchObject({ status: 200 })
    expect(await send('GET', `${contactPath()}?identifier=x&identifier_hash=y`)).toEqual(refused)
  })

  it('lets a contact verified by a valid hash see its conversations in every inbox', async () => {
    // Dave (user-1001) also talks through the docs' inbox.
    const elsewhere = await send('POST', `${inbox()}/contacts`, { identifier: 'user-1001' })
    const opened = await send('POST', `${contactPath(elsewhere.body.source_id)}/conversations`)
    expect((await send('GET', `${dave}/conversations`)).body).toEqual([])
    expect((await send('GET', `${dave}/conversations/${opened.body.id}`)).status).toBe(404)
    await send('GET', `${dave}${validQuery}`)
    expect((await send('GET', `${dave}/conversations`)).body.map((item: { id: number }) => item.id)).toEqual([
      opened.body.id,
    ])
    expect((await send('GET', `${dave}/conversations/${opened.body.id}`)).status).toBe(200)
    expect(
      (await send('POST', `${dave}/conversations/${opened.body.id}/messages`, { content: 'From the app' })).status,
    ).toBe(200)
  })

  it('does not verify a contact on create, even with a valid hash', async () => {
    const created = await send('POST', `${inbox()}/contacts`, {
      identifier: 'user-1001',
      identifier_hash: hmac('example_inbox_hmac_token', 'user-1001'),
    })
    const opened = await send('POST', `${inbox('identity_inbox_example')}/contacts`, {
      identifier: 'user-1001',
      identifier_hash: hmac(IDENTITY_TOKEN, 'user-1001'),
    })
    await send('POST', `${contactPath(opened.body.source_id, 'identity_inbox_example')}/conversations`)
    expect((await send('GET', `${contactPath(created.body.source_id)}/conversations`)).body).toEqual([])
  })
})

describe('conversations', () => {
  it("opens a conversation with the account's next display number and a UUID, in the contact's list", async () => {
    const opened = await send('POST', `${contactPath()}/conversations`, { custom_attributes: { order_id: '1042' } })
    expect(opened).toEqual({
      status: 200,
      body: {
        id: 65,
        uuid: expect.stringMatching(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/),
        inbox_id: 1,
        contact_last_seen_at: 0,
        status: 'open',
        agent_last_seen_at: 0,
        messages: [],
        contact: expect.objectContaining({ id: 77 }),
      },
    })
    expect((await send('GET', `${contactPath()}/conversations`)).body.map((item: { id: number }) => item.id)).toEqual([
      56, 65,
    ])
    expect(await send('GET', conversationPath(65))).toEqual(opened)
  })

  it('gives the next display number across inboxes', async () => {
    expect(
      (await send('POST', `${contactPath('identity_contact_example', 'identity_inbox_example')}/conversations`)).body,
    ).toMatchObject({ id: 65, inbox_id: 2 })
    expect((await send('POST', `${contactPath()}/conversations`)).body.id).toBe(66)
  })

  it('shows a contact only the conversations of its own contact inbox', async () => {
    const opened = await send('POST', `${contactPath()}/conversations`)
    const bob = (await send('GET', `${contactPath('contact_sets_example')}/conversations`)).body.map(
      (item: { id: number }) => item.id,
    )
    expect(bob).toEqual([58, 59, 60, 61, 62, 63, 64])
    expect(await send('GET', conversationPath(opened.body.id, 'contact_sets_example'))).toEqual(notFound)
    expect(await send('GET', conversationPath(58))).toEqual(notFound)
  })

  it('renders every message a client may show, oldest first, and the contact', async () => {
    const conversation = (await send('GET', conversationPath())).body
    const ids = conversation.messages.map((message: { id: number }) => message.id)
    expect(ids).toHaveLength(28)
    expect(ids).not.toContain(35)
    expect(ids).not.toContain(40)
    expect(conversation).toMatchObject({
      id: 56,
      uuid: uuidOf(56),
      inbox_id: 1,
      status: 'open',
      contact_last_seen_at: 0,
      agent_last_seen_at: 1709301000,
      contact: { id: 77, account_id: 1 },
    })
  })

  it('takes only custom_attributes, and writes nothing for another field', async () => {
    expect(
      (await refusedWithoutWrites('POST', `${contactPath()}/conversations`, { status: 'pending' })).body,
    ).toMatchObject({ message: 'body field "status" is not allowed', attributes: ['status'] })
  })

  it('returns 404 for an unknown contact or inbox, writing nothing', async () => {
    expect(await refusedWithoutWrites('POST', `${contactPath('contact_identifier_unknown')}/conversations`)).toEqual(
      notFound,
    )
    expect(
      await refusedWithoutWrites(
        'GET',
        `${contactPath('contact_identifier_example', 'inbox_identifier_unknown')}/conversations`,
      ),
    ).toEqual(notFound)
  })
})

describe('toggle_status', () => {
  it('resolves an open conversation and sends its CSAT survey once', async () => {
    const resolved = await send('POST', `${conversationPath(58, 'contact_sets_example')}/toggle_status`)
    expect(resolved.body).toMatchObject({ id: 58, status: 'resolved' })
    expect(resolved.body.messages.at(-1)).toEqual({
      id: 70,
      content: 'Please rate the conversation',
      message_type: 3,
      content_type: 'input_csat',
      content_attributes: {},
      created_at: 1717408800,
      conversation_id: 58,
    })
    // Reopened by a message and resolved again: still one survey.
    await send('POST', `${conversationPath(58, 'contact_sets_example')}/messages`, { content: 'Still there?' })
    const again = await send('POST', `${conversationPath(58, 'contact_sets_example')}/toggle_status`)
    expect(
      again.body.messages.filter((message: { content_type: string }) => message.content_type === 'input_csat'),
    ).toHaveLength(1)
  })

  it('changes nothing on a conversation that is already resolved', async () => {
    const before = (await send('GET', conversationPath(59, 'contact_sets_example'))).body
    const writes = Table.writes
    expect(await send('POST', `${conversationPath(59, 'contact_sets_example')}/toggle_status`)).toEqual({
      status: 200,
      body: before,
    })
    expect(Table.writes).toBe(writes)
  })

  it('sends no survey where the conversation has one, or the inbox has CSAT off', async () => {
    const resolved = await send('POST', `${conversationPath()}/toggle_status`)
    expect(
      resolved.body.messages
        .filter((message: { content_type: string }) => message.content_type === 'input_csat')
        .map((message: { id: number }) => message.id),
    ).toEqual([45])
    const opened = await send(
      'POST',
      `${contactPath('identity_contact_example', 'identity_inbox_example')}/conversations`,
    )
    expect(
      (
        await send(
          'POST',
          `${conversationPath(opened.body.id, 'identity_contact_example', 'identity_inbox_example')}/toggle_status`,
        )
      ).body,
    ).toMatchObject({ status: 'resolved', messages: [] })
  })

  it('is reopened by a message of the contact', async () => {
    await send('POST', `${conversationPath(59, 'contact_sets_example')}/messages`, { content: 'It broke again' })
    expect((await send('GET', conversationPath(59, 'contact_sets_example'))).body.status).toBe('open')
  })
})

describe('toggle_typing and update_last_seen', () => {
  it.each([
    ['on in the query', '?typing_status=on', undefined],
    ['off in the query', '?typing_status=off', undefined],
    ['on in the body', '', { typing_status: 'on' }],
    ['off in the body', '', { typing_status: 'off' }],
    ['a value the server ignores', '?typing_status=recording', undefined],
    ['none at all', '', undefined],
  ])('answers typing status %s with 200 and an empty body, changing nothing', async (_, query, body) => {
    const writes = Table.writes
    expect(await send('POST', `${conversationPath()}/toggle_typing${query}`, body)).toEqual({
      status: 200,
      body: undefined,
    })
    expect(Table.writes).toBe(writes)
  })

  it('returns 422 for a typing status that is not a string, and 404 for an unknown conversation', async () => {
    expect((await send('POST', `${conversationPath()}/toggle_typing`, { typing_status: 1 })).body).toEqual({
      message: 'body field "typing_status" must be string (got 1)',
      attributes: ['typing_status'],
      issues: [
        {
          location: 'body',
          pointer: '/typing_status',
          keyword: 'type',
          message: 'body field "typing_status" must be string (got 1)',
        },
      ],
    })
    expect(await send('POST', `${conversationPath(999999)}/toggle_typing?typing_status=on`)).toEqual(notFound)
  })

  it('sets contact_last_seen_at to now, seen in the next GET', async () => {
    clock = new Date('2024-06-03T12:34:56.789Z')
    expect(await send('POST', `${conversationPath(60, 'contact_sets_example')}/update_last_seen`)).toEqual({
      status: 200,
      body: undefined,
    })
    expect((await send('GET', conversationPath(60, 'contact_sets_example'))).body.contact_last_seen_at).toBe(1717418096)
    expect(await refusedWithoutWrites('POST', `${conversationPath(57)}/update_last_seen`)).toEqual(notFound)
  })
})

describe('messages of the contact', () => {
  it("appear in the conversation's messages and in the message list, and are the contact's latest activity", async () => {
    const opened = await send('POST', `${contactPath('contact_update_example')}/conversations`)
    const posted = await send('POST', `${conversationPath(opened.body.id, 'contact_update_example')}/messages`, {
      content: 'Hello',
    })
    expect((await send('GET', conversationPath(opened.body.id, 'contact_update_example'))).body.messages).toEqual([
      posted.body,
    ])
    expect((await send('GET', `${conversationPath(opened.body.id, 'contact_update_example')}/messages`)).body).toEqual([
      posted.body,
    ])
    expect((await send('PATCH', contactPath('contact_update_example'), {})).body.last_activity_at).toBe(
      '2024-06-03T10:00:00.000Z',
    )
  })
})

describe('CSAT survey', () => {
  const answer = (rating: number, feedback?: string) => ({
    message: {
      submitted_values: { csat_survey_response: { rating, ...(feedback ? { feedback_message: feedback } : {}) } },
    },
  })

  it("finds the survey by the conversation's UUID alone", async () => {
    expect(await send('GET', surveyPath(uuidOf(56)))).toEqual({
      status: 200,
      body: {
        id: 45,
        csat_survey_response: null,
        display_type: 'emoji',
        content: null,
        inbox_avatar_url: '',
        inbox_name: 'Website',
        locale: 'en',
        conversation_id: 1,
        created_at: '2024-03-01T11:20:00.000Z',
      },
    })
  })

  it('returns 404 for an unknown UUID and for a conversation without a survey', async () => {
    expect(await send('GET', surveyPath('nope'))).toEqual(notFound)
    expect(await send('GET', surveyPath(uuidOf(57)))).toEqual(notFound)
    expect(await refusedWithoutWrites('PUT', surveyPath(uuidOf(57)), answer(5))).toEqual(notFound)
  })

  it('records a rating: the answer shows the response as it was, the next GET the new one', async () => {
    clock = new Date('2024-06-03T10:00:00Z')
    expect((await send('PUT', surveyPath(uuidOf(62)), answer(4, 'Quick'))).body).toMatchObject({
      id: 66,
      csat_survey_response: null,
    })
    const recorded = (await send('GET', surveyPath(uuidOf(62)))).body.csat_survey_response
    expect(recorded).toEqual({
      id: 2,
      account_id: 1,
      conversation_id: 7,
      message_id: 66,
      rating: 4,
      feedback_message: 'Quick',
      contact_id: 81,
      assigned_agent_id: null,
      created_at: '2024-06-03T10:00:00.000Z',
      updated_at: '2024-06-03T10:00:00.000Z',
    })
    clock = new Date('2024-06-03T11:00:00Z')
    expect((await send('PUT', surveyPath(uuidOf(62)), answer(2))).body.csat_survey_response).toEqual(recorded)
    expect((await send('GET', surveyPath(uuidOf(62)))).body.csat_survey_response).toEqual({
      ...recorded,
      rating: 2,
      feedback_message: null,
      updated_at: '2024-06-03T11:00:00.000Z',
    })
    const message = (await send('GET', `${conversationPath(62, 'contact_sets_example')}/messages`)).body.at(-1)
    expect(message.content_attributes).toEqual({ submitted_values: { csat_survey_response: { rating: 2 } } })
  })

  it('records a rating given through updateMessage too', async () => {
    const response = await send('PATCH', `${conversationPath(61, 'contact_sets_example')}/messages/65`, {
      submitted_values: { csat_survey_response: { rating: 5, feedback_message: 'Great service!' } },
    })
    expect(response.status).toBe(200)
    expect((await send('GET', surveyPath(uuidOf(61)))).body.csat_survey_response).toMatchObject({
      message_id: 65,
      rating: 5,
      feedback_message: 'Great service!',
    })
  })

  it('records no response for values without a rating, or on a message that is not a survey', async () => {
    await send('PATCH', `${conversationPath(61, 'contact_sets_example')}/messages/65`, {
      submitted_values: [{ title: 'Good', value: '5' }],
    })
    await send('PATCH', `${conversationPath(63, 'contact_sets_example')}/messages/67`, {
      submitted_values: { csat_survey_response: { rating: 5 } },
    })
    expect((await send('GET', surveyPath(uuidOf(61)))).body.csat_survey_response).toBeNull()
    expect(chatmock.current.stores.chatwoot.csatResponses.size).toBe(1)
  })

  it('returns 422 for a rating outside 1 to 5, writing nothing', async () => {
    expect((await refusedWithoutWrites('PUT', surveyPath(uuidOf(62)), answer(6))).body).toMatchObject({
      attributes: ['message'],
    })
    expect((await refusedWithoutWrites('PUT', surveyPath(uuidOf(62)), {})).body).toMatchObject({
      attributes: ['message'],
    })
  })
})

describe('the CSAT lock counts calendar days in UTC', () => {
  // Survey 45 was sent on 2024-03-01 at 11:20 UTC.
  const viaMessage = () =>
    send('PATCH', `${conversationPath()}/messages/45`, { submitted_values: { csat_survey_response: { rating: 5 } } })
  const viaSurvey = () =>
    send('PUT', surveyPath(uuidOf(56)), { message: { submitted_values: { csat_survey_response: { rating: 5 } } } })

  it.each([
    ['updateMessage', viaMessage],
    ['updateCsatSurvey', viaSurvey],
  ])("%s: open until the last second of the 14th day after the survey's date", async (_, answer) => {
    clock = new Date('2024-03-15T23:59:59.999Z')
    expect((await answer()).status).toBe(200)
  })

  it.each([
    ['updateMessage', viaMessage],
    ['updateCsatSurvey', viaSurvey],
  ])('%s: locked from the first second of the 15th day, writing nothing', async (_, answer) => {
    clock = new Date('2024-03-16T00:00:00Z')
    const writes = Table.writes
    expect(await answer()).toEqual(locked)
    expect(Table.writes).toBe(writes)
  })

  it('locks a survey sent at 23:59:59 after 14 days and one second, and not a survey sent at 00:00 after nearly 15 days', async () => {
    clock = new Date('2024-05-01T23:59:59Z')
    const late = await send('POST', `${conversationPath(58, 'contact_sets_example')}/toggle_status`)
    clock = new Date('2024-05-01T00:00:00Z')
    const early = await send('POST', `${conversationPath(60, 'contact_sets_example')}/toggle_status`)
    clock = new Date('2024-05-16T00:00:00Z')
    expect(
      await send('PUT', surveyPath(late.body.uuid), {
        message: { submitted_values: { csat_survey_response: { rating: 1 } } },
      }),
    ).toEqual(locked)
    expect(
      await send('PUT', surveyPath(early.body.uuid), {
        message: { submitted_values: { csat_survey_response: { rating: 1 } } },
      }),
    ).toEqual(locked)
    clock = new Date('2024-05-15T23:59:59Z')
    expect(
      (
        await send('PUT', surveyPath(late.body.uuid), {
          message: { submitted_values: { csat_survey_response: { rating: 1 } } },
        })
      ).status,
    ).toBe(200)
    expect(
      (
        await send('PUT', surveyPath(early.body.uuid), {
          message: { submitted_values: { csat_survey_response: { rating: 1 } } },
        })
      ).status,
    ).toBe(200)
  })

  it("never locks the fixtures' surveys dated in the future", async () => {
    clock = new Date('2099-12-31T00:00:00Z')
    expect(
      (
        await send('PUT', surveyPath(uuidOf(62)), {
          message: { submitted_values: { csat_survey_response: { rating: 3 } } },
        })
      ).status,
    ).toBe(200)
  })
})

describe('ids', () => {
  it.each([
    [
      'a conversation_id that is not an integer',
      'GET',
      conversationPath('abc'),
      'conversation_id',
      'path parameter "conversation_id" must be integer (got "abc")',
    ],
    [
      'a conversation_id above 2^53 - 1',
      'POST',
      `${conversationPath('9007199254740992')}/toggle_status`,
      'conversation_id',
      'path parameter "conversation_id" must be <= 9007199254740991 (got 9007199254740992)',
    ],
    [
      'a message_id above 2^53 - 1',
      'PATCH',
      `${conversationPath()}/messages/9007199254740992`,
      'message_id',
      'path parameter "message_id" must be <= 9007199254740991 (got 9007199254740992)',
    ],
    [
      'a before that is not an integer',
      'GET',
      `${conversationPath()}/messages?before=abc`,
      'before',
      'query parameter "before" must be integer (got "abc")',
    ],
  ])(
    'returns 422 for %s (the real server: 404, or an empty list for before)',
    async (_, method, url, attribute, message) => {
      const response = await send(method, url, method === 'PATCH' ? {} : undefined)
      expect(response).toMatchObject({ status: 422, body: { message, attributes: [attribute] } })
    },
  )

  it('returns 404 for a conversation 0 or below, as the server does', async () => {
    expect(await send('GET', conversationPath(0))).toEqual(notFound)
    expect(await send('GET', conversationPath(-56))).toEqual(notFound)
  })
})

describe('fixtures', () => {
  it('restores every Chatwoot record exactly on reset', async () => {
    const before = JSON.stringify(chatmock.current.stores.chatwoot.snapshot())
    const created = await send('POST', `${inbox()}/contacts`, { name: 'Riley' })
    const opened = await send('POST', `${contactPath(created.body.source_id)}/conversations`)
    await send('POST', `${conversationPath(opened.body.id, created.body.source_id)}/messages`, { content: 'Hi' })
    await send('POST', `${conversationPath(opened.body.id, created.body.source_id)}/toggle_status`)
    await send('PUT', surveyPath(opened.body.uuid), {
      message: { submitted_values: { csat_survey_response: { rating: 5 } } },
    })
    await send(
      'GET',
      `${contactPath('identity_contact_example', 'identity_inbox_example')}?identifier=user-1001&identifier_hash=${hmac(IDENTITY_TOKEN, 'user-1001')}`,
    )
    await send('PATCH', contactPath('contact_update_example'), { name: 'Changed' })
    await send('POST', `${conversationPath(60, 'contact_sets_example')}/update_last_seen`)
    expect(JSON.stringify(chatmock.current.stores.chatwoot.snapshot())).not.toBe(before)
    await chatmock.current.reset()
    expect(JSON.stringify(chatmock.current.stores.chatwoot.snapshot())).toBe(before)
    expect((await send('POST', `${inbox()}/contacts`)).body.id).toBe(82)
  })

  it('keeps every mutable record in a table', () => {
    const store = chatmock.current.stores.chatwoot
    expect([
      store.contacts.size,
      store.contactInboxes.size,
      store.conversations.size,
      store.messages.size,
      store.csatResponses.size,
    ]).toEqual([5, 5, 9, 39, 1])
  })
})

describe("the spec's error examples", () => {
  // Each error example of specs/chatwoot.yaml that only an invalid request reaches, with that request: the mock's exact words.
  const examples: Array<[component: string, example: string, method: string, url: string, body?: unknown]> = [
    ['InvalidParameters', 'invalid-conversation-id', 'GET', conversationPath('abc')],
    ['ContactInvalid', 'invalid-phone-number', 'POST', `${inbox()}/contacts`, { phone_number: '0123' }],
    ['ContactUpdateRejected', 'invalid-email', 'PATCH', contactPath('contact_update_example'), { email: 'carol' }],
    ['ConversationInvalid', 'unknown-field', 'POST', `${contactPath()}/conversations`, { status: 'open' }],
    [
      'TypingInvalid',
      'typing-status-not-a-string',
      'POST',
      `${conversationPath()}/toggle_typing`,
      { typing_status: 1 },
    ],
    ['MessageInvalid', 'content-too-long', 'POST', `${conversationPath()}/messages`, { content: 'x'.repeat(150_001) }],
    ['MessageInvalid', 'unknown-field', 'POST', `${conversationPath()}/messages`, { content: 'x', message_type: 1 }],
    [
      'MessageUpdateRejected',
      'invalid-rating',
      'PATCH',
      `${conversationPath()}/messages/58`,
      { submitted_values: { csat_survey_response: { rating: 'five' } } },
    ],
    [
      'CsatSurveyUpdateRejected',
      'invalid-rating',
      'PUT',
      surveyPath(uuidOf(62)),
      { message: { submitted_values: { csat_survey_response: { rating: 6 } } } },
    ],
    ['UnsupportedMediaType', 'unsupported-media-type', 'POST', `${conversationPath()}/messages`, 'text/plain'],
  ]

  it.each(examples)('%s "%s" is what the mock answers', async (component, example, method, url, body) => {
    const response = getApi('chatwoot').document.components!.responses![component] as {
      content: Record<string, { examples: Record<string, { value: unknown }> }>
    }
    const expected = response.content['application/json']!.examples[example]!.value
    const answer =
      body === 'text/plain'
        ? await call(url, { method, headers: { 'content-type': 'text/plain' }, body: 'hi' })
        : await send(method, url, body)
    expect(answer.body).toEqual(expected)
  })
})
