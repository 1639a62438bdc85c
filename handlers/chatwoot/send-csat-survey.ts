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

/**
 * The survey itself (MessageTemplates::Template::CsatSurvey): a template message without a sender,
 * with the inbox's own text (`csat_config.message`) when it has one, and the way the widget shows
 * it (`content_attributes.display_type`: the inbox's, else `emoji`).
 */
export async function sendCsatSurvey(
  store: ChatwootStore,
  conversation: ConversationRecord,
  time: Date,
): Promise<PublicMessage> {
  const config = store.getInboxById(conversation.inbox_id)!.csat_config
  return store.insertMessage({
    id: store.allocateMessageId(),
    // `csat_config['message'].blank?` falls back to the template text; Ruby's `||` keeps an empty display type.
    content: config.message?.trim() ? config.message : CSAT_SURVEY_CONTENT,
    message_type: 3,
    content_type: 'input_csat',
    content_attributes: { display_type: config.display_type ?? 'emoji' },
    created_at: toUnixSeconds(time),
    created_at_ms: time.getTime(),
    conversation_id: conversation.display_id,
  })
}
