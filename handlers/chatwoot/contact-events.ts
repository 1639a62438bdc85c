import type { Publish } from '../../src/api/publish.js'
import type { PublicMessage, PublicMessageSender } from './generated/openapi.js'
import { renderConversationPushData, renderMessageEvent } from './push-data.js'
import { ACCOUNT, type ChatwootStore, type ConversationRecord, type PreviousChanges } from './store.js'

/** The columns whose change sends `conversation.updated` (`Conversation#list_of_keys`). */
const UPDATE_EVENT_COLUMNS = new Set([
  'team_id',
  'assignee_id',
  'assignee_agent_bot_id',
  'status',
  'snoozed_until',
  'custom_attributes',
  'label_list',
  'waiting_since',
  'first_reply_created_at',
  'priority',
])

/**
 * What a contact's ActionCable subscription receives (specs/chatwoot.asyncapi.yaml), as Chatwoot's
 * `ActionCableListener` sends it: to the `pubsub_token` of the conversation's contact inbox or, when
 * identity validation verified that contact inbox, to every verified contact inbox of the contact
 * (`contact_inbox_tokens`). When an agent's action caused the event, `performer` is that agent.
 */
export function createContactEvents(store: ChatwootStore, publish: Publish) {
  const topicsOf = (conversation: ConversationRecord): string[] => {
    const contactInbox = store.contactInboxes.get(conversation.contact_inbox_id)!
    return contactInbox.hmac_verified ? store.listVerifiedTokens(contactInbox.contact_id) : [contactInbox.pubsub_token]
  }
  const publishConversation = (name: string, conversation: ConversationRecord, performer?: PublicMessageSender) => {
    const data = {
      ...renderConversationPushData(store, conversation),
      account_id: ACCOUNT.id,
      ...(performer ? { performer } : {}),
    }
    for (const topic of topicsOf(conversation)) publish(topic, name, data)
  }

  return {
    /**
     * `message.created` or `message.updated` (with the save's `previous_changes`); a private note or
     * an activity message never reaches the contact.
     */
    message(
      name: 'message.created' | 'message.updated',
      message: PublicMessage,
      extras: { echoId?: string; performer?: PublicMessageSender; previousChanges?: PreviousChanges } = {},
    ): void {
      if (message.message_type === 2 || store.isPrivate(message.id)) return
      const conversation = store.conversations.get(message.conversation_id)!
      const data = renderMessageEvent(store, message, extras)
      for (const topic of topicsOf(conversation)) publish(topic, name, data)
    },

    /** `conversation.created`: the conversation as it is now. */
    created(conversation: ConversationRecord): void {
      publishConversation('conversation.created', conversation)
    },

    /**
     * What a save of the conversation sends, in Rails' order (`execute_after_update_commit_callbacks`):
     * `conversation.status_changed` when the status changed, then `conversation.updated` when one of
     * the columns the agents' views follow changed. Both carry the conversation as it is now.
     */
    saved(conversation: ConversationRecord, changes: PreviousChanges, performer?: PublicMessageSender): void {
      const columns = Object.keys(changes)
      if (columns.includes('status')) publishConversation('conversation.status_changed', conversation, performer)
      if (columns.some((column) => UPDATE_EVENT_COLUMNS.has(column)))
        publishConversation('conversation.updated', conversation, performer)
    },

    /**
     * An agent's `conversation.typing_on` or `conversation.typing_off`, to the conversation's own
     * contact inbox only (`typing_event_listener_tokens`); the contact's own typing never comes back to it.
     */
    typing(
      name: 'conversation.typing_on' | 'conversation.typing_off',
      conversation: ConversationRecord,
      agent: PublicMessageSender,
    ): void {
      publish(store.contactInboxes.get(conversation.contact_inbox_id)!.pubsub_token, name, {
        conversation: renderConversationPushData(store, conversation),
        user: agent,
        is_private: false,
        account_id: ACCOUNT.id,
        performer: agent,
      })
    },
  }
}
