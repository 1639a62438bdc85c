import type { Publish } from '../../src/api/publish.js'
import { createContactEvents } from './contact-events.js'
import type { ChatwootStore, ConversationRecord } from './store.js'
import { needsCsatSurvey, sendCsatSurvey } from './send-csat-survey.js'

/**
 * Resolves a conversation, whoever asks (the contact's `toggle_status`, an agent): an already
 * resolved one is left as it is. Otherwise the status changes (`conversation.status_changed`) and,
 * when the inbox has CSAT surveys on and the conversation has none, the survey is sent (its
 * `message.created`). Nothing is written before the store has room for the survey.
 */
export async function resolveConversation(
  store: ChatwootStore,
  conversation: ConversationRecord,
  time: Date,
  publish: Publish,
): Promise<void> {
  if (conversation.status === 'resolved') return
  const sendSurvey = needsCsatSurvey(store, conversation)
  if (sendSurvey) store.ensureRoom('messages')
  store.conversations.update(conversation.display_id, { status: 'resolved' })
  const survey = sendSurvey ? await sendCsatSurvey(store, conversation, time) : undefined
  const events = createContactEvents(store, publish)
  events.conversation('conversation.status_changed', conversation)
  if (survey) events.message('message.created', survey)
}
