import type { ContactRecord, CsatSurveyResponseRecord, PublicInbox, PublicMessage } from './generated/openapi.js'
import { createRecordSchema } from './record-schema.js'
import { ErrorCodes } from '../../src/errors/error-codes.js'
import { StoreError } from '../../src/errors/store-error.js'
import { getComponentSchema } from '../../src/store/get-component-schema.js'
import type { CreateStoreOptions } from '../../src/api/api.js'
import { DEFAULT_RECORD_LIMIT } from '../../src/store/record-limit.js'
import { SortedGroups } from '../../src/store/sorted-groups.js'
import { Table } from '../../src/store/table.js'

/** The one account of the mock: every contact and conversation belongs to it. */
export const ACCOUNT = { id: 1, locale: 'en' } as const

/** An API-channel inbox: its public settings, and what only the server knows (ids, HMAC token, CSAT settings). */
export type StoredInbox = PublicInbox & {
  id: number
  hmac_token: string
  avatar_url: string
  /** The inbox's CSAT settings (`csat_config`): how to show the survey and its own text. */
  csat_config: { display_type?: string; message?: string }
}

/** A contact's presence in one inbox (Chatwoot's `contact_inboxes` row): `source_id` is the `contact_identifier` of the paths. */
export interface ContactInboxRecord {
  id: number
  contact_id: number
  inbox_id: number
  source_id: string
  created_at: string
  updated_at: string
  hmac_verified: boolean
  pubsub_token: string
}

/** A conversation's own columns; `display_id` is its public `id`, times are Unix seconds. */
export interface ConversationRecord {
  id: number
  display_id: number
  uuid: string
  inbox_id: number
  contact_id: number
  contact_inbox_id: number
  status: 'open' | 'resolved' | 'pending' | 'snoozed'
  contact_last_seen_at: number | null
  agent_last_seen_at: number | null
  custom_attributes: Record<string, unknown>
  created_at: number
}

/** A message as stored: the public shape, plus whether it is a private note (never shown publicly). */
export type StoredMessage = PublicMessage & { private?: boolean }

export interface ChatwootFixtures {
  inboxes: StoredInbox[]
  contacts: ContactRecord[]
  contact_inboxes: ContactInboxRecord[]
  conversations: ConversationRecord[]
  messages: StoredMessage[]
  csat_survey_responses: CsatSurveyResponseRecord[]
}

export const contactInboxSchema = createRecordSchema<ContactInboxRecord>('contact inbox', {
  id: 'integer',
  contact_id: 'integer',
  inbox_id: 'integer',
  source_id: 'string',
  created_at: 'string',
  updated_at: 'string',
  hmac_verified: 'boolean',
  pubsub_token: 'string',
})

export const conversationSchema = createRecordSchema<ConversationRecord>('conversation', {
  id: 'integer',
  display_id: 'integer',
  uuid: 'string',
  inbox_id: 'integer',
  contact_id: 'integer',
  contact_inbox_id: 'integer',
  status: ['open', 'resolved', 'pending', 'snoozed'],
  contact_last_seen_at: 'integer?',
  agent_last_seen_at: 'integer?',
  custom_attributes: 'object',
  created_at: 'integer',
})

export type ChatwootStore = ReturnType<typeof createChatwootStore>

/**
 * Inboxes, contacts (each with its contact inboxes), conversations, their messages and CSAT
 * responses, as the public client API reaches them. Every record that a request can change lives
 * in a table; the maps and groups beside them are indexes, so no lookup scans a table.
 */
export function createChatwootStore(options: CreateStoreOptions) {
  const limit = options.recordLimit ?? DEFAULT_RECORD_LIMIT
  const contacts = new Table<ContactRecord>({ name: 'chatwoot contacts', schema: getComponentSchema(options.api, 'ContactRecord'), key: (contact) => contact.id, limit })
  const contactInboxes = new Table<ContactInboxRecord>({ name: 'chatwoot contact inboxes', schema: contactInboxSchema.standard, key: (contactInbox) => contactInbox.id, limit })
  const conversations = new Table<ConversationRecord>({ name: 'chatwoot conversations', schema: conversationSchema.standard, key: (conversation) => conversation.display_id, limit })
  const messages = new Table<PublicMessage>({ name: 'chatwoot messages', schema: getComponentSchema(options.api, 'PublicMessage'), key: (message) => message.id, limit })
  const csatResponses = new Table<CsatSurveyResponseRecord>({ name: 'chatwoot csat survey responses', schema: getComponentSchema(options.api, 'CsatSurveyResponseRecord'), key: (response) => response.id, limit })

  const tables = { contacts, contact_inboxes: contactInboxes, conversations, messages, csat_survey_responses: csatResponses }

  // Inboxes never change: a plain index is their store.
  const inboxesByIdentifier = new Map<string, StoredInbox>()
  const inboxesById = new Map<number, StoredInbox>()
  // Contacts are found, as the server's builders find them, by identifier, then email, then phone.
  const contactsByIdentifier = new Map<string, ContactRecord>()
  const contactsByEmail = new Map<string, ContactRecord>()
  const contactsByPhone = new Map<string, ContactRecord>()
  const contactInboxesBySource = new Map<string, ContactInboxRecord>()
  const contactInboxesByToken = new Map<string, ContactInboxRecord>()
  const conversationsByUuid = new Map<string, ConversationRecord>()
  const conversationsByContactInbox = new SortedGroups<number, ConversationRecord>()
  const conversationsByContact = new SortedGroups<number, ConversationRecord>()
  // The real server pages by created_at (then id), which a settable clock can make differ from id order.
  const messagesByConversation = new SortedGroups<number, PublicMessage>((a, b) => a.created_at - b.created_at || a.id - b.id)
  const privateNotes = new Set<number>()
  const csatResponsesByMessage = new Map<number, CsatSurveyResponseRecord>()
  const last = { contactId: 0, contactInboxId: 0, conversationId: 0, displayId: 0, messageId: 0, csatResponseId: 0 }

  const indexContact = (contact: ContactRecord, on: boolean) => {
    const entries: Array<[Map<string, ContactRecord>, string | null]> = [
      [contactsByIdentifier, contact.identifier],
      [contactsByEmail, contact.email?.toLowerCase() ?? null],
      [contactsByPhone, contact.phone_number],
    ]
    for (const [index, key] of entries) {
      if (!key) continue
      if (on && !index.has(key)) index.set(key, contact)
      else if (!on && index.get(key) === contact) index.delete(key)
    }
  }

  const store = {
    contacts,
    contactInboxes,
    conversations,
    messages,
    csatResponses,

    getInbox(identifier: string): StoredInbox | undefined {
      return inboxesByIdentifier.get(identifier)
    },

    getInboxById(id: number): StoredInbox | undefined {
      return inboxesById.get(id)
    },

    /** The contact inbox with this `source_id` in the inbox; a contact of another inbox is none. */
    getContactInbox(inboxId: number, sourceId: string): ContactInboxRecord | undefined {
      return contactInboxesBySource.get(sourceKey(inboxId, sourceId))
    },

    /** The contact inbox that a websocket subscription names by its `pubsub_token`. */
    getContactInboxByToken(pubsubToken: string): ContactInboxRecord | undefined {
      return contactInboxesByToken.get(pubsubToken)
    },

    /** The contact that the server's builder would reuse: same identifier, else email (any case), else phone number. */
    findContact(attributes: { identifier?: string | null; email?: string | null; phone_number?: string | null }): ContactRecord | undefined {
      return (
        (attributes.identifier ? contactsByIdentifier.get(attributes.identifier) : undefined) ??
        (attributes.email ? contactsByEmail.get(attributes.email.toLowerCase()) : undefined) ??
        (attributes.phone_number ? contactsByPhone.get(attributes.phone_number) : undefined)
      )
    },

    /** Another contact of the account with this email or phone number, which a contact cannot take. */
    findContactHolding(field: 'email' | 'phone_number', value: string, except: number): ContactRecord | undefined {
      const holder = field === 'email' ? contactsByEmail.get(value.toLowerCase()) : contactsByPhone.get(value)
      return holder && holder.id !== except ? holder : undefined
    },

    /**
     * The conversations a contact inbox sees: its own, or, once identity validation verified it,
     * all of the contact's (in every inbox).
     */
    listConversations(contactInbox: ContactInboxRecord): readonly ConversationRecord[] {
      return contactInbox.hmac_verified ? conversationsByContact.get(contactInbox.contact_id) : conversationsByContactInbox.get(contactInbox.id)
    },

    /** One conversation by display number, if the contact inbox sees it. */
    getConversation(contactInbox: ContactInboxRecord, displayId: number): ConversationRecord | undefined {
      const conversation = conversations.get(displayId)
      if (!conversation) return undefined
      const visible = contactInbox.hmac_verified ? conversation.contact_id === contactInbox.contact_id : conversation.contact_inbox_id === contactInbox.id
      return visible ? conversation : undefined
    },

    getConversationByUuid(uuid: string): ConversationRecord | undefined {
      return conversationsByUuid.get(uuid)
    },

    /** The conversation if the inbox, the contact and the conversation exist and belong together (the path of a message). */
    findConversation(inboxIdentifier: string, sourceId: string, displayId: number): { contactInbox: ContactInboxRecord; conversation: ConversationRecord } | undefined {
      const inbox = inboxesByIdentifier.get(inboxIdentifier)
      const contactInbox = inbox && store.getContactInbox(inbox.id, sourceId)
      const conversation = contactInbox && store.getConversation(contactInbox, displayId)
      return conversation ? { contactInbox: contactInbox!, conversation } : undefined
    },

    /** The conversation's messages, oldest first (created_at, then id), private notes included. */
    listMessages(displayId: number): readonly PublicMessage[] {
      return messagesByConversation.get(displayId)
    },

    isPrivate(messageId: number): boolean {
      return privateNotes.has(messageId)
    },

    /** The conversation's CSAT survey: its first `input_csat` message, as the server's `find_by!` finds it. */
    findCsatMessage(displayId: number): PublicMessage | undefined {
      return messagesByConversation.get(displayId).find((message) => message.content_type === 'input_csat')
    },

    getCsatResponse(messageId: number): CsatSurveyResponseRecord | undefined {
      return csatResponsesByMessage.get(messageId)
    },

    /** Takes the next ids at once, so concurrent creates never share one. */
    allocateContactId: () => ++last.contactId,
    allocateContactInboxId: () => ++last.contactInboxId,
    allocateMessageId: () => ++last.messageId,
    allocateCsatResponseId: () => ++last.csatResponseId,
    /** A conversation's database id and its display number, the next of the account. */
    allocateConversationIds: () => ({ id: ++last.conversationId, display_id: ++last.displayId }),

    /**
     * Fails, before anything is written, when a request would insert into a table that holds its
     * limit: a request that inserts into two tables must not leave the first insert behind.
     */
    ensureRoom(...names: Array<keyof typeof tables>): void {
      for (const name of names) {
        if (tables[name].size >= limit) {
          throw new StoreError(ErrorCodes.STORE_FULL, `Failed to insert into chatwoot ${name.replaceAll('_', ' ')}: it holds its limit of ${limit} records. Reset the store or raise the limit (recordLimit).`)
        }
      }
    },

    async insertContact(contact: ContactRecord): Promise<ContactRecord> {
      const record = await contacts.insert(contact)
      last.contactId = Math.max(last.contactId, record.id)
      indexContact(record, true)
      return record
    },

    /** Changes a contact and keeps its identifier, email and phone number indexes in step. */
    updateContact(id: number, patch: Partial<ContactRecord>): ContactRecord {
      const contact = contacts.get(id)!
      indexContact(contact, false)
      try {
        return contacts.update(id, patch)
      } finally {
        indexContact(contact, true)
      }
    },

    async insertContactInbox(contactInbox: ContactInboxRecord): Promise<ContactInboxRecord> {
      if (!inboxesById.has(contactInbox.inbox_id) || !contacts.get(contactInbox.contact_id)) {
        throw new StoreError(ErrorCodes.RECORD_INVALID, `Failed to add contact inbox ${contactInbox.id}: inbox ${contactInbox.inbox_id} or contact ${contactInbox.contact_id} does not exist.`)
      }
      if (contactInboxesBySource.has(sourceKey(contactInbox.inbox_id, contactInbox.source_id)) || contactInboxesByToken.has(contactInbox.pubsub_token)) {
        throw new StoreError(ErrorCodes.RECORD_DUPLICATE, `Failed to add contact inbox ${contactInbox.id}: its source_id is taken in inbox ${contactInbox.inbox_id}, or its pubsub_token is taken.`)
      }
      const record = await contactInboxes.insert(contactInbox)
      last.contactInboxId = Math.max(last.contactInboxId, record.id)
      contactInboxesBySource.set(sourceKey(record.inbox_id, record.source_id), record)
      contactInboxesByToken.set(record.pubsub_token, record)
      return record
    },

    async insertConversation(conversation: ConversationRecord): Promise<ConversationRecord> {
      const contactInbox = contactInboxes.get(conversation.contact_inbox_id)
      if (!contactInbox || contactInbox.contact_id !== conversation.contact_id || contactInbox.inbox_id !== conversation.inbox_id) {
        throw new StoreError(ErrorCodes.RECORD_INVALID, `Failed to add conversation ${conversation.display_id}: contact inbox ${conversation.contact_inbox_id} of contact ${conversation.contact_id} in inbox ${conversation.inbox_id} does not exist.`)
      }
      if (conversationsByUuid.has(conversation.uuid)) throw new StoreError(ErrorCodes.RECORD_DUPLICATE, `Failed to add conversation ${conversation.display_id}: its uuid is taken.`)
      const record = await conversations.insert(conversation)
      last.conversationId = Math.max(last.conversationId, record.id)
      last.displayId = Math.max(last.displayId, record.display_id)
      conversationsByUuid.set(record.uuid, record)
      conversationsByContactInbox.add(record.contact_inbox_id, record)
      conversationsByContact.add(record.contact_id, record)
      return record
    },

    async insertMessage({ private: isPrivate, ...message }: StoredMessage): Promise<PublicMessage> {
      if (!conversations.get(message.conversation_id)) throw new StoreError(ErrorCodes.RECORD_INVALID, `Failed to add message ${message.id}: conversation ${message.conversation_id} does not exist.`)
      const record = await messages.insert(message)
      last.messageId = Math.max(last.messageId, record.id)
      messagesByConversation.add(record.conversation_id, record)
      if (isPrivate) privateNotes.add(record.id)
      return record
    },

    async insertCsatResponse(response: CsatSurveyResponseRecord): Promise<CsatSurveyResponseRecord> {
      if (!messages.get(response.message_id)) throw new StoreError(ErrorCodes.RECORD_INVALID, `Failed to add CSAT survey response ${response.id}: message ${response.message_id} does not exist.`)
      if (csatResponsesByMessage.has(response.message_id)) throw new StoreError(ErrorCodes.RECORD_DUPLICATE, `Failed to add CSAT survey response ${response.id}: message ${response.message_id} has one.`)
      const record = await csatResponses.insert(response)
      last.csatResponseId = Math.max(last.csatResponseId, record.id)
      csatResponsesByMessage.set(record.message_id, record)
      return record
    },

    async load(fixtures: ChatwootFixtures): Promise<void> {
      for (const inbox of fixtures.inboxes) {
        inboxesByIdentifier.set(inbox.identifier, inbox)
        inboxesById.set(inbox.id, inbox)
      }
      for (const contact of fixtures.contacts) await store.insertContact(contact)
      for (const contactInbox of fixtures.contact_inboxes) await store.insertContactInbox(contactInbox)
      for (const conversation of fixtures.conversations) await store.insertConversation(conversation)
      for (const message of fixtures.messages) await store.insertMessage(message)
      for (const response of fixtures.csat_survey_responses) await store.insertCsatResponse(response)
    },

    clear(): void {
      for (const table of [contacts, contactInboxes, conversations, messages, csatResponses]) table.clear()
      for (const index of [inboxesByIdentifier, inboxesById, contactsByIdentifier, contactsByEmail, contactsByPhone, contactInboxesBySource, contactInboxesByToken, conversationsByUuid, csatResponsesByMessage]) index.clear()
      conversationsByContactInbox.clear()
      conversationsByContact.clear()
      messagesByConversation.clear()
      privateNotes.clear()
      for (const key of Object.keys(last) as Array<keyof typeof last>) last[key] = 0
    },

    snapshot(): ChatwootFixtures {
      return structuredClone({
        inboxes: [...inboxesById.values()],
        contacts: [...contacts.all()],
        contact_inboxes: [...contactInboxes.all()],
        conversations: [...conversations.all()],
        messages: messages.all().map((message) => (privateNotes.has(message.id) ? { ...message, private: true } : { ...message })),
        csat_survey_responses: [...csatResponses.all()],
      })
    },
  }
  return store
}

function sourceKey(inboxId: number, sourceId: string): string {
  return `${inboxId}\u0000${sourceId}`
}
