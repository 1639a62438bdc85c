import { rejectAction } from '../../src/mock/act.js'
import type { ActionRunner } from '../../src/api/api.js'
import { findSendRefusal, sendMessage } from './send-message.js'
import type { RoostedStore } from './store.js'

interface MemberMessageInput {
  chat_id: string
  worker_id: string
  message: string
}

/** The other side of a RoostedHR chat: its other members (specs/roosted.yaml, x-chatmock-actions). */
export const roostedActions: Record<string, ActionRunner<any, RoostedStore>> = {
  memberMessage: async ({ input, store, now }: Parameters<ActionRunner<MemberMessageInput, RoostedStore>>[0]) => {
    const members = store.listMembers(input.chat_id)
    if (members.length === 0) rejectAction(`roosted memberMessage: chat "${input.chat_id}" does not exist`)
    const sender = store.workers.get(input.worker_id)
    if (!sender) rejectAction(`roosted memberMessage: worker "${input.worker_id}" does not exist`)
    const view = store.getListItem(input.worker_id, input.chat_id)
    if (!view)
      rejectAction(
        `roosted memberMessage: worker "${input.worker_id}" is not a member of chat "${input.chat_id}"; its members are ${members.join(', ')}`,
      )
    const refusal = findSendRefusal(view)
    if (refusal) rejectAction(`roosted memberMessage: ${refusal}`)
    return structuredClone(await sendMessage(store, input.chat_id, sender, input.message, now().toISOString()))
  },
}
