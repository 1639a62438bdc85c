import type { PublicMessage } from './generated/openapi.js'
import type { ChatwootStore, ConversationRecord } from './store.js'
import { toUnixSeconds } from './unix-seconds.js'

/** The server's CSAT survey template text (`conversations.templates.csat_input_message_body`). */
const CSAT_SURVEY_CONTENT = 'Please rate the conversation'

/**
 * Whether resolving the conversation sends a CSAT survey (CsatSurveyService): the inbox has CSAT
 * on and the conversation has no survey yet.
 */
export function needsCsatSurvey(store: ChatwootStore, conversation: ConversationRecord): boolean {
  return (
    store.getInboxById(conversation.inbox_id)!.csat_survey_enabled && !store.findCsatMessage(conversation.display_id)
  )
}

/** The survey itself (MessageTemplates::Template::CsatSurvey): a template message without a sender. */
export async function sendCsatSurvey(
  store: ChatwootStore,
  conversation: ConversationRecord,
  time: Date,
): Promise<PublicMessage> {
  return store.insertMessage({
    id: store.allocateMessageId(),
    content: CSAT_SURVEY_CONTENT,
    message_type: 3,
    content_type: 'input_csat',
    content_attributes: {},
    created_at: toUnixSeconds(time),
    conversation_id: conversation.display_id,
  })
}
