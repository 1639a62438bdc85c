import type { PublicMessage, PublicMessageSender } from './generated/openapi.js'
import type { ChatwootFixtures, StoredMessage } from './store.js'
import { createSeededFaker, DEFAULT_SEED, FIXTURE_EPOCH } from '../../src/store/seeded-faker.js'

const DAY = 86_400

/**
 * The seed's own example call works: inbox `inbox_identifier_example`, contact
 * `contact_identifier_example`, conversation 56 with a message 56. Conversation 56 holds 30
 * messages (ids 31 to 60), among them an activity message (35), a private note (40) and a CSAT
 * survey (45); conversation 57 belongs to another contact of the same inbox.
 */
export function createFixtures(seed = DEFAULT_SEED): ChatwootFixtures {
  const faker = createSeededFaker(seed)
  const start = Math.floor(FIXTURE_EPOCH / 1000)
  const contact = (id: number, sourceId: string): { sourceId: string; sender: PublicMessageSender } => {
    const name = faker.person.fullName()
    return {
      sourceId,
      sender: { id, name, email: faker.internet.email({ firstName: name.split(' ')[0] }).toLowerCase(), phone_number: null, identifier: null, thumbnail: '', additional_attributes: {}, custom_attributes: {}, blocked: false, type: 'contact' },
    }
  }
  const alice = contact(77, 'contact_identifier_example')
  const bob = contact(78, faker.string.uuid())
  const agent: PublicMessageSender = { id: 1, name: 'Support Agent', available_name: 'Support Agent', avatar_url: '', availability_status: 'online', type: 'user' }

  const messages: StoredMessage[] = []
  // Keys in the order the real server renders them: id, content, message_type, content_type, …
  const message = (id: number, content: string, messageType: PublicMessage['message_type'], contentType: PublicMessage['content_type'], sender?: PublicMessageSender, conversationId = 56, createdAt = start + (id - 31) * 600): StoredMessage => ({
    id,
    content,
    message_type: messageType,
    content_type: contentType,
    content_attributes: {},
    created_at: createdAt,
    conversation_id: conversationId,
    ...(sender ? { sender } : {}),
  })
  for (let id = 31; id <= 60; id++) {
    if (id === 35) messages.push(message(id, 'Conversation was reopened', 2, 'text'))
    else if (id === 40) messages.push({ ...message(id, 'Customer asked twice; escalate.', 1, 'text', agent), private: true })
    else if (id === 45) messages.push(message(id, 'Please rate the conversation', 3, 'input_csat'))
    else if (id === 56) messages.push(message(id, 'Hello, how can I help you?', 0, 'text', alice.sender))
    else if (id % 2 === 0) messages.push(message(id, faker.lorem.sentence(), 0, 'text', alice.sender))
    else messages.push(message(id, faker.lorem.sentence(), 1, 'text', agent))
  }
  messages.push(message(61, faker.lorem.sentence(), 0, 'text', bob.sender, 57, start + DAY))

  return {
    inboxes: [{ identifier: 'inbox_identifier_example', name: 'Website' }],
    contacts: [alice, bob].map(({ sourceId, sender }) => ({ inbox_identifier: 'inbox_identifier_example', source_id: sourceId, sender })),
    conversations: [
      { display_id: 56, inbox_identifier: 'inbox_identifier_example', contact_source_id: alice.sourceId },
      { display_id: 57, inbox_identifier: 'inbox_identifier_example', contact_source_id: bob.sourceId },
    ],
    messages,
  }
}
