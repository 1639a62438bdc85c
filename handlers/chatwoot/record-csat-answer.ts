import type { PublicMessage, PublicMessageUpdatePayload } from './generated/openapi.js'
import { ACCOUNT, type ChatwootStore, type ConversationRecord } from './store.js'

/**
 * Stores a contact's answer in `content_attributes.submitted_values` (replacing any earlier one)
 * and, for a CSAT survey answered with a rating, records the survey's response, as the server's
 * `CsatSurveys::ResponseBuilder` does after the message changes (one response per survey message,
 * updated by a later answer).
 */
export async function recordCsatAnswer(
  store: ChatwootStore,
  conversation: ConversationRecord,
  message: PublicMessage,
  submitted: NonNullable<PublicMessageUpdatePayload['submitted_values']>,
  time: Date,
): Promise<void> {
  const answer =
    !Array.isArray(submitted) && message.content_type === 'input_csat' ? submitted.csat_survey_response : undefined
  const previous = store.getCsatResponse(message.id)
  if (answer?.rating !== undefined && !previous) store.ensureRoom('csat_survey_responses')
  store.messages.update(message.id, {
    content_attributes: { ...message.content_attributes, submitted_values: submitted },
  })
  if (answer?.rating === undefined) return

  const feedback = answer.feedback_message ?? null
  const now = time.toISOString()
  if (previous) {
    if (previous.rating !== answer.rating || previous.feedback_message !== feedback)
      store.csatResponses.update(previous.id, { rating: answer.rating, feedback_message: feedback, updated_at: now })
    return
  }
  await store.insertCsatResponse({
    id: store.allocateCsatResponseId(),
    account_id: ACCOUNT.id,
    conversation_id: conversation.id,
    message_id: message.id,
    rating: answer.rating,
    feedback_message: feedback,
    contact_id: conversation.contact_id,
    assigned_agent_id: null,
    created_at: now,
    updated_at: now,
  })
}
