import type { PublicMessage, PublicMessageUpdatePayload } from './generated/openapi.js'
import { ACCOUNT, type ChatwootStore, type ConversationRecord, type PreviousChanges } from './store.js'

/**
 * Stores a contact's answer in `content_attributes.submitted_values` (replacing any earlier one,
 * keeping the other attributes, such as a survey's `display_type`) and, for a CSAT survey answered
 * with a rating, records the survey's response, as the server's `CsatSurveys::ResponseBuilder`
 * does after the message changes (one response per survey message, updated by a later answer).
 * Answers the message save's `previous_changes`.
 */
export async function recordCsatAnswer(
  store: ChatwootStore,
  conversation: ConversationRecord,
  message: PublicMessage,
  submitted: NonNullable<PublicMessageUpdatePayload['submitted_values']>,
  time: Date,
): Promise<PreviousChanges> {
  const answer =
    !Array.isArray(submitted) && message.content_type === 'input_csat' ? submitted.csat_survey_response : undefined
  const previous = store.getCsatResponse(message.id)
  if (answer?.rating !== undefined && !previous) store.ensureRoom('csat_survey_responses')
  const previousChanges = store.saveMessage(
    message.id,
    { content_attributes: { ...message.content_attributes, submitted_values: submitted } },
    time,
  )
  if (answer?.rating === undefined) return previousChanges

  const feedback = answer.feedback_message ?? null
  const now = time.toISOString()
  if (previous) {
    if (previous.rating !== answer.rating || previous.feedback_message !== feedback)
      store.csatResponses.update(previous.id, { rating: answer.rating, feedback_message: feedback, updated_at: now })
    return previousChanges
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
    // Only the agents' dashboard writes review notes.
    csat_review_notes: null,
    review_notes_updated_at: null,
    review_notes_updated_by_id: null,
  })
  return previousChanges
}
