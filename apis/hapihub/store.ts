import type { ChatMessage } from './generated/openapi.js'
import { getComponentSchema } from '../../src/store/get-component-schema.js'
import { hashText } from '../../src/store/hash-text.js'
import type { CreateStoreOptions } from '../../src/mock/types.js'
import { DEFAULT_RECORD_LIMIT } from '../../src/store/store-options.js'
import { Table } from '../../src/store/table.js'

export interface HapihubAccount {
  /** The API token, as sent in `Authorization: Bearer <token>`. */
  token: string
  uid: string
}

export interface HapihubFixtures {
  rooms: string[]
  accounts: HapihubAccount[]
  messages: ChatMessage[]
}

export type HapihubStore = ReturnType<typeof createHapihubStore>

/** Chat messages, the rooms they can be posted to, and the accounts API tokens belong to. */
export function createHapihubStore(options: CreateStoreOptions) {
  const limit = options.recordLimit ?? DEFAULT_RECORD_LIMIT
  const messages = new Table<ChatMessage>({ name: 'hapihub chat messages', schema: getComponentSchema(options.api, 'ChatMessage'), key: (message) => message.id, limit })
  const rooms = new Set<string>()
  const uidsByToken = new Map<string, string>()
  let lastNumber = 0

  const store = {
    messages,
    rooms,

    /** The account uid of a token: a known account's, else one derived from the token, stable across runs. */
    getAccountUid(token: string): string {
      return uidsByToken.get(token) ?? `uid-${hashText(token)}`
    },

    /** Takes the next free id in the docs' own style (`id-1`, `id-2`, …), at once. */
    allocateMessageId(): string {
      let id: string
      do id = `id-${++lastNumber}`
      while (messages.get(id))
      return id
    },

    async insertMessage(message: ChatMessage): Promise<ChatMessage> {
      return messages.insert(message)
    },

    async load(fixtures: HapihubFixtures): Promise<void> {
      for (const room of fixtures.rooms) rooms.add(room)
      for (const account of fixtures.accounts) uidsByToken.set(account.token, account.uid)
      for (const message of fixtures.messages) await messages.insert(message)
    },

    clear(): void {
      messages.clear()
      rooms.clear()
      uidsByToken.clear()
      lastNumber = 0
    },

    snapshot(): HapihubFixtures {
      return structuredClone({ rooms: [...rooms], accounts: [...uidsByToken].map(([token, uid]) => ({ token, uid })), messages: [...messages.all()] })
    },
  }
  return store
}
