import type { ContactRecord, PublicMessage, PublicMessageSender, WorkingHour } from './generated/openapi.js'
import { ACCOUNT, type ChatwootFixtures, type ContactInboxRecord, type ConversationRecord, type StoredInbox, type StoredMessage } from './store.js'
import { renderContactSender } from './render.js'
import { createSeededFaker, DEFAULT_SEED, FIXTURE_EPOCH, toIso } from '../../src/store/seeded-faker.js'

const DAY = 86_400
/**
 * 2100-01-01T00:00:00Z. The CSAT surveys of conversations 61 and 62 are dated in the future so that
 * the named example sets that answer them succeed whatever today's date is: the lock refuses an
 * answer when today is more than 14 days after the survey's date, which a future date never is.
 */
const FUTURE = 4_102_444_800

/** Chatwoot's default schedule: Monday to Friday, 9:00 to 17:00; closed at the weekend. */
const WORKING_HOURS: WorkingHour[] = Array.from({ length: 7 }, (_, day) =>
  day === 0 || day === 6
    ? { day_of_week: day, closed_all_day: true, open_hour: null, open_minutes: null, close_hour: null, close_minutes: null, open_all_day: false }
    : { day_of_week: day, closed_all_day: false, open_hour: 9, open_minutes: 0, close_hour: 17, close_minutes: 0, open_all_day: false },
)

/** A conversation's fixed UUID, readable in examples: its display number in the last group. */
export function fixtureUuid(displayId: number): string {
  return `b1e2c3d4-0000-4000-8000-${String(displayId).padStart(12, '0')}`
}

/**
 * The docs' own example call works: inbox `inbox_identifier_example`, contact
 * `contact_identifier_example` (pubsub token `pubsub_token_example`), conversation 56 with a
 * message 56. Conversation 56 holds 30 messages (ids 31 to 60), among them an activity message (35),
 * a private note (40) and a CSAT survey sent on 2024-03-01 (45); conversation 57 belongs to another
 * contact of the same inbox. Inbox `identity_inbox_example` requires identity validation; its
 * contact `identity_contact_example` has the identifier `user-1001`.
 *
 * The named example sets of the spec change records of their own, which nothing else reads:
 * contact `contact_update_example` (the contact updates), and contact `contact_sets_example` with
 * its conversations 58 (open, to resolve), 59 (resolved), 60 (to mark as seen), 61 and 62 (CSAT
 * surveys dated in the future, to answer), 63 (a bot's select and form, to answer) and 64 (a survey
 * answered with a rating of 4).
 */
export function createFixtures(seed = DEFAULT_SEED): ChatwootFixtures {
  const faker = createSeededFaker(seed)
  const start = Math.floor(FIXTURE_EPOCH / 1000)
  const iso = (seconds: number) => toIso(seconds * 1000)

  const contact = (id: number, values: Partial<ContactRecord> = {}): ContactRecord => {
    const name = values.name ?? faker.person.fullName()
    const email = values.email ?? faker.internet.email({ firstName: name.split(' ')[0] }).toLowerCase()
    return {
      id,
      name,
      email,
      phone_number: null,
      account_id: ACCOUNT.id,
      created_at: iso(start - DAY),
      updated_at: iso(start - DAY),
      additional_attributes: {},
      identifier: null,
      custom_attributes: {},
      last_activity_at: null,
      contact_type: 'lead',
      middle_name: '',
      last_name: '',
      location: '',
      country_code: '',
      blocked: false,
      ...values,
    }
  }
  const alice = contact(77)
  const bobSourceId = faker.string.uuid()
  const bob = contact(78)
  const agent: PublicMessageSender = { id: 1, name: 'Support Agent', available_name: 'Support Agent', avatar_url: '', availability_status: 'online', type: 'user' }
  const bot: PublicMessageSender = { id: 2, name: 'Support bot', avatar_url: '', type: 'agent_bot' }

  const messages: StoredMessage[] = []
  // Keys in the order the real server renders them: id, content, message_type, content_type, …
  const message = (id: number, content: string, messageType: PublicMessage['message_type'], contentType: PublicMessage['content_type'], sender?: PublicMessageSender, conversationId = 56, createdAt = start + (id - 31) * 600, contentAttributes: Record<string, unknown> = {}): StoredMessage => ({
    id,
    content,
    message_type: messageType,
    content_type: contentType,
    content_attributes: contentAttributes,
    created_at: createdAt,
    conversation_id: conversationId,
    ...(sender ? { sender } : {}),
  })
  for (let id = 31; id <= 60; id++) {
    if (id === 35) messages.push(message(id, 'Conversation was reopened', 2, 'text'))
    else if (id === 40) messages.push({ ...message(id, 'Customer asked twice; escalate.', 1, 'text', agent), private: true })
    else if (id === 45) messages.push(message(id, 'Please rate the conversation', 3, 'input_csat'))
    else if (id === 56) messages.push(message(id, 'Hello, how can I help you?', 0, 'text', renderContactSender(alice)))
    else if (id % 2 === 0) messages.push(message(id, faker.lorem.sentence(), 0, 'text', renderContactSender(alice)))
    else messages.push(message(id, faker.lorem.sentence(), 1, 'text', agent))
  }
  messages.push(message(61, faker.lorem.sentence(), 0, 'text', renderContactSender(bob), 57, start + DAY))

  const carol = contact(79)
  const dave = contact(80, { identifier: 'user-1001' })
  const sam = contact(81, { name: 'Sam Example', email: 'sam@example.com' })
  const asSam = renderContactSender(sam)
  messages.push(
    message(62, 'My parcel has not arrived yet.', 0, 'text', asSam, 58, start + 2 * DAY),
    message(63, 'Thanks, that solved it.', 0, 'text', asSam, 59, start + 3 * DAY),
    message(64, 'We have shipped your parcel.', 1, 'text', agent, 60, start + 4 * DAY),
    message(65, 'Please rate the conversation', 3, 'input_csat', undefined, 61, FUTURE),
    message(66, 'Please rate the conversation', 3, 'input_csat', undefined, 62, FUTURE),
    message(67, 'Which topic is it about?', 1, 'input_select', bot, 63, start + 7 * DAY, { items: [{ title: 'Billing', value: 'billing' }, { title: 'Shipping', value: 'shipping' }] }),
    message(68, 'How can we reach you?', 1, 'form', bot, 63, start + 7 * DAY + 60, { items: [{ name: 'email', label: 'Email', type: 'email', placeholder: 'Your email' }] }),
    message(69, 'Please rate the conversation', 3, 'input_csat', undefined, 64, start + 8 * DAY, { submitted_values: { csat_survey_response: { rating: 4, feedback_message: 'Quick and friendly.' } } }),
  )
  // Each contact's last message is its latest activity.
  const lastActivity = new Map<number, number>()
  for (const { sender, created_at: createdAt } of messages) if (sender?.type === 'contact') lastActivity.set(sender.id, Math.max(lastActivity.get(sender.id) ?? 0, createdAt))
  const contacts = [alice, bob, carol, dave, sam].map((record) => (lastActivity.has(record.id) ? { ...record, last_activity_at: iso(lastActivity.get(record.id)!) } : record))

  const inbox = (id: number, identifier: string, name: string, hmacToken: string, identityValidation: boolean, csat: boolean): StoredInbox => ({
    identifier,
    identity_validation_enabled: identityValidation,
    name,
    timezone: 'UTC',
    working_hours: WORKING_HOURS,
    working_hours_enabled: false,
    csat_survey_enabled: csat,
    csat_response_visible: false,
    greeting_enabled: false,
    id,
    hmac_token: hmacToken,
    avatar_url: '',
    csat_config: {},
  })
  const contactInbox = (id: number, contactId: number, inboxId: number, sourceId: string, pubsubToken: string): ContactInboxRecord => ({
    id,
    contact_id: contactId,
    inbox_id: inboxId,
    source_id: sourceId,
    created_at: iso(start - DAY),
    updated_at: iso(start - DAY),
    hmac_verified: false,
    pubsub_token: pubsubToken,
  })
  const conversation = (id: number, displayId: number, contactInboxId: number, contactId: number, status: ConversationRecord['status'], createdAt: number): ConversationRecord => ({
    id,
    display_id: displayId,
    uuid: fixtureUuid(displayId),
    inbox_id: 1,
    contact_id: contactId,
    contact_inbox_id: contactInboxId,
    status,
    contact_last_seen_at: null,
    agent_last_seen_at: null,
    custom_attributes: {},
    created_at: createdAt,
  })

  return {
    inboxes: [inbox(1, 'inbox_identifier_example', 'Website', 'example_inbox_hmac_token', false, true), inbox(2, 'identity_inbox_example', 'Mobile app', 'identity_inbox_hmac_token', true, false)],
    contacts,
    contact_inboxes: [
      contactInbox(1, alice.id, 1, 'contact_identifier_example', 'pubsub_token_example'),
      contactInbox(2, bob.id, 1, bobSourceId, faker.string.alphanumeric(24)),
      contactInbox(3, carol.id, 1, 'contact_update_example', faker.string.alphanumeric(24)),
      contactInbox(4, dave.id, 2, 'identity_contact_example', faker.string.alphanumeric(24)),
      contactInbox(5, sam.id, 1, 'contact_sets_example', faker.string.alphanumeric(24)),
    ],
    conversations: [
      { ...conversation(1, 56, 1, alice.id, 'open', start), agent_last_seen_at: start + 29 * 600 },
      conversation(2, 57, 2, bob.id, 'open', start + DAY),
      conversation(3, 58, 5, sam.id, 'open', start + 2 * DAY),
      conversation(4, 59, 5, sam.id, 'resolved', start + 3 * DAY),
      conversation(5, 60, 5, sam.id, 'open', start + 4 * DAY),
      conversation(6, 61, 5, sam.id, 'resolved', start + 5 * DAY),
      conversation(7, 62, 5, sam.id, 'resolved', start + 6 * DAY),
      conversation(8, 63, 5, sam.id, 'open', start + 7 * DAY),
      conversation(9, 64, 5, sam.id, 'resolved', start + 8 * DAY),
    ],
    messages,
    csat_survey_responses: [
      { id: 1, account_id: ACCOUNT.id, conversation_id: 9, message_id: 69, rating: 4, feedback_message: 'Quick and friendly.', contact_id: sam.id, assigned_agent_id: null, created_at: iso(start + 8 * DAY + 3600), updated_at: iso(start + 8 * DAY + 3600) },
    ],
  }
}
