import type { PublicMessage, PublicMessageSender } from './generated/openapi.js'
import { listChatMessages, renderContactSender, renderMessage } from './render.js'
import { ACCOUNT, type ChatwootStore, type ConversationRecord, type PreviousChanges } from './store.js'

/** Chatwoot counts at most this many unread messages (`unread_incoming_messages.last(10)`). */
const UNREAD_COUNTED = 10

/** The model behind each kind of sender (`sender_type`). */
const SENDER_TYPES: Record<PublicMessageSender['type'], string> = {
  contact: 'Contact',
  user: 'User',
  agent_bot: 'AgentBot',
  captain_assistant: 'Captain::Assistant',
}

/** An agent as Chatwoot renders a user in events and as a message's sender (`User#push_event_data`). */
export function renderAgent(agent: { id: number; name: string }): PublicMessageSender {
  return {
    id: agent.id,
    name: agent.name,
    available_name: agent.name,
    avatar_url: '',
    type: 'user',
    availability_status: 'online',
    thumbnail: '',
  }
}

/**
 * `Message#push_event_data`, as the events of specs/chatwoot.asyncapi.yaml carry it (`MessageEvent`):
 * the message's columns (its stored `status`, `updated_at` to the millisecond), its conversation's
 * summary and its sender; on `message.updated` the save's `previous_changes`, as the listener merges them.
 */
export function renderMessageEvent(
  store: ChatwootStore,
  message: PublicMessage,
  extras: { echoId?: string; performer?: PublicMessageSender; previousChanges?: PreviousChanges } = {},
) {
  const conversation = store.conversations.get(message.conversation_id)!
  const { sender, attachments, ...rendered } = renderMessage(store, message)
  return {
    ...rendered,
    account_id: ACCOUNT.id,
    inbox_id: conversation.inbox_id,
    updated_at: store.getMessageTimes(message.id).updated_at,
    private: false as const,
    status: store.getMessageStatus(message.id),
    source_id: null,
    sender_type: sender ? SENDER_TYPES[sender.type] : null,
    sender_id: sender?.id ?? null,
    external_source_ids: {},
    additional_attributes: {},
    processed_message_content: message.content,
    sentiment: {},
    conversation: {
      assignee_id: null,
      unread_count: countUnread(store, conversation),
      last_activity_at: lastActivityAt(store, conversation),
      contact_inbox: { source_id: store.contactInboxes.get(conversation.contact_inbox_id)!.source_id },
    },
    ...(extras.echoId !== undefined ? { echo_id: extras.echoId } : {}),
    ...(attachments ? { attachments } : {}),
    ...(sender ? { sender } : {}),
    ...(extras.previousChanges ? { previous_changes: extras.previousChanges } : {}),
    ...(extras.performer ? { performer: extras.performer } : {}),
  }
}

/**
 * `Conversations::EventDataPresenter#push_data` (`ConversationPushData`), in its key order. The SLA
 * fields that Chatwoot's enterprise edition adds when the account has SLAs on are never sent: the mock has none.
 */
export function renderConversationPushData(store: ChatwootStore, conversation: ConversationRecord) {
  const contactInbox = store.contactInboxes.get(conversation.contact_inbox_id)!
  const latest = listChatMessages(store, conversation.display_id).at(-1)
  const lastActivity = lastActivityAt(store, conversation)
  return {
    additional_attributes: {},
    can_reply: true,
    channel: 'Channel::Api',
    contact_inbox: { ...contactInbox },
    id: conversation.display_id,
    inbox_id: conversation.inbox_id,
    messages: latest ? [renderMessageEvent(store, latest)] : [],
    labels: [],
    meta: {
      sender: renderContactSender(store.contacts.get(conversation.contact_id)!),
      assignee: null,
      assignee_type: null,
      team: null,
      hmac_verified: contactInbox.hmac_verified,
    },
    status: conversation.status,
    custom_attributes: conversation.custom_attributes,
    snoozed_until: null,
    unread_count: countUnread(store, conversation),
    first_reply_created_at: conversation.first_reply_created_at,
    priority: null,
    waiting_since: conversation.waiting_since ?? 0,
    agent_last_seen_at: conversation.agent_last_seen_at ?? 0,
    contact_last_seen_at: conversation.contact_last_seen_at ?? 0,
    last_activity_at: lastActivity,
    timestamp: lastActivity,
    created_at: conversation.created_at,
    // `updated_at.to_f`: fractional Unix seconds.
    updated_at: Date.parse(conversation.updated_at) / 1000,
  }
}

/** The contact's messages the agents have not seen (`unread_incoming_messages`): after `agent_last_seen_at`, at most 10. */
function countUnread(store: ChatwootStore, conversation: ConversationRecord): number {
  const messages = store.listMessages(conversation.display_id)
  const seen = conversation.agent_last_seen_at
  let count = 0
  // Oldest first: walk back from the newest until the agents' last look.
  for (let i = messages.length - 1; i >= 0 && count < UNREAD_COUNTED; i--) {
    const message = messages[i]!
    if (seen !== null && message.created_at <= seen) break
    if (message.message_type === 0) count++
  }
  return count
}

/** The time of the conversation's latest message, or of its creation when it has none. */
function lastActivityAt(store: ChatwootStore, conversation: ConversationRecord): number {
  return store.listMessages(conversation.display_id).at(-1)?.created_at ?? conversation.created_at
}
