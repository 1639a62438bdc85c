import type { ChatMessage } from './generated/openapi.js'
import type { HapihubStore } from './store.js'

/** What a message is posted with: the fields of Post a chat message's body. */
export interface MessageFields {
  room: string
  session?: string
  text?: string
  media?: string
  createdAt?: number
}

/**
 * Posts a message as an account, the only way a message is ever posted (Post a chat message over
 * HTTP, and another participant's message from the other side). The caller has checked that the
 * room exists. `createdAt` defaults to now; fields that are not given are left out, as in the
 * docs' examples.
 */
export function postMessage(store: HapihubStore, uid: string, fields: MessageFields, now: Date): Promise<ChatMessage> {
  return store.insertMessage({
    id: store.allocateMessageId(),
    createdAt: fields.createdAt ?? now.getTime(),
    createdBy: uid,
    room: fields.room,
    ...(fields.session === undefined ? {} : { session: fields.session }),
    ...(fields.text === undefined ? {} : { text: fields.text }),
    ...(fields.media === undefined ? {} : { media: fields.media }),
  })
}

/**
 * An account has seen a message (`seen: true` of Update a chat message, and another participant's
 * seen mark from the other side): its uid joins `seenBy` once, and when it takes part in the
 * message's room, the room records the message as its last seen one.
 */
export function markSeen(store: HapihubStore, message: ChatMessage, uid: string): ChatMessage {
  if (!message.seenBy?.includes(uid)) store.messages.update(message.id, { seenBy: [...(message.seenBy ?? []), uid] })
  const room = message.room === undefined ? undefined : store.rooms.get(message.room)
  if (room?.participants?.includes(uid))
    store.rooms.update(room.id, {
      participantsLastMessageSeen: { ...room.participantsLastMessageSeen, [uid]: message.id },
    })
  return message
}
