import type { ContactRecord, CsatSurveyResponseRecord, PublicInbox, PublicMessage } from './generated/openapi.js'
import { createBlobTable, type StoredBlob } from './blobs.js'
import { createRecordSchema } from './record-schema.js'
import { ErrorCodes } from '../../src/errors/error-codes.js'
import { StoreError } from '../../src/errors/store-error.js'
import { getComponentSchema } from '../../src/store/get-component-schema.js'
import type { CreateStoreOptions } from '../../src/api/api.js'
import { DEFAULT_RECORD_LIMIT } from '../../src/store/record-limit.js'
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
  /** Sent as a template message on the contact's first message, when `greeting_enabled` (the inbox's `greeting_message`). */
  greeting_message?: string | null
  /** Sent as a template message when the contact writes outside the working hours, when `working_hours_enabled`. */
  out_of_office_message?: string | null
  /** A new conversation of a contact is its last one in the inbox instead (`lock_to_single_conversation`). */
  lock_to_single_conversation?: boolean
  /** An agent bot (or Dialogflow) answers the inbox (`Inbox#active_bot?`): conversations start, and reopen, `pending`. */
  active_bot?: boolean
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

/**
 * A conversation's own columns; `display_id` is its public `id`. Times are Unix seconds, except
 * `first_reply_created_at` and `updated_at`, which events render as Rails renders a time (ISO 8601
 * with milliseconds) or as fractional seconds, so they keep their milliseconds.
 */
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
  /** When an agent first answered (ISO 8601); null until then. */
  first_reply_created_at: string | null
  /** Since when the contact waits for an answer: set by its message, cleared by an agent's answer or a resolve. */
  waiting_since: number | null
  custom_attributes: Record<string, unknown>
  created_at: number
  /** When a column last changed (ISO 8601), as `save` touches it. */
  updated_at: string
}

/** A message's delivery status (the `status` column): `sent` when made, `read` once the contact has seen it. */
export type MessageStatus = 'sent' | 'delivered' | 'read' | 'failed'

/**
 * A message as stored: the public shape, plus what only the server knows: whether it is a private
 * note (never shown publicly), its `status` (default `sent`), and its times to the millisecond
 * (`created_at` is whole seconds): `created_at_ms` (default `created_at` × 1000) and `updated_at`
 * (ISO 8601, default the creation).
 */
export type StoredMessage = PublicMessage & {
  private?: boolean
  status?: MessageStatus
  created_at_ms?: number
  updated_at?: string
}

/** Rails' `previous_changes` of a save: each changed column's value before and after. */
export type PreviousChanges = Record<string, [unknown, unknown]>

export interface ChatwootFixtures {
  inboxes: StoredInbox[]
  contacts: ContactRecord[]
  contact_inboxes: ContactInboxRecord[]
  conversations: ConversationRecord[]
  messages: StoredMessage[]
  csat_survey_responses: CsatSurveyResponseRecord[]
  /** The files that messages' attachments serve (`data_url`). */
  blobs: StoredBlob[]
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
  first_reply_created_at: 'string?',
  waiting_since: 'integer?',
  custom_attributes: 'object',
  created_at: 'integer',
  updated_at: 'string',
})

export type ChatwootStore = ReturnType<typeof createChatwootStore>

const byId = (a: { id: number }, b: { id: number }) => a.id - b.id

/**
 * Inboxes, contacts (each with its contact inboxes), conversations, their messages and CSAT
 * responses, as the public client API reaches them. Every record that a request can change lives
 * in a table, and the tables' declared indexes find them, so no lookup scans a table.
 */
export function createChatwootStore(options: CreateStoreOptions) {
  const limit = options.recordLimit ?? DEFAULT_RECORD_LIMIT
  // Inboxes never change: plain maps, filled by load, are their store.
  const inboxesByIdentifier = new Map<string, StoredInbox>()
  const inboxesById = new Map<number, StoredInbox>()
  const contacts = new Table({
    name: 'chatwoot contacts',
    schema: getComponentSchema<ContactRecord>(options.api, 'ContactRecord'),
    key: (contact) => contact.id,
    limit,
    // Found, as the server's builders find them, by identifier, then email (any case), then phone; a blank one is none.
    unique: {
      byIdentifier: (contact) => contact.identifier || undefined,
      byEmail: (contact) => contact.email?.toLowerCase() || undefined,
      byPhone: (contact) => contact.phone_number || undefined,
    },
    sequences: { id: (contact) => contact.id },
  })
  const contactInboxes = new Table({
    name: 'chatwoot contact inboxes',
    schema: contactInboxSchema.standard,
    key: (contactInbox) => contactInbox.id,
    limit,
    unique: {
      bySource: (contactInbox) => sourceKey(contactInbox.inbox_id, contactInbox.source_id),
      byToken: (contactInbox) => contactInbox.pubsub_token,
    },
    // The events of a verified contact inbox go to every verified contact inbox of its contact.
    groups: { byContact: { key: (contactInbox) => contactInbox.contact_id, order: byId } },
    sequences: { id: (contactInbox) => contactInbox.id },
  })
  const conversations = new Table({
    name: 'chatwoot conversations',
    schema: conversationSchema.standard,
    key: (conversation) => conversation.display_id,
    limit,
    unique: { byUuid: (conversation) => conversation.uuid },
    groups: {
      byContactInbox: { key: (conversation) => conversation.contact_inbox_id, order: byId },
      byContact: { key: (conversation) => conversation.contact_id, order: byId },
    },
    sequences: { id: (conversation) => conversation.id, displayId: (conversation) => conversation.display_id },
  })
  const messages = new Table({
    name: 'chatwoot messages',
    schema: getComponentSchema<PublicMessage>(options.api, 'PublicMessage'),
    key: (message) => message.id,
    limit,
    // The real server pages by created_at (then id), which a settable clock can make differ from id order.
    groups: {
      byConversation: {
        key: (message) => message.conversation_id,
        order: (a, b) => a.created_at - b.created_at || a.id - b.id,
      },
      // A merge moves the messages a contact sent, in any conversation, to the contact it is merged into.
      byContactSender: (message) => (message.sender?.type === 'contact' ? message.sender.id : undefined),
    },
    sequences: { id: (message) => message.id },
  })
  const csatResponses = new Table({
    name: 'chatwoot csat survey responses',
    schema: getComponentSchema<CsatSurveyResponseRecord>(options.api, 'CsatSurveyResponseRecord'),
    key: (response) => response.id,
    limit,
    unique: { byMessage: (response) => response.message_id },
    // Deleted with their contact, when a merge deletes it.
    groups: { byContact: (response) => response.contact_id },
    sequences: { id: (response) => response.id },
  })
  const blobs = createBlobTable(limit)

  const tables = {
    contacts,
    contact_inboxes: contactInboxes,
    conversations,
    messages,
    csat_survey_responses: csatResponses,
    blobs: blobs.table,
  }
  // Private notes never show publicly; the flag is no field of a PublicMessage, so it is kept beside the table.
  const privateNotes = new Set<number>()
  // The conversations with an outgoing or a template message: a greeting goes only to the others.
  const answered = new Set<number>()
  // Attachments live in their messages; their ids are the account's own sequence.
  let attachmentIds = 0
  // Messages being made (checked against the flood limit, not stored yet), by conversation.
  const messagesUnderway = new Map<number, number>()
  // Likewise a message's status and its times to the millisecond (Unix ms).
  const messageStates = new Map<number, { status: MessageStatus; createdAt: number; updatedAt: number }>()

  /** A message as a fixtures file holds it: what only the server knows, where it is not the default. */
  const snapshotMessage = (message: PublicMessage): StoredMessage => {
    const state = messageStates.get(message.id)!
    return {
      ...message,
      ...(privateNotes.has(message.id) ? { private: true } : {}),
      ...(state.status !== 'sent' ? { status: state.status } : {}),
      ...(state.createdAt !== message.created_at * 1000 ? { created_at_ms: state.createdAt } : {}),
      ...(state.updatedAt !== state.createdAt ? { updated_at: new Date(state.updatedAt).toISOString() } : {}),
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
      return contactInboxes.find('bySource', sourceKey(inboxId, sourceId))
    },

    /** The contact inbox that a websocket subscription names by its `pubsub_token`. */
    getContactInboxByToken(pubsubToken: string): ContactInboxRecord | undefined {
      return contactInboxes.find('byToken', pubsubToken)
    },

    /** The contact that the server's builder would reuse: same identifier, else email (any case), else phone number. */
    findContact(attributes: {
      identifier?: string | null
      email?: string | null
      phone_number?: string | null
    }): ContactRecord | undefined {
      return (
        (attributes.identifier ? contacts.find('byIdentifier', attributes.identifier) : undefined) ??
        (attributes.email ? contacts.find('byEmail', attributes.email.toLowerCase()) : undefined) ??
        (attributes.phone_number ? contacts.find('byPhone', attributes.phone_number) : undefined)
      )
    },

    /**
     * The conversations a contact inbox sees: its own, or, once identity validation verified it,
     * all of the contact's (in every inbox).
     */
    listConversations(contactInbox: ContactInboxRecord): readonly ConversationRecord[] {
      return contactInbox.hmac_verified
        ? conversations.list('byContact', contactInbox.contact_id)
        : conversations.list('byContactInbox', contactInbox.id)
    },

    /** The contact inbox's own conversations, oldest first (by database id): `contact_inbox.conversations`. */
    listContactInboxConversations(contactInboxId: number): readonly ConversationRecord[] {
      return conversations.list('byContactInbox', contactInboxId)
    },

    /** One conversation by display number, if the contact inbox sees it. */
    getConversation(contactInbox: ContactInboxRecord, displayId: number): ConversationRecord | undefined {
      const conversation = conversations.get(displayId)
      if (!conversation) return undefined
      const visible = contactInbox.hmac_verified
        ? conversation.contact_id === contactInbox.contact_id
        : conversation.contact_inbox_id === contactInbox.id
      return visible ? conversation : undefined
    },

    getConversationByUuid(uuid: string): ConversationRecord | undefined {
      return conversations.find('byUuid', uuid)
    },

    /** The conversation if the inbox, the contact and the conversation exist and belong together (the path of a message). */
    findConversation(
      inboxIdentifier: string,
      sourceId: string,
      displayId: number,
    ): { contactInbox: ContactInboxRecord; conversation: ConversationRecord } | undefined {
      const inbox = store.getInbox(inboxIdentifier)
      const contactInbox = inbox && store.getContactInbox(inbox.id, sourceId)
      const conversation = contactInbox && store.getConversation(contactInbox, displayId)
      return conversation ? { contactInbox: contactInbox!, conversation } : undefined
    },

    /**
     * The conversation if the inbox, the contact and the conversation exist and the conversation is
     * the contact's, in any inbox, verified or not: the message endpoints' lookup (the base
     * controller's `set_conversation`).
     */
    findContactConversation(
      inboxIdentifier: string,
      sourceId: string,
      displayId: number,
    ): { contactInbox: ContactInboxRecord; conversation: ConversationRecord } | undefined {
      const inbox = store.getInbox(inboxIdentifier)
      const contactInbox = inbox && store.getContactInbox(inbox.id, sourceId)
      const conversation = contactInbox && conversations.get(displayId)
      return conversation && conversation.contact_id === contactInbox!.contact_id
        ? { contactInbox: contactInbox!, conversation }
        : undefined
    },

    /**
     * Counts a message of the conversation from its flood check to its insert, so that concurrent
     * creates see each other (the check and the insert are apart by awaits); the answer ends it.
     */
    holdMessageSlot(displayId: number): () => void {
      messagesUnderway.set(displayId, (messagesUnderway.get(displayId) ?? 0) + 1)
      let held = true
      return () => {
        if (!held) return
        held = false
        const left = messagesUnderway.get(displayId)! - 1
        if (left > 0) messagesUnderway.set(displayId, left)
        else messagesUnderway.delete(displayId)
      }
    },

    /** The messages of the conversation being made right now (see holdMessageSlot). */
    countMessagesUnderway(displayId: number): number {
      return messagesUnderway.get(displayId) ?? 0
    },

    /** Whether the conversation has an outgoing message (a private note too) or a template message. */
    hasReplyOrTemplate(displayId: number): boolean {
      return answered.has(displayId)
    },

    /** The file a `data_url` names by its signed id. */
    getBlob(signedId: string): StoredBlob | undefined {
      return blobs.get(signedId)
    },

    /** Fails, before anything is written, when this many more files of this many bytes would not fit. */
    ensureBlobRoom(count: number, size: number): void {
      blobs.ensureRoom(count, size)
    },

    async insertBlob(blob: StoredBlob): Promise<StoredBlob> {
      return blobs.insert(blob)
    },

    allocateBlobId: () => blobs.table.next('id'),
    allocateAttachmentId: () => ++attachmentIds,

    /** The conversation's messages, oldest first (created_at, then id), private notes included. */
    listMessages(displayId: number): readonly PublicMessage[] {
      return messages.list('byConversation', displayId)
    },

    isPrivate(messageId: number): boolean {
      return privateNotes.has(messageId)
    },

    getMessageStatus(messageId: number): MessageStatus {
      return messageStates.get(messageId)!.status
    },

    /** When the message was made and last changed, to the millisecond (ISO 8601). */
    getMessageTimes(messageId: number): { created_at: string; updated_at: string } {
      const state = messageStates.get(messageId)!
      return {
        created_at: new Date(state.createdAt).toISOString(),
        updated_at: new Date(state.updatedAt).toISOString(),
      }
    },

    /**
     * Saves a message's changed columns as Rails' `update!` does: what equals the stored value is
     * no change, and a save that changes something touches `updated_at`. Answers the save's
     * `previous_changes` (empty when nothing changed: then Rails sends no `message.updated`).
     */
    saveMessage(
      messageId: number,
      changes: {
        content_attributes?: PublicMessage['content_attributes']
        status?: MessageStatus
        sender?: NonNullable<PublicMessage['sender']>
      },
      time: Date,
    ): PreviousChanges {
      const message = messages.get(messageId)!
      const state = messageStates.get(messageId)!
      const previous: PreviousChanges = {}
      if (
        changes.content_attributes !== undefined &&
        JSON.stringify(changes.content_attributes) !== JSON.stringify(message.content_attributes)
      )
        previous.content_attributes = [message.content_attributes, changes.content_attributes]
      if (changes.status !== undefined && changes.status !== state.status)
        previous.status = [state.status, changes.status]
      if (changes.sender !== undefined && changes.sender.id !== message.sender?.id)
        previous.sender_id = [message.sender?.id ?? null, changes.sender.id]
      if (Object.keys(previous).length === 0) return previous
      if (previous.content_attributes) messages.update(messageId, { content_attributes: changes.content_attributes! })
      if (previous.sender_id) messages.update(messageId, { sender: changes.sender! })
      const updatedAt = time.getTime()
      previous.updated_at = [new Date(state.updatedAt).toISOString(), new Date(updatedAt).toISOString()]
      messageStates.set(messageId, { ...state, status: changes.status ?? state.status, updatedAt })
      return previous
    },

    /** The pubsub tokens of the contact's contact inboxes that identity validation verified. */
    listVerifiedTokens(contactId: number): string[] {
      return contactInboxes
        .list('byContact', contactId)
        .filter((contactInbox) => contactInbox.hmac_verified)
        .map((contactInbox) => contactInbox.pubsub_token)
    },

    /** The conversation's CSAT survey: its first `input_csat` message, as the server's `find_by!` finds it. */
    findCsatMessage(displayId: number): PublicMessage | undefined {
      return messages.list('byConversation', displayId).find((message) => message.content_type === 'input_csat')
    },

    getCsatResponse(messageId: number): CsatSurveyResponseRecord | undefined {
      return csatResponses.find('byMessage', messageId)
    },

    /** Takes the next ids at once, so concurrent creates never share one. */
    allocateContactId: () => contacts.next('id'),
    allocateContactInboxId: () => contactInboxes.next('id'),
    allocateMessageId: () => messages.next('id'),
    allocateCsatResponseId: () => csatResponses.next('id'),
    /** A conversation's database id and its display number, the next of the account. */
    allocateConversationIds: () => ({ id: conversations.next('id'), display_id: conversations.next('displayId') }),

    /**
     * Fails, before anything is written, when a request would insert into a table that holds its
     * limit: a request that inserts into two tables must not leave the first insert behind.
     */
    ensureRoom(...names: Array<keyof typeof tables>): void {
      for (const name of names) {
        if (tables[name].size >= limit) {
          throw new StoreError(
            ErrorCodes.STORE_FULL,
            `Failed to insert into chatwoot ${name.replaceAll('_', ' ')}: it holds its limit of ${limit} records. Reset the store or raise the limit (recordLimit).`,
          )
        }
      }
    },

    async insertContact(contact: ContactRecord): Promise<ContactRecord> {
      return contacts.insert(contact)
    },

    /** Changes a contact; the table keeps its identifier, email and phone number indexes in step. */
    updateContact(id: number, patch: Partial<ContactRecord>): ContactRecord {
      return contacts.update(id, patch)
    },

    async insertContactInbox(contactInbox: ContactInboxRecord): Promise<ContactInboxRecord> {
      if (!inboxesById.has(contactInbox.inbox_id) || !contacts.get(contactInbox.contact_id)) {
        throw new StoreError(
          ErrorCodes.RECORD_INVALID,
          `Failed to add contact inbox ${contactInbox.id}: inbox ${contactInbox.inbox_id} or contact ${contactInbox.contact_id} does not exist.`,
        )
      }
      if (
        store.getContactInbox(contactInbox.inbox_id, contactInbox.source_id) ||
        store.getContactInboxByToken(contactInbox.pubsub_token)
      ) {
        throw new StoreError(
          ErrorCodes.RECORD_DUPLICATE,
          `Failed to add contact inbox ${contactInbox.id}: its source_id is taken in inbox ${contactInbox.inbox_id}, or its pubsub_token is taken.`,
        )
      }
      return contactInboxes.insert(contactInbox)
    },

    async insertConversation(conversation: ConversationRecord): Promise<ConversationRecord> {
      const contactInbox = contactInboxes.get(conversation.contact_inbox_id)
      if (
        !contactInbox ||
        contactInbox.contact_id !== conversation.contact_id ||
        contactInbox.inbox_id !== conversation.inbox_id
      ) {
        throw new StoreError(
          ErrorCodes.RECORD_INVALID,
          `Failed to add conversation ${conversation.display_id}: contact inbox ${conversation.contact_inbox_id} of contact ${conversation.contact_id} in inbox ${conversation.inbox_id} does not exist.`,
        )
      }
      if (store.getConversationByUuid(conversation.uuid))
        throw new StoreError(
          ErrorCodes.RECORD_DUPLICATE,
          `Failed to add conversation ${conversation.display_id}: its uuid is taken.`,
        )
      return conversations.insert(conversation)
    },

    async insertMessage({
      private: isPrivate,
      status = 'sent',
      created_at_ms: createdAt = undefined,
      updated_at: updatedAt = undefined,
      ...message
    }: StoredMessage): Promise<PublicMessage> {
      if (!conversations.get(message.conversation_id))
        throw new StoreError(
          ErrorCodes.RECORD_INVALID,
          `Failed to add message ${message.id}: conversation ${message.conversation_id} does not exist.`,
        )
      const record = await messages.insert(message)
      if (isPrivate) privateNotes.add(record.id)
      if (record.message_type === 1 || record.message_type === 3) answered.add(record.conversation_id)
      for (const attachment of record.attachments ?? []) attachmentIds = Math.max(attachmentIds, attachment.id ?? 0)
      const created = createdAt ?? record.created_at * 1000
      messageStates.set(record.id, {
        status,
        createdAt: created,
        updatedAt: updatedAt === undefined ? created : Date.parse(updatedAt),
      })
      return record
    },

    async insertCsatResponse(response: CsatSurveyResponseRecord): Promise<CsatSurveyResponseRecord> {
      if (!messages.get(response.message_id))
        throw new StoreError(
          ErrorCodes.RECORD_INVALID,
          `Failed to add CSAT survey response ${response.id}: message ${response.message_id} does not exist.`,
        )
      if (store.getCsatResponse(response.message_id))
        throw new StoreError(
          ErrorCodes.RECORD_DUPLICATE,
          `Failed to add CSAT survey response ${response.id}: message ${response.message_id} has one.`,
        )
      return csatResponses.insert(response)
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
      for (const blob of fixtures.blobs) await store.insertBlob(blob)
    },

    clear(): void {
      for (const table of Object.values(tables)) table.clear()
      blobs.clear()
      answered.clear()
      attachmentIds = 0
      messagesUnderway.clear()
      inboxesByIdentifier.clear()
      inboxesById.clear()
      privateNotes.clear()
      messageStates.clear()
    },

    snapshot(): ChatwootFixtures {
      return structuredClone({
        inboxes: [...inboxesById.values()],
        contacts: [...contacts.all()],
        contact_inboxes: [...contactInboxes.all()],
        conversations: [...conversations.all()],
        messages: messages.all().map((message) => snapshotMessage(message)),
        csat_survey_responses: [...csatResponses.all()],
        blobs: [...blobs.table.all()],
      })
    },
  }
  return store
}

function sourceKey(inboxId: number, sourceId: string): string {
  return `${inboxId}\u0000${sourceId}`
}
