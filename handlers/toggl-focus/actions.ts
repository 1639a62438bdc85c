import { rejectAction } from '../../src/mock/act.js'
import type { ActionRunner } from '../../src/api/api.js'
import { chatTopic } from './chat-topic.js'
import type { ChatMessage } from './generated/openapi.js'
import type { TogglFocusStore } from './store.js'

interface AssistantReplyInput {
  workspace_id: number
  chat_id: number
  text: string
  chunks?: number
  chunkIntervalMs?: number
}

/** The other side of a Toggl Focus chat: the assistant (specs/toggl-focus.yaml, x-chatmock-actions). */
export const togglFocusActions: Record<string, ActionRunner<any, TogglFocusStore>> = {
  assistantReply: async ({
    input,
    store,
    now,
    publish,
  }: Parameters<ActionRunner<AssistantReplyInput, TogglFocusStore>>[0]) => {
    const chat = store.getChat(input.workspace_id, input.chat_id)
    if (!chat || chat.deleted_at !== null)
      rejectAction(
        `toggl-focus assistantReply: chat ${input.chat_id} does not exist in workspace ${input.workspace_id}`,
      )
    const pieces = splitIntoChunks(input.text, input.chunks ?? 1)
    const topic = chatTopic(chat.id)
    const time = now().toISOString()
    let text = pieces[0]!
    const message = await store.insertMessage({
      id: store.allocateMessageId(),
      chat_id: chat.id,
      workspace_id: chat.workspace_id,
      role: 'assistant',
      content: { text },
      feedback_message: null,
      feedback_type: null,
      created_at: time,
      updated_at: time,
    } as ChatMessage)
    publish(topic, 'message.created', { message, complete: pieces.length === 1 })
    for (const [index, piece] of pieces.slice(1).entries()) {
      await new Promise((resolve) => setTimeout(resolve, input.chunkIntervalMs ?? 50))
      text += piece
      const updated = store.messages.update(message.id, { content: { text }, updated_at: now().toISOString() })
      publish(topic, 'message.updated', { message: updated, complete: index === pieces.length - 2 })
    }
    return structuredClone(store.messages.get(message.id))
  },
}

/** The text in `count` pieces that join back to it, cut after a space where there is one. */
function splitIntoChunks(text: string, count: number): string[] {
  const pieces: string[] = []
  let start = 0
  for (let index = 1; index < count && start < text.length; index++) {
    const target = Math.round((text.length * index) / count)
    const space = text.lastIndexOf(' ', target)
    const end = space > start ? space + 1 : Math.max(target, start + 1)
    if (end >= text.length) break
    pieces.push(text.slice(start, end))
    start = end
  }
  pieces.push(text.slice(start))
  return pieces
}
