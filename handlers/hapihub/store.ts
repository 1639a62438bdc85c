import type { ChatMessage, ChatRoom } from './generated/openapi.js'
import { getComponentSchema } from '../../src/store/get-component-schema.js'
import { hashText } from '../../src/store/hash-text.js'
import type { CreateStoreOptions } from '../../src/api/api.js'
import { DEFAULT_RECORD_LIMIT } from '../../src/store/record-limit.js'
import { Table } from '../../src/store/table.js'

interface HapihubAccount {
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

/** The one group of `all` messages, kept in the order of every other group. */
const ALL = 0

/**
 * Chat messages and rooms, and the accounts API tokens belong to. Besides the tables' id indexes,
 * messages are kept in `createdAt` order (ties in the order they were stored) in all, per room and
 * per author, and rooms in the same order per participant and by their set of participants, so
 * that a find reads only the records it can return.
 */
export function createHapihubStore(options: CreateStoreOptions) {
  const limit = options.recordLimit ?? DEFAULT_RECORD_LIMIT
  const byCreatedAt = { order: (a: { createdAt: number }, b: { createdAt: number }) => a.createdAt - b.createdAt }
  const messages = new Table({
    name: 'hapihub chat messages',
    schema: getComponentSchema<ChatMessage>(options.api, 'ChatMessage'),
    key: (message) => message.id,
    limit,
    groups: {
      all: { key: () => ALL, ...byCreatedAt },
      byRoom: { key: (message) => message.room, ...byCreatedAt },
      byAuthor: { key: (message) => message.createdBy, ...byCreatedAt },
    },
    // The number of the docs' own ids (`id-1`, `id-2`, …) taken so far.
    sequences: { number: () => 0 },
  })
  const rooms = new Table({
    name: 'hapihub chat rooms',
    schema: getComponentSchema<ChatRoom>(options.api, 'ChatRoom'),
    key: (room) => room.id,
    limit,
    groups: {
      byParticipant: { key: (room) => room.participants, ...byCreatedAt },
      byParticipantSet: (room) => (room.participants?.length ? toSetKey(room.participants) : undefined),
    },
    sequences: { number: () => 0 },
  })
  const tables = [messages, rooms]
  // The accounts of the fixtures by API token: what credentials name, never written by a request.
  const uidsByToken = new Map<string, string>()
  // Requests that asked for a room not stored yet, by its set of participants: in flight, not stored.
  const pendingRooms = new Map<string, Promise<ChatRoom>>()
  // Across groups, ties of createdAt fall back to the order the messages were stored in, as a stable sort would.
  const compareMessages = (a: ChatMessage, b: ChatMessage) =>
    a.createdAt - b.createdAt || messages.ordinal(a) - messages.ordinal(b)

  const store = {
    messages,
    rooms,

    /** The account uid of a token: a known account's, else one derived from the token, stable across runs. */
    getAccountUid(token: string): string {
      return uidsByToken.get(token) ?? `uid-${hashText(token)}`
    },

    /** Every message, oldest first. */
    listMessages(): readonly ChatMessage[] {
      return messages.list('all', ALL)
    },

    /** A room's messages, oldest first. */
    listRoomMessages(roomId: string): readonly ChatMessage[] {
      return messages.list('byRoom', roomId)
    },

    /** An author's messages, oldest first. */
    listAuthorMessages(uid: string): readonly ChatMessage[] {
      return messages.list('byAuthor', uid)
    },

    /** The rooms an account takes part in, oldest first. */
    listRooms(uid: string): readonly ChatRoom[] {
      return rooms.list('byParticipant', uid)
    },

    /** The room whose participants are exactly these (in any order), if there is one: the first stored. */
    findRoomByParticipants(participants: readonly string[]): ChatRoom | undefined {
      return rooms.list('byParticipantSet', toSetKey(participants))[0]
    },

    /** Merges lists of messages that are each oldest first into one, oldest first. */
    mergeMessages(lists: ReadonlyArray<readonly ChatMessage[]>): ChatMessage[] {
      return lists.length === 1 ? [...lists[0]!] : lists.flat().sort(compareMessages)
    },

    /** Takes the next free id in the docs' own style (`id-1`, `id-2`, …), at once. */
    allocateMessageId(): string {
      let id: string
      do id = `id-${messages.next('number')}`
      while (messages.get(id))
      return id
    },

    async insertMessage(message: ChatMessage): Promise<ChatMessage> {
      return messages.insert(message)
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
        do id = `room-${rooms.next('number')}`
        while (rooms.get(id))
        pending = store.insertRoom(create(id)).finally(() => pendingRooms.delete(key))
        pendingRooms.set(key, pending)
      }
      return pending
    },

    async insertRoom(room: ChatRoom): Promise<ChatRoom> {
      return rooms.insert(room)
    },

    async load(fixtures: HapihubFixtures): Promise<void> {
      for (const account of fixtures.accounts) uidsByToken.set(account.token, account.uid)
      // A bare id is a room nobody takes part in: messages can be posted to it, no one lists it.
      for (const room of fixtures.rooms)
        await store.insertRoom(typeof room === 'string' ? { id: room, createdAt: 0 } : room)
      for (const message of fixtures.messages) await store.insertMessage(message)
    },

    clear(): void {
      for (const table of tables) table.clear()
      uidsByToken.clear()
      pendingRooms.clear()
    },

    snapshot(): HapihubFixtures {
      return structuredClone({
        rooms: [...rooms.all()],
        accounts: [...uidsByToken].map(([token, uid]) => ({ token, uid })),
        messages: [...messages.all()],
      })
    },
  }
  return store
}

/** The participants as a set: the same key whatever their order. */
function toSetKey(participants: readonly string[]): string {
  return JSON.stringify([...new Set(participants)].sort())
}
