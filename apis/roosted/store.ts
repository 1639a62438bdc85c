import type { Chat, ChatMember } from './generated/openapi.js'
import { getComponentSchema } from '../../src/store/get-component-schema.js'
import type { CreateStoreOptions } from '../../src/mock/types.js'
import { DEFAULT_RECORD_LIMIT } from '../../src/store/store-options.js'
import { Table } from '../../src/store/table.js'

/** One worker's view of a chat: the spec's `Chat`, plus the worker whose view it is. */
export type ChatView = Chat & { worker_id: string }

export interface RoostedFixtures {
  workers: ChatMember[]
  chats: ChatView[]
}

export type RoostedStore = ReturnType<typeof createRoostedStore>

/**
 * Workers, and chats as each member sees them: the admin flag, silencing and unread count are the
 * worker's own, so a chat is stored as one `Chat` record per member, keyed `<worker>:<chat>`.
 */
export function createRoostedStore(options: CreateStoreOptions) {
  const limit = options.recordLimit ?? DEFAULT_RECORD_LIMIT
  const workers = new Table<ChatMember>({ name: 'roosted workers', schema: getComponentSchema(options.api, 'ChatMember'), key: (worker) => worker.id, limit })
  const views = new Table<Chat>({ name: 'roosted chat views', schema: getComponentSchema(options.api, 'Chat'), key: (chat) => chat.id, limit })
  const membersByChat = new Map<string, Set<string>>()

  const store = {
    workers,
    views,

    /** The chat as the worker sees it; undefined when the worker is not a member. */
    getView(workerId: string, chatId: string): Chat | undefined {
      return views.get(viewKey(workerId, chatId))
    },

    /** The workers who are members of a chat. */
    listMembers(chatId: string): readonly string[] {
      return [...(membersByChat.get(chatId) ?? [])]
    },

    async insertView(workerId: string, chat: Chat): Promise<Chat> {
      const record = await views.insert(chat, viewKey(workerId, chat.id))
      let members = membersByChat.get(chat.id)
      if (!members) membersByChat.set(chat.id, (members = new Set()))
      members.add(workerId)
      return record
    },

    updateView(workerId: string, chatId: string, patch: Partial<Chat>): Chat {
      return views.update(viewKey(workerId, chatId), patch)
    },

    removeView(workerId: string, chatId: string): void {
      views.remove(viewKey(workerId, chatId))
      membersByChat.get(chatId)?.delete(workerId)
    },

    async load(fixtures: RoostedFixtures): Promise<void> {
      for (const worker of fixtures.workers) await workers.insert(worker)
      for (const { worker_id, ...chat } of fixtures.chats) await store.insertView(worker_id, chat)
    },

    clear(): void {
      workers.clear()
      views.clear()
      membersByChat.clear()
    },

    snapshot(): RoostedFixtures {
      const chats: ChatView[] = []
      for (const [chatId, members] of membersByChat) for (const workerId of members) chats.push({ ...store.getView(workerId, chatId)!, worker_id: workerId })
      return structuredClone({ workers: [...workers.all()], chats })
    },
  }
  return store
}

function viewKey(workerId: string, chatId: string): string {
  return `${workerId}:${chatId}`
}
