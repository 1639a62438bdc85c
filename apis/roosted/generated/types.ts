// Generated from specs/roosted.yaml by scripts/generate-specs.ts. Do not edit: run "npm run gen".

export type EditChatRequest = {
  name?: string
  members?: Array<string>
}

export type Flag = number | ("0" | "1")

export type Count = number | string

export type ChatMember = {
  id: string
  name_first: string
  name_last: string
  selected_picture_location: string
}

export type Chat = {
  id: string
  name: string
  chat_admin: Flag
  silenced: Flag
  on_chat: Flag
  locked: Flag
  date_created: string
  most_recent_message_id: string | null
  last_message_timestamp: string | null
  message: string | null
  name_first: string | null
  selected_picture_location: string | null
  chats_order: string
  unread_count: Count
  members: Array<ChatMember>
}

export type Problem = {
  type: string
  title: string
  status: number
  detail?: string
  issues?: Array<Issue>
}

export type Issue = {
  location: "path" | "query" | "header" | "body" | "security"
  pointer: string
  keyword: string
  message: string
}

/** What each operation's resolver receives, keyed by operationId. */
export interface RoostedOperations {
  editWorkerChat: {
    params: { id: string; chat_id: string }
    query: Record<string, never>
    headers: Record<string, never>
    body: EditChatRequest
  }
}
