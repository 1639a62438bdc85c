// Generated from specs/chatwoot.yaml by scripts/generate-specs.ts. Do not edit: run "npm run gen".

export type PublicMessage = {
  id: number
  content: string | null
  message_type: 0 | 1 | 2 | 3
  content_type: "text" | "input_text" | "input_textarea" | "input_email" | "input_select" | "cards" | "form" | "article" | "incoming_email" | "input_csat" | "integrations" | "sticker" | "voice_call"
  content_attributes: {
    [key: string]: unknown
  }
  created_at: number
  conversation_id: number
  attachments?: Array<PublicMessageAttachment>
  sender?: PublicMessageSender
}

export type PublicMessageList = Array<PublicMessage>

export type PublicMessageAttachment = {
  id?: number
  message_id?: number
  account_id?: number
  file_type?: string
  extension?: string | null
  data_url?: string | null
  thumb_url?: string
  file_size?: number
  width?: number | null
  height?: number | null
}

export type PublicMessageSender = {
  id: number
  name: string | null
  email?: string | null
  phone_number?: string | null
  identifier?: string | null
  thumbnail?: string
  additional_attributes?: {
    [key: string]: unknown
  }
  custom_attributes?: {
    [key: string]: unknown
  }
  blocked?: boolean
  available_name?: string
  avatar_url?: string
  availability_status?: string | null
  type: "contact" | "user" | "agent_bot" | "captain_assistant"
}

export type PublicMessageCreatePayload = {
  content?: string
  echo_id?: string
}

export type PublicMessageUpdatePayload = {
  submitted_values?: SubmittedValue | Array<SubmittedValue>
}

export type SubmittedValue = {
  name?: string
  title?: string
  value?: string
  csat_survey_response?: CsatSurveyResponse
}

export type CsatSurveyResponse = {
  feedback_message?: string
  rating?: number
}

export type RailsError = {
  status: number
  error: string
}

export type ValidationError = {
  message: string
  attributes: Array<string>
  issues?: Array<Issue>
}

export type CsatLockedError = {
  error: string
}

export type Issue = {
  location: "path" | "query" | "header" | "body" | "security"
  pointer: string
  keyword: string
  message: string
}

export type BadRequestError = {
  description?: string
  errors?: Array<RequestError>
}

export type RequestError = {
  field?: string
  message?: string
  code?: string
}

/** What each operation's resolver receives, keyed by operationId. */
export interface ChatwootOperations {
  listMessages: {
    params: { inbox_identifier: string; contact_identifier: string; conversation_id: number }
    query: { before?: number }
    headers: Record<string, never>
    body: undefined
  }
  createMessage: {
    params: { inbox_identifier: string; contact_identifier: string; conversation_id: number }
    query: Record<string, never>
    headers: Record<string, never>
    body: PublicMessageCreatePayload
  }
  updateMessage: {
    params: { inbox_identifier: string; contact_identifier: string; conversation_id: number; message_id: number }
    query: Record<string, never>
    headers: Record<string, never>
    body: PublicMessageUpdatePayload
  }
}
