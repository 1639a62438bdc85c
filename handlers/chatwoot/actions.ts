import { rejectAction } from '../../src/mock/act.js'
import type { ActionContext, ActionRunner } from '../../src/api/api.js'
import { createContactEvents } from './contact-events.js'
import { renderAgent } from './push-data.js'
import { renderConversation, renderMessage } from './render.js'
import { resolveConversation } from './resolve-conversation.js'
import { saveConversation } from './save-conversation.js'
import type { ChatwootStore, ConversationRecord } from './store.js'
import { SUPPORT_AGENT } from './agents.js'
import { toUnixSeconds } from './unix-seconds.js'

interface AgentInput {
  conversation_id: number
  agent_id?: number
  agent_name?: string
}

interface AgentMessageInput extends AgentInput {
  content: string
  private?: boolean
}

interface AgentTypingInput extends AgentInput {
  typing_status: 'on' | 'off'
}

/** The conversation an action names: display numbers are unique in the mock's one account. */
function findConversation(store: ChatwootStore, action: string, id: number): ConversationRecord {
  return store.conversations.get(id) ?? rejectAction(`chatwoot ${action}: conversation ${id} does not exist`)
}

function agentOf(input: AgentInput) {
  return renderAgent({ id: input.agent_id ?? SUPPORT_AGENT.id, name: input.agent_name ?? SUPPORT_AGENT.name })
}

/** The other side of a Chatwoot conversation: its agents (specs/chatwoot.yaml, x-chatmock-actions). */
export const chatwootActions: Record<string, ActionRunner<any, ChatwootStore>> = {
  agentMessage: async ({ input, store, now, publish }: ActionContext<AgentMessageInput, ChatwootStore>) => {
    const conversation = findConversation(store, 'agentMessage', input.conversation_id)
    const agent = agentOf(input)
    const time = now()
    store.ensureRoom('messages')
    const message = await store.insertMessage({
      id: store.allocateMessageId(),
      content: input.content,
      message_type: 1,
      content_type: 'text',
      content_attributes: {},
      created_at: toUnixSeconds(time),
      created_at_ms: time.getTime(),
      conversation_id: conversation.display_id,
      sender: agent,
      ...(input.private ? { private: true } : {}),
    })
    // Message#dispatch_create_events: the first public answer is the first reply; any public answer ends the wait.
    const changes = input.private
      ? {}
      : conversation.first_reply_created_at === null
        ? saveConversation(
            store,
            conversation,
            { first_reply_created_at: time.toISOString(), waiting_since: null },
            time,
          )
        : saveConversation(store, conversation, { waiting_since: null }, time)
    const events = createContactEvents(store, publish)
    events.message('message.created', message, { performer: agent })
    events.saved(conversation, changes, agent)
    return renderMessage(store, message)
  },

  agentTyping: ({ input, store, publish }: ActionContext<AgentTypingInput, ChatwootStore>) => {
    const conversation = findConversation(store, 'agentTyping', input.conversation_id)
    createContactEvents(store, publish).typing(
      input.typing_status === 'on' ? 'conversation.typing_on' : 'conversation.typing_off',
      conversation,
      agentOf(input),
    )
    return undefined
  },

  resolveConversation: async (context: ActionContext<AgentInput, ChatwootStore>) => {
    const conversation = findConversation(context.store, 'resolveConversation', context.input.conversation_id)
    // The survey is not in the answer: it follows in the background, as toggle_status's does.
    await resolveConversation(context, conversation, agentOf(context.input))
    return renderConversation(context.store, conversation)
  },
}
