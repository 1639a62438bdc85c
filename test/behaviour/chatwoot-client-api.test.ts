import { createHmac } from 'node:crypto'
import { afterEach, describe, expect, it } from 'vitest'
import { getApi } from '../../src/openapi/catalog.js'
import { Table } from '../../src/store/table.js'
import { pollUntil } from '../support/poll-until.js'
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
/** A refused identity: the server's unhandled StandardError, Rails' 500 page (strict mode: 401, chatwoot-strict.test.ts). */
const refused = { status: 500, body: { status: 500, error: 'Internal Server Error' } }
const locked = { status: 422, body: { error: 'You cannot update the CSAT survey after 14 days' } }
const hmac = (token: string, identifier: string) => createHmac('sha256', token).update(identifier).digest('hex')
const IDENTITY_TOKEN = 'identity_inbox_hmac_token'

type Response = { status: number; body: any }

async function send(
  method: string,
  url: string,
  body?: unknown,
  headers: Record<string, string> = {},
): Promise<Response> {
  const { status, body: answer } = await call(url, {
    method,
    headers: body === undefined ? headers : { 'content-type': 'application/json', ...headers },
    body: body === undefined ? undefined : JSON.stringify(body),
  })
  return { status, body: answer }
}

const START = new Date('2024-06-03T10:00:00Z')
let clock = START
const chatmock = useChatmock({ now: () => clock })
afterEach(() => {
  clock = START
  chatmock.current.admin.updateSettings({})
})

/** The server's background work (the CSAT survey after a resolve) done before the answer, as `jobDelay: 0` does. */
const workImmediately = () => chatmock.current.admin.updateSettings({ apis: { chatwoot: { jobDelay: 0 } } })

/** Sends a request that must be refused, and checks that it wrote nothing to any store table. */
async function refusedWithoutWrites(
  method: string,
  url: string,
  body?: unknown,
  headers: Record<string, string> = {},
): Promise<Response> {
  const writes = Table.writes
  const response = await send(method, url, body, headers)
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
      location: null,
      country_code: null,
      blocked: false,
      company_id: null,
    })
    expect(response.body).not.toHaveProperty('source_id')
  })

  // ContactIdentifyAction without `identifier` (the controller drops it): an email or phone number of
  // another contact always merges into that contact, which the answer then is (the mock used to answer 422).
  it('merges a contact into the one whose email it takes: its conversations, messages and contact inbox move, and the answer is that contact', async () => {
    clock = new Date('2024-06-04T08:00:00Z')
    const merged = await send('PATCH', contactPath(), { email: 'sam@example.com', name: 'Sam Merged' })
    expect(merged.status).toBe(200)
    expect(merged.body).toMatchObject({
      id: 81,
      name: 'Sam Merged',
      email: 'sam@example.com',
      identifier: null,
      updated_at: '2024-06-04T08:00:00.000Z',
      company_id: null,
    })
    // The docs' contact inbox keeps its source_id and pubsub token, and now stands for contact 81.
    expect(await send('GET', contactPath())).toMatchObject({
      status: 200,
      body: { source_id: 'contact_identifier_example', pubsub_token: 'pubsub_token_example', id: 81 },
    })
    const conversation = (await send('GET', conversationPath())).body
    expect(conversation.contact).toMatchObject({ id: 81, name: 'Sam Merged' })
    const senders = conversation.messages.filter((message: { message_type: number }) => message.message_type === 0)
    expect(senders.length).toBeGreaterThan(0)
    expect(new Set(senders.map((message: { sender: { id: number; name: string } }) => message.sender.id))).toEqual(
      new Set([81]),
    )
    // Contact 77 is gone: a contact reused by its old email is none, a new one is made.
    const store = chatmock.current.stores.chatwoot
    expect(store.contacts.get(77)).toBeUndefined()
    expect(store.conversations.list('byContact', 77)).toEqual([])
    expect(store.conversations.list('byContact', 81).map((item) => item.display_id)).toContain(56)
  })

  it('merges into an identified contact too, and by phone number', async () => {
    const store = chatmock.current.stores.chatwoot
    const visitor = (await send('POST', `${inbox()}/contacts`, { name: 'Vic' })).body
    expect(
      await send('PATCH', contactPath(visitor.source_id), { email: store.contacts.get(80)!.email! }),
    ).toMatchObject({ status: 200, body: { id: 80, identifier: 'user-1001' } })

    await send('PATCH', contactPath('contact_sets_example'), { phone_number: '+14155550199' })
    const caller = (await send('POST', `${inbox()}/contacts`, { name: 'Cal' })).body
    expect(await send('PATCH', contactPath(caller.source_id), { phone_number: '+14155550199' })).toMatchObject({
      status: 200,
      body: { id: 81, name: 'Sam Example', phone_number: '+14155550199' },
    })
    expect(store.contacts.get(caller.id)).toBeUndefined()
  })

  it("leaves the phone number out, and merges nothing for it, when the request's email is not its holder's", async () => {
    await send('PATCH', contactPath('contact_sets_example'), { phone_number: '+14155550199' })
    expect(
      await send('PATCH', contactPath('contact_update_example'), {
        email: 'carol.new@example.com',
        phone_number: '+14155550199',
      }),
    ).toMatchObject({ status: 200, body: { id: 79, email: 'carol.new@example.com', phone_number: null } })
  })

  it('returns 422 for the email of another contact in other letter case, and changes nothing', async () => {
    // The merge looks the email up as sent and finds none; the save's uniqueness check ignores case.
    const taken = { status: 422, body: { message: 'Email has already been taken', attributes: ['email'] } }
    expect(
      await refusedWithoutWrites('PATCH', contactPath('contact_update_example'), {
        name: 'Changed',
        email: 'SAM@example.com',
      }),
    ).toEqual(taken)
    await send('PATCH', contactPath('contact_sets_example'), { phone_number: '+14155550199' })
    expect(
      await refusedWithoutWrites('PATCH', contactPath('contact_update_example'), {
        email: 'SAM@example.com',
        phone_number: '+14155550199',
      }),
    ).toEqual(taken)
  })

  it("deletes the merged contact's CSAT responses, as deleting a contact does", async () => {
    const survey = surveyPath(uuidOf(64))
    expect((await send('GET', survey)).body.csat_survey_response).toMatchObject({ contact_id: 81, rating: 4 })
    const alice = chatmock.current.stores.chatwoot.contacts.get(77)!
    expect(await send('PATCH', contactPath('contact_sets_example'), { email: alice.email! })).toMatchObject({
      status: 200,
      body: { id: 77 },
    })
    expect((await send('GET', survey)).body.csat_survey_response).toBeNull()
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

  it("refuses a contact without a hash where the inbox requires one, with Rails' 500, writing nothing", async () => {
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

  it('takes only custom_attributes, dropping another field as params.permit does', async () => {
    const opened = await send('POST', `${contactPath()}/conversations`, { status: 'pending' })
    expect(opened).toMatchObject({ status: 200, body: { status: 'open' } })
  })

  it('refuses another field than custom_attributes under Prefer: handling=strict, writing nothing', async () => {
    expect(
      (
        await refusedWithoutWrites(
          'POST',
          `${contactPath()}/conversations`,
          { status: 'pending' },
          {
            prefer: 'handling=strict',
          },
        )
      ).body,
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
  it('answers without the CSAT survey, which the server sends shortly after (issue 23)', async () => {
    chatmock.current.admin.updateSettings({ apis: { chatwoot: { jobDelay: 1 } } })
    const resolved = await send('POST', `${conversationPath(58, 'contact_sets_example')}/toggle_status`)
    expect(resolved.body).toMatchObject({ id: 58, status: 'resolved' })
    expect(resolved.body.messages.map((message: { id: number }) => message.id)).toEqual([62])
    const read = () => send('GET', conversationPath(58, 'contact_sets_example'))
    const later = await pollUntil(read, (value) => value.body.messages.length === 2)
    expect(later.body.messages.at(-1)).toMatchObject({ id: 70, content_type: 'input_csat' })
  })

  it('resolves an open conversation and sends its CSAT survey once (with jobDelay 0, in the answer)', async () => {
    // The answer held the survey before issue 23; with no delay it still does.
    workImmediately()
    const resolved = await send('POST', `${conversationPath(58, 'contact_sets_example')}/toggle_status`)
    expect(resolved.body).toMatchObject({ id: 58, status: 'resolved' })
    expect(resolved.body.messages.at(-1)).toEqual({
      id: 70,
      content: 'Please rate the conversation',
      message_type: 3,
      content_type: 'input_csat',
      content_attributes: { display_type: 'emoji' },
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

  it("sends the survey as the inbox's csat_config says: its message and display type, else the template's and emoji", async () => {
    workImmediately()
    const inbox = chatmock.current.stores.chatwoot.getInbox('inbox_identifier_example')!
    inbox.csat_config = { display_type: 'star', message: 'How did we do?' }
    const resolved = await send('POST', `${conversationPath(58, 'contact_sets_example')}/toggle_status`)
    expect(resolved.body.messages.at(-1)).toMatchObject({
      content: 'How did we do?',
      content_attributes: { display_type: 'star' },
    })
    // A blank message is none (`blank?`).
    inbox.csat_config = { message: '  ' }
    const other = await send('POST', `${conversationPath(60, 'contact_sets_example')}/toggle_status`)
    expect(other.body.messages.at(-1)).toMatchObject({
      content: 'Please rate the conversation',
      content_attributes: { display_type: 'emoji' },
    })
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
    workImmediately()
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
      csat_review_notes: null,
      review_notes_updated_at: null,
      review_notes_updated_by_id: null,
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
    // Stored beside the survey's display type, which it keeps (issue 23).
    expect(message.content_attributes).toEqual({
      display_type: 'emoji',
      submitted_values: { csat_survey_response: { rating: 2 } },
    })
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
    // Each survey is dated by its resolve's clock: sent before the answer, before the clock moves on.
    workImmediately()
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
  const refusedStrictly: Array<[string, string, string, string, string]> = [
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
  ]

  it.each(refusedStrictly)(
    'returns 422 for %s under Prefer: handling=strict',
    async (_, method, url, attribute, message) => {
      const response = await send(method, url, method === 'PATCH' ? {} : undefined, { prefer: 'handling=strict' })
      expect(response).toMatchObject({ status: 422, body: { message, attributes: [attribute] } })
    },
  )

  it.each(refusedStrictly.slice(0, 3))('returns 404 for %s, as the server does', async (_, method, url) => {
    expect(await send(method, url, method === 'PATCH' ? {} : undefined)).toEqual(notFound)
  })

  it('lists no message for a before that is not an integer, as the server reads it (0)', async () => {
    expect(await send('GET', `${conversationPath()}/messages?before=abc`)).toEqual({ status: 200, body: [] })
  })

  it('reads a conversation_id that starts with digits as ActiveRecord does (56abc is 56)', async () => {
    expect(await send('GET', conversationPath('56abc'))).toMatchObject({ status: 200, body: { id: 56 } })
  })

  it('returns 422 for a before above 2^53 - 1, strict or not', async () => {
    expect((await send('GET', `${conversationPath()}/messages?before=9007199254740992`)).status).toBe(422)
  })

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

  it("keeps each message's status and times beside its table, in the snapshot and back from it", async () => {
    workImmediately()
    clock = new Date('2024-06-03T10:00:00.123Z')
    await send('POST', `${conversationPath(60, 'contact_sets_example')}/update_last_seen`)
    const store = chatmock.current.stores.chatwoot
    const snapshot = store.snapshot()
    // The agent's reply 64 of conversation 60 is read now; the contact's own messages stay sent.
    expect(snapshot.messages.find((message) => message.id === 64)).toMatchObject({
      status: 'read',
      updated_at: '2024-06-03T10:00:00.123Z',
    })
    expect(snapshot.messages.find((message) => message.id === 63)).not.toHaveProperty('status')
    store.clear()
    await store.load(snapshot)
    expect(store.getMessageStatus(64)).toBe('read')
    expect(store.getMessageTimes(64)).toEqual({
      created_at: '2024-03-05T09:00:00.000Z',
      updated_at: '2024-06-03T10:00:00.123Z',
    })
    expect(store.snapshot()).toEqual(snapshot)
  })

  it('keeps every mutable record in a table', () => {
    const store = chatmock.current.stores.chatwoot
    expect([
      store.contacts.size,
      store.contactInboxes.size,
      store.conversations.size,
      store.messages.size,
      store.csatResponses.size,
    ]).toEqual([8, 9, 10, 42, 1])
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
      content: Record<
        string,
        { examples: Record<string, { value: unknown; 'x-chatmock-request'?: { headers?: Record<string, string> } }> }
      >
    }
    const declared = response.content['application/json']!.examples[example]!
    const expected = declared.value
    // A strict-mode example (`Prefer: handling=strict`) says so in its request.
    const headers = declared['x-chatmock-request']?.headers ?? {}
    const answer =
      body === 'text/plain'
        ? await call(url, { method, headers: { 'content-type': 'text/plain' }, body: 'hi' })
        : await send(method, url, body, headers)
    expect(answer.body).toEqual(expected)
  })
})
