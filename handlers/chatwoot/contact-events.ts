import type { Publish } from '../../src/api/publish.js'
import type { PublicMessage, PublicMessageSender } from './generated/openapi.js'
import { renderConversationPushData, renderMessageEvent } from './push-data.js'
import { ACCOUNT, type ChatwootStore, type ConversationRecord } from './store.js'

/**
 * What a contact's ActionCable subscription receives (specs/chatwoot.asyncapi.yaml), sent to the
 * `pubsub_token` of the conversation's contact inbox, as Chatwoot's `ActionCableListener` sends it.
 */
export function createContactEvents(store: ChatwootStore, publish: Publish) {
  const topicOf = (conversation: ConversationRecord) =>
    store.contactInboxes.get(conversation.contact_inbox_id)!.pubsub_token

  return {
    /** `message.created` or `message.updated`; a private note or an activity message never reaches the contact. */
    message(
      name: 'message.created' | 'message.updated',
      message: PublicMessage,
      extras: { updatedAt?: Date; echoId?: string; performer?: PublicMessageSender } = {},
    ): void {
      if (message.message_type === 2 || store.isPrivate(message.id)) return
      const conversation = store.conversations.get(message.conversation_id)!
      publish(topicOf(conversation), name, renderMessageEvent(store, message, extras))
    },

    /** `conversation.created` or `conversation.status_changed`: the conversation as it is now. */
    conversation(name: 'conversation.created' | 'conversation.status_changed', conversation: ConversationRecord): void {
      publish(topicOf(conversation), name, {
        ...renderConversationPushData(store, conversation),
        account_id: ACCOUNT.id,
      })
    },

    /** An agent's `conversation.typing_on` or `conversation.typing_off` (the contact's own typing never comes back to it). */
    typing(
      name: 'conversation.typing_on' | 'conversation.typing_off',
      conversation: ConversationRecord,
      agent: PublicMessageSender,
    ): void {
      publish(topicOf(conversation), name, {
        conversation: renderConversationPushData(store, conversation),
        user: agent,
        is_private: false,
        account_id: ACCOUNT.id,
        performer: agent,
      })
    },
  }
}
