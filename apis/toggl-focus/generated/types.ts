// Generated from specs/toggl-focus.yaml by scripts/generate-specs.ts. Do not edit: run "npm run gen".

export type Chat = {
  id: number
  workspace_id: number
  toggl_user_id: number
  name: string
  message_count: number
  created_at: string
  updated_at: string
  deleted_at: string | null
}

export type ChatInput = {
  name: string
}

export type ChatList = {
  data: Array<Chat>
  page: number
  per_page: number
}

export type ChatOrderField = "id" | "-id" | "name" | "-name" | "created_at" | "-created_at" | "updated_at" | "-updated_at" | "message_count" | "-message_count"

export type ChatMessage = {
  id: number
  chat_id: number
  workspace_id: number
  role: string | {
    [key: string]: unknown
  }
  content: {
    [key: string]: unknown
  }
  feedback_message: string | null
  feedback_type: string | {
    [key: string]: unknown
  } | null
  created_at: string
  updated_at: string
}

export type ChatMessageList = {
  data: Array<ChatMessage>
  page: number
  per_page: number
}

export type ChatMessageStream = {
  items: Array<ChatMessage>
}

export type ChatMessagePatch = {
  content?: {
    [key: string]: unknown
  }
  feedback_message?: string | null
  feedback_type?: string | null
}

export type MessageOrderField = "id" | "-id" | "created_at" | "-created_at" | "updated_at" | "-updated_at"

export type Error = {
  error: string
  error_description: string
  trace_id: string
}

/** What each operation's resolver receives, keyed by operationId. */
export interface TogglFocusOperations {
  listChats: {
    params: { workspace_id: number }
    query: { page: number; per_page: number; name?: string; order_by?: Array<ChatOrderField> }
    headers: Record<string, never>
    body: undefined
  }
  createChat: {
    params: { workspace_id: number }
    query: Record<string, never>
    headers: Record<string, never>
    body: ChatInput
  }
  getChat: {
    params: { workspace_id: number; chat_id: number }
    query: Record<string, never>
    headers: Record<string, never>
    body: undefined
  }
  updateChat: {
    params: { workspace_id: number; chat_id: number }
    query: Record<string, never>
    headers: Record<string, never>
    body: ChatInput
  }
  deleteChat: {
    params: { workspace_id: number; chat_id: number }
    query: Record<string, never>
    headers: Record<string, never>
    body: undefined
  }
  restoreChat: {
    params: { workspace_id: number; chat_id: number }
    query: Record<string, never>
    headers: Record<string, never>
    body: undefined
  }
  listChatMessages: {
    params: { workspace_id: number; chat_id: number }
    query: { page: number; per_page: number; order_by?: Array<MessageOrderField> }
    headers: Record<string, never>
    body: undefined
  }
  streamChatMessages: {
    params: { workspace_id: number; chat_id: number }
    query: { order_by?: Array<MessageOrderField> }
    headers: Record<string, never>
    body: undefined
  }
  updateChatMessage: {
    params: { workspace_id: number; chat_id: number; chat_message_id: number }
    query: Record<string, never>
    headers: Record<string, never>
    body: ChatMessagePatch
  }
}
