import { rejectAction } from '../../src/mock/act.js'
import type { ActionRunner } from '../../src/api/api.js'
import type { ChatRoom } from './generated/openapi.js'
import { markSeen, postMessage } from './post-message.js'
import type { HapihubStore } from './store.js'

interface ParticipantMessageInput {
  room: string
  uid: string
  text?: string
  media?: string
  session?: string
}

interface MarkSeenInput {
  id: string
  uid: string
}

/** The other side of a HapiHub room: its other participants (specs/hapihub.yaml, x-chatmock-actions). */
export const hapihubActions: Record<string, ActionRunner<any, HapihubStore>> = {
  participantMessage: async ({
    input,
    store,
    now,
  }: Parameters<ActionRunner<ParticipantMessageInput, HapihubStore>>[0]) => {
    const room = store.rooms.get(input.room)
    if (!room) rejectAction(`hapihub participantMessage: room "${input.room}" does not exist`)
    checkParticipant('participantMessage', room, input.uid)
    const { uid, ...fields } = input
    return structuredClone(await postMessage(store, uid, fields, now()))
  },

  markSeen: ({ input, store }: Parameters<ActionRunner<MarkSeenInput, HapihubStore>>[0]) => {
    const message = store.messages.get(input.id)
    if (!message) rejectAction(`hapihub markSeen: chat message "${input.id}" does not exist`)
    const room = message.room === undefined ? undefined : store.rooms.get(message.room)
    if (!room) rejectAction(`hapihub markSeen: chat message "${input.id}" is in no room, so no participant can see it`)
    checkParticipant('markSeen', room, input.uid)
    return structuredClone(markSeen(store, message, input.uid))
  },
}

/** Refuses an account that does not take part in the room: the other side is one of its participants. */
function checkParticipant(action: string, room: ChatRoom, uid: string): void {
  const participants = room.participants ?? []
  if (participants.includes(uid)) return
  rejectAction(
    `hapihub ${action}: account "${uid}" does not take part in room "${room.id}"; ${participants.length === 0 ? 'it has no participants' : `its participants are ${participants.join(', ')}`}`,
  )
}
