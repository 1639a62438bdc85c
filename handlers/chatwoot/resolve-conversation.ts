import type { ActionContext } from '../../src/api/api.js'
import { createContactEvents } from './contact-events.js'
import type { PublicMessageSender } from './generated/openapi.js'
import { saveConversation } from './save-conversation.js'
import type { ChatwootStore, ConversationRecord } from './store.js'
import { needsCsatSurvey, sendCsatSurvey } from './send-csat-survey.js'

/** What resolving needs of the request's (or the action's) context. */
type ResolveContext = Pick<ActionContext<unknown, ChatwootStore>, 'store' | 'now' | 'publish' | 'defer'>

/**
 * Resolves a conversation, whoever asks (the contact's `toggle_status`, an agent): an already
 * resolved one is left as it is. Otherwise the status changes (`conversation.status_changed`, then
 * `conversation.updated`) and the contact no longer waits. The CSAT survey follows in the
 * background, as Chatwoot's async `CsatSurveyListener` sends it: when the inbox has CSAT surveys on
 * and the conversation, still resolved by then, has none (its `message.created`). Nothing is
 * written before the store has room for the survey.
 */
export async function resolveConversation(
  { store, now, publish, defer }: ResolveContext,
  conversation: ConversationRecord,
  performer?: PublicMessageSender,
): Promise<void> {
  if (conversation.status === 'resolved') return
  if (needsCsatSurvey(store, conversation)) store.ensureRoom('messages')
  const changes = saveConversation(store, conversation, { status: 'resolved' }, now())
  // handle_resolved_status_change: `update_column`, so no save of its own and no event.
  if (conversation.waiting_since !== null) store.conversations.update(conversation.display_id, { waiting_since: null })
  createContactEvents(store, publish).saved(conversation, changes, performer)
  await defer(async () => {
    const current = store.conversations.get(conversation.display_id)
    if (current?.status !== 'resolved' || !needsCsatSurvey(store, current)) return
    store.ensureRoom('messages')
    createContactEvents(store, publish).message('message.created', await sendCsatSurvey(store, current, now()))
  })
}
