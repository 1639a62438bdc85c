// Generated from specs/hapihub.yaml by scripts/generate-specs.ts. Do not edit: run "npm run gen".

export type ChatMessage = {
  id: string
  createdAt: number
  createdBy: string
  room?: string
  session?: string
  text?: string
  media?: string
  seenBy?: Array<string>
}

export type CreateChatMessageRequest = {
  room: string
  session?: string
  text?: string
  media?: string
  createdAt?: number
}

export type PatchChatMessageRequest = {
  seen?: boolean
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
export interface HapihubOperations {
  findChatMessages: {
    params: Record<string, never>
    query: Record<string, never>
    headers: Record<string, never>
    body: undefined
  }
  createChatMessage: {
    params: Record<string, never>
    query: Record<string, never>
    headers: Record<string, never>
    body: CreateChatMessageRequest
  }
  getChatMessage: {
    params: { id: string }
    query: Record<string, never>
    headers: Record<string, never>
    body: undefined
  }
  patchChatMessage: {
    params: { id: string }
    query: Record<string, never>
    headers: Record<string, never>
    body: PatchChatMessageRequest
  }
}
