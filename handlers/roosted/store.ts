import type { Chat, ChatListItem, ChatMember, ChatMessage } from './generated/openapi.js'
import { deriveId } from './derive-id.js'
import { getComponentSchema } from '../../src/store/get-component-schema.js'
import type { CreateStoreOptions } from '../../src/api/api.js'
import { DEFAULT_RECORD_LIMIT } from '../../src/store/record-limit.js'
import { Table } from '../../src/store/table.js'

/** One worker's view of a chat, as a fixtures file holds it: the list item, plus the worker whose view it is. */
export type ChatView = ChatListItem & { worker_id: string }

/** One worker's copy of a message (its `read` is that worker's), plus the worker and the chat. */
export type MessageView = ChatMessage & { worker_id: string; chat_id: string }

export interface RoostedFixtures {
  workers: ChatMember[]
  chats: ChatView[]
  messages: MessageView[]
}

export type RoostedStore = ReturnType<typeof createRoostedStore>

/**
 * Workers, and chats and messages as each member sees them: the admin flag, silencing, the unread
 * count and each message's read flag are the worker's own, so a chat is stored as one list item
 * per member (keyed `<worker>:<chat>`) and a message as one copy per member (keyed
 * `<worker>:<message>`). The members of a chat are the workers holding a view of it, in the order
 * they joined; every member holds a copy of every message of the chat.
 */
export function createRoostedStore(options: CreateStoreOptions) {
  const limit = options.recordLimit ?? DEFAULT_RECORD_LIMIT
  const workers = new Table({
    name: 'roosted workers',
    schema: getComponentSchema<ChatMember>(options.api, 'ChatMember'),
    key: (worker) => worker.id,
    limit,
  })
  const views = new Table({
    name: 'roosted chat views',
    schema: getComponentSchema<ChatListItem>(options.api, 'ChatListItem'),
    key: (chat) => chat.id,
    limit,
    // The members of each chat in the order they joined; each worker's chats in list order.
    groups: { byChat: (chat) => chat.id, byWorker: { key: workerOf, order: compareChats } },
    // How many chat ids have been derived so far.
    sequences: { chat: () => 0 },
  })
  const messageViews = new Table({
    name: 'roosted message views',
    schema: getComponentSchema<ChatMessage>(options.api, 'ChatMessage'),
    key: (message) => message.id,
    limit,
    sequences: { message: () => 0 },
  })
  const tables = [workers, views, messageViews]
  // Each chat's message ids in the order they were sent, and where each stands: the copies share
  // a message id, and no copy holds its chat, so this is an order of messages, not an index of a table.
  const messageIdsByChat = new Map<string, string[]>()
  const messagePlace = new Map<string, { chatId: string; position: number }>()

  const store = {
    workers,
    views,
    messageViews,

    /** The chat as the worker sees it, members included; undefined when the worker is not a member. */
    getView(workerId: string, chatId: string): Chat | undefined {
      const item = views.get(viewKey(workerId, chatId))
      return (
        item &&
        toChat(
          item,
          store.listMembers(chatId).map((memberId) => workers.get(memberId)!),
        )
      )
    },

    /** The chat as the worker's chat list shows it; undefined when the worker is not a member. */
    getListItem(workerId: string, chatId: string): ChatListItem | undefined {
      return views.get(viewKey(workerId, chatId))
    },

    /** The workers who are members of a chat, in the order they joined. */
    listMembers(chatId: string): readonly string[] {
      return views.list('byChat', chatId).map((view) => workerOf(view, views.keyOf(view)!))
    },

    /** The worker's chats in list order: newest first by `chats_order`, then by id. */
    listChats(workerId: string): readonly ChatListItem[] {
      return views.list('byWorker', workerId)
    },

    /** Where a chat of the worker stands in its list (a binary search), or -1 when it is not one. */
    findChatIndex(workerId: string, chatId: string): number {
      const item = views.get(viewKey(workerId, chatId))
      if (!item) return -1
      const list = views.list('byWorker', workerId)
      const index = findInsertionIndex(list, item, compareChats)
      return list[index] === item ? index : -1
    },

    /** The ids of a chat's messages, in the order they were sent. */
    listMessageIds(chatId: string): readonly string[] {
      return messageIdsByChat.get(chatId) ?? []
    },

    /** Where a message stands among its chat's messages, or -1 when it is not a message of that chat. */
    findMessageIndex(chatId: string, messageId: string): number {
      const place = messagePlace.get(messageId)
      return place?.chatId === chatId ? place.position : -1
    },

    getMessage(workerId: string, messageId: string): ChatMessage | undefined {
      return messageViews.get(viewKey(workerId, messageId))
    },

    /** Takes the next chat id at once, so concurrent creates never share one. */
    allocateChatId(): string {
      let id: string
      do id = deriveId(`chat:${views.next('chat')}`, 10)
      while (views.list('byChat', id).length > 0 || messageIdsByChat.has(id))
      return id
    },

    /** Takes the next message id at once, so concurrent sends never share one. */
    allocateMessageId(): string {
      let id: string
      do id = deriveId(`message:${messageViews.next('message')}`, 11)
      while (messagePlace.has(id))
      return id
    },

    async insertView(workerId: string, chat: ChatListItem): Promise<ChatListItem> {
      return views.insert(chat, viewKey(workerId, chat.id))
    },

    updateView(workerId: string, chatId: string, patch: Partial<ChatListItem>): ChatListItem {
      return views.update(viewKey(workerId, chatId), patch)
    },

    /** Takes a worker out of a chat: its view and its copies of the chat's messages go. */
    removeView(workerId: string, chatId: string): void {
      for (const messageId of store.listMessageIds(chatId)) messageViews.remove(viewKey(workerId, messageId))
      views.remove(viewKey(workerId, chatId))
    },

    /** Stores a worker's copy of a message; the first copy of a message places it last in its chat. */
    async insertMessage(workerId: string, chatId: string, message: ChatMessage): Promise<ChatMessage> {
      const record = await messageViews.insert(message, viewKey(workerId, message.id))
      if (!messagePlace.has(message.id)) {
        let ids = messageIdsByChat.get(chatId)
        if (!ids) messageIdsByChat.set(chatId, (ids = []))
        messagePlace.set(message.id, { chatId, position: ids.push(message.id) - 1 })
      }
      return record
    },

    updateMessage(workerId: string, messageId: string, patch: Partial<ChatMessage>): ChatMessage {
      return messageViews.update(viewKey(workerId, messageId), patch)
    },

    async load(fixtures: RoostedFixtures): Promise<void> {
      for (const worker of fixtures.workers) await workers.insert(worker)
      for (const { worker_id, ...chat } of fixtures.chats) await store.insertView(worker_id, chat)
      for (const { worker_id, chat_id, ...message } of fixtures.messages)
        await store.insertMessage(worker_id, chat_id, message)
    },

    clear(): void {
      for (const table of tables) table.clear()
      messageIdsByChat.clear()
      messagePlace.clear()
    },

    snapshot(): RoostedFixtures {
      const chats: ChatView[] = []
      const messages: MessageView[] = []
      for (const chatId of views.groupKeys('byChat') as IterableIterator<string>) {
        const members = store.listMembers(chatId)
        for (const workerId of members) chats.push({ ...views.get(viewKey(workerId, chatId))!, worker_id: workerId })
        for (const messageId of store.listMessageIds(chatId)) {
          for (const workerId of members) {
            const copy = messageViews.get(viewKey(workerId, messageId))
            if (copy) messages.push({ ...copy, worker_id: workerId, chat_id: chatId })
          }
        }
      }
      return structuredClone({ workers: [...workers.all()], chats, messages })
    },
  }
  return store
}

/** The chat as Get Chat shows it: the list item's fields in the docs' order, without `auto_add_workers` and `event_id`, with the members. */
function toChat(item: ChatListItem, members: ChatMember[]): Chat {
  return {
    id: item.id,
    name: item.name,
    chat_admin: item.chat_admin,
    silenced: item.silenced,
    on_chat: item.on_chat,
    locked: item.locked,
    date_created: item.date_created,
    most_recent_message_id: item.most_recent_message_id,
    last_message_timestamp: item.last_message_timestamp,
    message: item.message,
    name_first: item.name_first,
    selected_picture_location: item.selected_picture_location,
    chats_order: item.chats_order,
    unread_count: item.unread_count,
    members,
  }
}

/** List order: newest first by `chats_order`, then by id, both descending. */
function compareChats(a: ChatListItem, b: ChatListItem): number {
  const byTime = Date.parse(b.chats_order) - Date.parse(a.chats_order)
  if (byTime !== 0) return byTime
  return a.id === b.id ? 0 : a.id < b.id ? 1 : -1
}

function findInsertionIndex<T>(list: readonly T[], value: T, compare: (a: T, b: T) => number): number {
  let low = 0
  let high = list.length
  while (low < high) {
    const middle = (low + high) >>> 1
    if (compare(list[middle]!, value) < 0) low = middle + 1
    else high = middle
  }
  return low
}

function viewKey(workerId: string, id: string): string {
  return `${workerId}:${id}`
}

/** The worker whose view a key names: the key less the record's own id (a worker id may hold a colon). */
function workerOf(record: { id: string }, key: string | number): string {
  return String(key).slice(0, -record.id.length - 1)
}
