import type { MockSettings } from '../src/browser.js'

const fromContact = { api: 'chatwoot', on: 'message.created', where: { message_type: 0 } } as const
const conversation = '$event.data.conversation_id'

/** The agent types, then answers every contact message 800 ms later: scripted replies, no code. */
export const agentReplies: MockSettings = {
  replies: [
    {
      ...fromContact,
      afterMs: 100,
      act: 'agentTyping',
      with: { conversation_id: conversation, typing_status: 'on', agent_name: 'Ada' },
    },
    {
      ...fromContact,
      afterMs: 790,
      act: 'agentTyping',
      with: { conversation_id: conversation, typing_status: 'off', agent_name: 'Ada' },
    },
    {
      ...fromContact,
      afterMs: 800,
      act: 'agentMessage',
      with: { conversation_id: conversation, content: 'Thanks! An agent will be with you shortly.', agent_name: 'Ada' },
    },
  ],
}

interface ChatwootMessage {
  id: number
  content: string | null
  message_type: number
  conversation_id: number
}

/**
 * Chatwoot's widget side of conversation 56: Rails' own ActionCable consumer, as Chatwoot's
 * frontends use it, on `wss://app.chatwoot.com/cable`, which msw intercepts in this window (the
 * window that started the worker; the service worker is not involved). Every `message.created` of
 * the docs' contact lands in the list: the contact's own, and the agent's answer.
 */
export async function startChatwootLive(
  list: HTMLElement,
  draw: (message: ChatwootMessage) => HTMLLIElement,
): Promise<void> {
  // Imported after worker.start(): ActionCable takes the WebSocket class when it is loaded.
  const ActionCable = await import('@rails/actioncable')
  ActionCable.adapters.WebSocket = window.WebSocket
  const consumer = ActionCable.createConsumer('wss://app.chatwoot.com/cable')
  await new Promise<void>((resolve) => {
    consumer.subscriptions.create(
      { channel: 'RoomChannel', pubsub_token: 'pubsub_token_example' },
      {
        connected: () => resolve(),
        received: ({ event, data }: { event: string; data: ChatwootMessage }) => {
          if (event !== 'message.created' || data.conversation_id !== 56) return
          const line = draw(data)
          const existing = list.querySelector(`li[data-id="${data.id}"]`)
          if (existing) existing.replaceWith(line)
          else list.append(line)
        },
      },
    )
  })
  list.dataset.live = 'true'
}
