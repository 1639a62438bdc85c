import type { ChatwootStore, ConversationRecord, PreviousChanges } from './store.js'

type Columns = Partial<
  Pick<
    ConversationRecord,
    'status' | 'contact_last_seen_at' | 'first_reply_created_at' | 'waiting_since' | 'custom_attributes' | 'contact_id'
  >
>

/**
 * Saves a conversation's changed columns as Rails' `save` does: a value equal to the stored one is
 * no change, and a save that changes something touches `updated_at`. Answers the save's
 * `previous_changes`, from which the contact's events follow (ContactEvents.saved).
 */
export function saveConversation(
  store: ChatwootStore,
  conversation: ConversationRecord,
  columns: Columns,
  time: Date,
): PreviousChanges {
  const previous: PreviousChanges = {}
  for (const [column, value] of Object.entries(columns) as Array<[keyof Columns, unknown]>) {
    if (JSON.stringify(value) !== JSON.stringify(conversation[column])) previous[column] = [conversation[column], value]
  }
  if (Object.keys(previous).length === 0) return previous
  const updatedAt = time.toISOString()
  previous.updated_at = [conversation.updated_at, updatedAt]
  store.conversations.update(conversation.display_id, { ...columns, updated_at: updatedAt })
  return previous
}
