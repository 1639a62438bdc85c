import type { Chat, ChatMessage } from './generated/openapi.js'
import type { Credential } from '../../src/api/exchange.js'
import { ErrorCodes } from '../../src/errors/error-codes.js'
import { StoreError } from '../../src/errors/store-error.js'
import { getComponentSchema } from '../../src/store/get-component-schema.js'
import { hashText } from '../../src/store/hash-text.js'
import type { CreateStoreOptions } from '../../src/api/api.js'
import { DEFAULT_RECORD_LIMIT } from '../../src/store/record-limit.js'
import { SortedGroups } from '../../src/store/sorted-groups.js'
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

/**
 * Chats and their messages. Besides the tables' id indexes, chats are kept per workspace and
 * messages per chat, in id order, so that lists never scan the whole store.
 */
export function createTogglFocusStore(options: CreateStoreOptions) {
  const limit = options.recordLimit ?? DEFAULT_RECORD_LIMIT
  const chats = new Table<Chat>({ name: 'toggl-focus chats', schema: getComponentSchema(options.api, 'Chat'), key: (chat) => chat.id, limit })
  const messages = new Table<ChatMessage>({ name: 'toggl-focus messages', schema: getComponentSchema(options.api, 'ChatMessage'), key: (message) => message.id, limit })
  const chatsByWorkspace = new SortedGroups<number, Chat>()
  const messagesByChat = new SortedGroups<number, ChatMessage>()
  const users = new Map<string, TogglFocusUser>()
  let lastChatId = 0
  let lastMessageId = 0

  const store = {
    chats,
    messages,

    /**
     * The user a credential names: a known user's id by email (Basic) or API token (Bearer), else
     * an id derived from the email or token, the same on every run.
     */
    getUserId(credential: Credential | null): number {
      if (!credential) return users.values().next().value?.toggl_user_id ?? 1
      const name = credential.scheme === 'basicAuth' ? credential.value.slice(0, credential.value.indexOf(':')) : credential.value
      return users.get(name)?.toggl_user_id ?? 100_000 + (Number.parseInt(hashText(name), 16) % 900_000)
    },

    /** The chat if it belongs to the workspace: workspaces are isolated. */
    getChat(workspaceId: number, chatId: number): Chat | undefined {
      const chat = chats.get(chatId)
      return chat?.workspace_id === workspaceId ? chat : undefined
    },

    /** The workspace's chats, deleted ones included, in id order. */
    listChats(workspaceId: number): readonly Chat[] {
      return chatsByWorkspace.get(workspaceId)
    },

    listMessages(chatId: number): readonly ChatMessage[] {
      return messagesByChat.get(chatId)
    },

    /** Takes the next chat id at once, so concurrent creates never share one. */
    allocateChatId(): number {
      return ++lastChatId
    },

    async insertChat(chat: Chat): Promise<Chat> {
      const record = await chats.insert({ ...chat, message_count: 0 })
      lastChatId = Math.max(lastChatId, record.id)
      chatsByWorkspace.add(record.workspace_id, record)
      return record
    },

    /** Adds a message and keeps its chat's `message_count` equal to the number of its messages. */
    async insertMessage(message: ChatMessage): Promise<ChatMessage> {
      const chat = chats.get(message.chat_id)
      if (!chat || chat.workspace_id !== message.workspace_id) {
        throw new StoreError(ErrorCodes.RECORD_INVALID, `Failed to add message ${message.id}: chat ${message.chat_id} does not exist in workspace ${message.workspace_id}.`)
      }
      const record = await messages.insert(message)
      lastMessageId = Math.max(lastMessageId, record.id)
      chats.update(chat.id, { message_count: messagesByChat.add(record.chat_id, record) })
      return record
    },

    allocateMessageId(): number {
      return ++lastMessageId
    },

    async load(fixtures: TogglFocusFixtures): Promise<void> {
      for (const user of fixtures.users) users.set(user.email, user).set(user.api_token, user)
      for (const chat of fixtures.chats) await store.insertChat(chat)
      for (const message of fixtures.messages) await store.insertMessage(message)
    },

    clear(): void {
      chats.clear()
      messages.clear()
      chatsByWorkspace.clear()
      messagesByChat.clear()
      users.clear()
      lastChatId = 0
      lastMessageId = 0
    },

    snapshot(): TogglFocusFixtures {
      return structuredClone({ users: [...new Set(users.values())], chats: [...chats.all()], messages: [...messages.all()] })
    },
  }
  return store
}
