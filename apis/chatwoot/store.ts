import type { PublicMessage, PublicMessageSender } from './generated/openapi.js'
import { getComponentSchema } from '../../src/store/get-component-schema.js'
import type { CreateStoreOptions } from '../../src/mock/types.js'
import { DEFAULT_RECORD_LIMIT } from '../../src/store/store-options.js'
import { SortedGroups } from '../../src/store/sorted-groups.js'
import { Table } from '../../src/store/table.js'

/** A contact of an API inbox: `source_id` is what the public API calls `contact_identifier`. */
export interface ChatwootContact {
  inbox_identifier: string
  source_id: string
  /** How the contact appears as a message's sender. */
  sender: PublicMessageSender
}

/** A conversation, addressed by its per-account display id. */
export interface ChatwootConversation {
  display_id: number
  inbox_identifier: string
  contact_source_id: string
}

/** A message as stored: the public shape, plus whether it is a private note (never shown publicly). */
export type StoredMessage = PublicMessage & { private?: boolean }

export interface ChatwootFixtures {
  inboxes: Array<{ identifier: string; name: string }>
  contacts: ChatwootContact[]
  conversations: ChatwootConversation[]
  messages: StoredMessage[]
}

export type ChatwootStore = ReturnType<typeof createChatwootStore>

/** Inboxes, contacts, conversations and their messages, as the public client API reaches them. */
export function createChatwootStore(options: CreateStoreOptions) {
  const limit = options.recordLimit ?? DEFAULT_RECORD_LIMIT
  const messages = new Table<PublicMessage>({ name: 'chatwoot messages', schema: getComponentSchema(options.api, 'PublicMessage'), key: (message) => message.id, limit })
  const inboxes = new Map<string, { identifier: string; name: string }>()
  const contacts = new Map<string, ChatwootContact>()
  const conversations = new Map<number, ChatwootConversation>()
  // The real server pages by created_at (then id), which a settable clock can make differ from id order.
  const messagesByConversation = new SortedGroups<number, PublicMessage>((a, b) => a.created_at - b.created_at || a.id - b.id)
  const privateNotes = new Set<number>()
  let lastMessageId = 0

  const store = {
    messages,

    /** The conversation if the inbox, the contact and the conversation exist and belong together. */
    findConversation(inboxIdentifier: string, sourceId: string, displayId: number): { contact: ChatwootContact; conversation: ChatwootConversation } | undefined {
      if (!inboxes.has(inboxIdentifier)) return undefined
      const contact = contacts.get(contactKey(inboxIdentifier, sourceId))
      const conversation = conversations.get(displayId)
      if (!contact || !conversation || conversation.inbox_identifier !== inboxIdentifier || conversation.contact_source_id !== sourceId) return undefined
      return { contact, conversation }
    },

    /** The conversation's messages, oldest first (created_at, then id), private notes included. */
    listMessages(displayId: number): readonly PublicMessage[] {
      return messagesByConversation.get(displayId)
    },

    isPrivate(messageId: number): boolean {
      return privateNotes.has(messageId)
    },

    /** Takes the next message id at once, so concurrent creates never share one. */
    allocateMessageId(): number {
      return ++lastMessageId
    },

    async insertMessage({ private: isPrivate, ...message }: StoredMessage): Promise<PublicMessage> {
      const record = await messages.insert(message)
      lastMessageId = Math.max(lastMessageId, record.id)
      messagesByConversation.add(record.conversation_id, record)
      if (isPrivate) privateNotes.add(record.id)
      return record
    },

    async load(fixtures: ChatwootFixtures): Promise<void> {
      for (const inbox of fixtures.inboxes) inboxes.set(inbox.identifier, inbox)
      for (const contact of fixtures.contacts) contacts.set(contactKey(contact.inbox_identifier, contact.source_id), contact)
      for (const conversation of fixtures.conversations) conversations.set(conversation.display_id, conversation)
      for (const message of fixtures.messages) await store.insertMessage(message)
    },

    clear(): void {
      messages.clear()
      inboxes.clear()
      contacts.clear()
      conversations.clear()
      messagesByConversation.clear()
      privateNotes.clear()
      lastMessageId = 0
    },

    snapshot(): ChatwootFixtures {
      return structuredClone({
        inboxes: [...inboxes.values()],
        contacts: [...contacts.values()],
        conversations: [...conversations.values()],
        messages: messages.all().map((message) => (privateNotes.has(message.id) ? { ...message, private: true } : { ...message })),
      })
    },
  }
  return store
}

function contactKey(inboxIdentifier: string, sourceId: string): string {
  return `${inboxIdentifier}\u0000${sourceId}`
}
