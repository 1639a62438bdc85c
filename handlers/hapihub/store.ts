import type { ChatMessage, ChatRoom } from './generated/openapi.js'
import { getComponentSchema } from '../../src/store/get-component-schema.js'
import { hashText } from '../../src/store/hash-text.js'
import type { CreateStoreOptions } from '../../src/api/api.js'
import { DEFAULT_RECORD_LIMIT } from '../../src/store/record-limit.js'
import { Table } from '../../src/store/table.js'

export interface HapihubAccount {
  /** The API token, as sent in `Authorization: Bearer <token>`. */
  token: string
  uid: string
}

export interface HapihubFixtures {
  /** Rooms; a bare id stands for a room without participants (the format fixtures files had first). */
  rooms: Array<ChatRoom | string>
  accounts: HapihubAccount[]
  messages: ChatMessage[]
}

export type HapihubStore = ReturnType<typeof createHapihubStore>

/**
 * Chat messages and rooms, and the accounts API tokens belong to. Besides the tables' id indexes,
 * messages are kept in `createdAt` order (ties in the order they were stored) in all, per room and
 * per author, and rooms in the same order per participant and by their set of participants, so
 * that a find reads only the records it can return.
 */
export function createHapihubStore(options: CreateStoreOptions) {
  const limit = options.recordLimit ?? DEFAULT_RECORD_LIMIT
  const messages = new Table<ChatMessage>({ name: 'hapihub chat messages', schema: getComponentSchema(options.api, 'ChatMessage'), key: (message) => message.id, limit })
  const rooms = new Table<ChatRoom>({ name: 'hapihub chat rooms', schema: getComponentSchema(options.api, 'ChatRoom'), key: (room) => room.id, limit })
  const uidsByToken = new Map<string, string>()
  // The order each record was stored in breaks ties of createdAt, as a stable sort would.
  const storedMessages = new Map<string, number>()
  const storedRooms = new Map<string, number>()
  const compareMessages = byCreatedAt(storedMessages)
  const compareRooms = byCreatedAt(storedRooms)
  const allMessages: ChatMessage[] = []
  const messagesByRoom = new Map<string, ChatMessage[]>()
  const messagesByAuthor = new Map<string, ChatMessage[]>()
  const roomsByParticipant = new Map<string, ChatRoom[]>()
  const roomsByParticipantSet = new Map<string, string>()
  const pendingRooms = new Map<string, Promise<ChatRoom>>()
  let lastMessageNumber = 0
  let lastRoomNumber = 0

  const store = {
    messages,
    rooms,

    /** The account uid of a token: a known account's, else one derived from the token, stable across runs. */
    getAccountUid(token: string): string {
      return uidsByToken.get(token) ?? `uid-${hashText(token)}`
    },

    /** Every message, oldest first. */
    listMessages(): readonly ChatMessage[] {
      return allMessages
    },

    /** A room's messages, oldest first. */
    listRoomMessages(roomId: string): readonly ChatMessage[] {
      return messagesByRoom.get(roomId) ?? []
    },

    /** An author's messages, oldest first. */
    listAuthorMessages(uid: string): readonly ChatMessage[] {
      return messagesByAuthor.get(uid) ?? []
    },

    /** The rooms an account takes part in, oldest first. */
    listRooms(uid: string): readonly ChatRoom[] {
      return roomsByParticipant.get(uid) ?? []
    },

    /** The room whose participants are exactly these (in any order), if there is one. */
    findRoomByParticipants(participants: readonly string[]): ChatRoom | undefined {
      const id = roomsByParticipantSet.get(toSetKey(participants))
      return id === undefined ? undefined : rooms.get(id)
    },

    /** Merges lists of messages that are each oldest first into one, oldest first. */
    mergeMessages(lists: ReadonlyArray<readonly ChatMessage[]>): ChatMessage[] {
      return lists.length === 1 ? [...lists[0]!] : lists.flat().sort(compareMessages)
    },

    /** Takes the next free id in the docs' own style (`id-1`, `id-2`, …), at once. */
    allocateMessageId(): string {
      let id: string
      do id = `id-${++lastMessageNumber}`
      while (messages.get(id))
      return id
    },

    async insertMessage(message: ChatMessage): Promise<ChatMessage> {
      const record = await messages.insert(message)
      storedMessages.set(record.id, storedMessages.size)
      insertSorted(allMessages, record, compareMessages)
      insertSorted(group(messagesByAuthor, record.createdBy), record, compareMessages)
      if (record.room !== undefined) insertSorted(group(messagesByRoom, record.room), record, compareMessages)
      return record
    },

    /**
     * The room with exactly these participants: the one that exists, else one made by `create`
     * and stored, once, even when several requests ask for it at the same time.
     */
    async findOrCreateRoom(participants: readonly string[], create: (id: string) => ChatRoom): Promise<ChatRoom> {
      const existing = store.findRoomByParticipants(participants)
      if (existing) return existing
      const key = toSetKey(participants)
      let pending = pendingRooms.get(key)
      if (!pending) {
        let id: string
        do id = `room-${++lastRoomNumber}`
        while (rooms.get(id))
        pending = store.insertRoom(create(id)).finally(() => pendingRooms.delete(key))
        pendingRooms.set(key, pending)
      }
      return pending
    },

    async insertRoom(room: ChatRoom): Promise<ChatRoom> {
      const record = await rooms.insert(room)
      storedRooms.set(record.id, storedRooms.size)
      for (const uid of new Set(record.participants ?? [])) insertSorted(group(roomsByParticipant, uid), record, compareRooms)
      if (record.participants?.length && !roomsByParticipantSet.has(toSetKey(record.participants))) roomsByParticipantSet.set(toSetKey(record.participants), record.id)
      return record
    },

    async load(fixtures: HapihubFixtures): Promise<void> {
      for (const account of fixtures.accounts) uidsByToken.set(account.token, account.uid)
      // A bare id is a room nobody takes part in: messages can be posted to it, no one lists it.
      for (const room of fixtures.rooms) await store.insertRoom(typeof room === 'string' ? { id: room, createdAt: 0 } : room)
      for (const message of fixtures.messages) await store.insertMessage(message)
    },

    clear(): void {
      messages.clear()
      rooms.clear()
      uidsByToken.clear()
      storedMessages.clear()
      storedRooms.clear()
      allMessages.length = 0
      messagesByRoom.clear()
      messagesByAuthor.clear()
      roomsByParticipant.clear()
      roomsByParticipantSet.clear()
      pendingRooms.clear()
      lastMessageNumber = 0
      lastRoomNumber = 0
    },

    snapshot(): HapihubFixtures {
      return structuredClone({ rooms: [...rooms.all()], accounts: [...uidsByToken].map(([token, uid]) => ({ token, uid })), messages: [...messages.all()] })
    },
  }
  return store
}

function byCreatedAt(stored: Map<string, number>) {
  return (a: { id: string; createdAt: number }, b: { id: string; createdAt: number }) => a.createdAt - b.createdAt || stored.get(a.id)! - stored.get(b.id)!
}

function group<T>(groups: Map<string, T[]>, key: string): T[] {
  let list = groups.get(key)
  if (!list) groups.set(key, (list = []))
  return list
}

/** Puts a value in its place in a sorted list: at the end when it sorts last, as new records mostly do. */
function insertSorted<T>(list: T[], value: T, compare: (a: T, b: T) => number): void {
  if (list.length === 0 || compare(list[list.length - 1]!, value) <= 0) {
    list.push(value)
    return
  }
  let low = 0
  let high = list.length
  while (low < high) {
    const middle = (low + high) >>> 1
    if (compare(list[middle]!, value) <= 0) low = middle + 1
    else high = middle
  }
  list.splice(low, 0, value)
}

/** The participants as a set: the same key whatever their order. */
function toSetKey(participants: readonly string[]): string {
  return JSON.stringify([...new Set(participants)].sort())
}
