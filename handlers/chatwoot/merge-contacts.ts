import type { ContactRecord, PublicMessage } from './generated/openapi.js'
import { renderContactSender } from './render.js'
import { saveConversation } from './save-conversation.js'
import type { ChatwootStore, PreviousChanges } from './store.js'

/** A message whose sender a merge changed, with that save's `previous_changes` (its `message.updated`). */
export interface MovedMessage {
  message: PublicMessage
  previousChanges: PreviousChanges
}

/**
 * ContactMergeAction: the mergee's conversations, the messages it sent (in any conversation) and
 * its contact inboxes move to the base contact, and the mergee is deleted, with what its deletion
 * takes along (`dependent: :destroy_async`): its CSAT responses. The moved conversations' new
 * contact is news for the agents only (`conversation.contact_changed`); each moved message is a
 * save that, once the whole update is done, sends `message.updated` to the contact: the caller
 * sends those.
 */
export function mergeContacts(
  store: ChatwootStore,
  base: ContactRecord,
  mergee: ContactRecord,
  time: Date,
): MovedMessage[] {
  // Copies: each update moves the record out of the group being read.
  for (const conversation of [...store.conversations.list('byContact', mergee.id)])
    saveConversation(store, conversation, { contact_id: base.id }, time)
  const sender = renderContactSender(base)
  const moved = [...store.messages.list('byContactSender', mergee.id)].map((message) => ({
    message,
    previousChanges: store.saveMessage(message.id, { sender }, time),
  }))
  for (const contactInbox of [...store.contactInboxes.list('byContact', mergee.id)])
    store.contactInboxes.update(contactInbox.id, { contact_id: base.id, updated_at: time.toISOString() })
  for (const response of [...store.csatResponses.list('byContact', mergee.id)]) store.csatResponses.remove(response.id)
  store.contacts.remove(mergee.id)
  return moved
}
