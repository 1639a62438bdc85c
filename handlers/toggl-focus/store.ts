import type { Chat, ChatMessage } from './generated/openapi.js'
import type { Credential } from '../../src/api/exchange.js'
import { ErrorCodes } from '../../src/errors/error-codes.js'
import { StoreError } from '../../src/errors/store-error.js'
import { getComponentSchema } from '../../src/store/get-component-schema.js'
import { hashText } from '../../src/store/hash-text.js'
import type { CreateStoreOptions } from '../../src/api/api.js'
import { DEFAULT_RECORD_LIMIT } from '../../src/store/record-limit.js'
import { Table } from '../../src/store/table.js'

/** A user the credentials can name: by email (Basic) or by API token (Bearer). */
export interface TogglFocusUser {
  toggl_user_id: number
  email: string
  api_token: string
}

export interface TogglFocusFixtures {
  users: TogglFocusUser[]
  chats: Chat[]
  messages: ChatMessage[]
}

export type TogglFocusStore = ReturnType<typeof createTogglFocusStore>

const byId = (a: { id: number }, b: { id: number }) => a.id - b.id

/**
 * Chats and their messages. Besides the tables' id indexes, chats are kept per workspace and
 * messages per chat, in id order, so that lists never scan the whole store.
 */
export function createTogglFocusStore(options: CreateStoreOptions) {
  const limit = options.recordLimit ?? DEFAULT_RECORD_LIMIT
  const chats = new Table({
    name: 'toggl-focus chats',
    schema: getComponentSchema<Chat>(options.api, 'Chat'),
    key: (chat) => chat.id,
    limit,
    groups: { byWorkspace: { key: (chat) => chat.workspace_id, order: byId } },
    sequences: { id: (chat) => chat.id },
  })
  const messages = new Table({
    name: 'toggl-focus messages',
    schema: getComponentSchema<ChatMessage>(options.api, 'ChatMessage'),
    key: (message) => message.id,
    limit,
    groups: { byChat: { key: (message) => message.chat_id, order: byId } },
    sequences: { id: (message) => message.id },
  })
  const tables = [chats, messages]
  // The users of the fixtures by email and by API token: what credentials name, never written by a request.
  const users = new Map<string, TogglFocusUser>()

  const store = {
    chats,
    messages,

    /**
     * The user a credential names: a known user's id by email (Basic) or API token (Bearer), else
     * an id derived from the email or token, the same on every run.
     */
    getUserId(credential: Credential | null): number {
      if (!credential) return users.values().next().value?.toggl_user_id ?? 1
      const name =
        credential.scheme === 'basicAuth' ? credential.value.slice(0, credential.value.indexOf(':')) : credential.value
      return users.get(name)?.toggl_user_id ?? 100_000 + (Number.parseInt(hashText(name), 16) % 900_000)
    },

    /** The chat if it belongs to the workspace: workspaces are isolated. */
    getChat(workspaceId: number, chatId: number): Chat | undefined {
      const chat = chats.get(chatId)
      return chat?.workspace_id === workspaceId ? chat : undefined
    },

    /** The workspace's chats, deleted ones included, in id order. */
    listChats(workspaceId: number): readonly Chat[] {
      return chats.list('byWorkspace', workspaceId)
    },

    listMessages(chatId: number): readonly ChatMessage[] {
      return messages.list('byChat', chatId)
    },

    /** Takes the next chat id at once, so concurrent creates never share one. */
    allocateChatId(): number {
      return chats.next('id')
    },

    async insertChat(chat: Chat): Promise<Chat> {
      return chats.insert({ ...chat, message_count: 0 })
    },

    /** Adds a message and keeps its chat's `message_count` equal to the number of its messages. */
    async insertMessage(message: ChatMessage): Promise<ChatMessage> {
      const chat = chats.get(message.chat_id)
      if (!chat || chat.workspace_id !== message.workspace_id) {
        throw new StoreError(
          ErrorCodes.RECORD_INVALID,
          `Failed to add message ${message.id}: chat ${message.chat_id} does not exist in workspace ${message.workspace_id}.`,
        )
      }
      const record = await messages.insert(message)
      chats.update(chat.id, { message_count: messages.list('byChat', record.chat_id).length })
      return record
    },

    allocateMessageId(): number {
      return messages.next('id')
    },

    async load(fixtures: TogglFocusFixtures): Promise<void> {
      for (const user of fixtures.users) users.set(user.email, user).set(user.api_token, user)
      for (const chat of fixtures.chats) await store.insertChat(chat)
      for (const message of fixtures.messages) await store.insertMessage(message)
    },

    clear(): void {
      for (const table of tables) table.clear()
      users.clear()
    },

    snapshot(): TogglFocusFixtures {
      return structuredClone({
        users: [...new Set(users.values())],
        chats: [...chats.all()],
        messages: [...messages.all()],
      })
    },
  }
  return store
}
