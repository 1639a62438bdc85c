import type { ChatwootStore } from './store.js'

/** `Limits.conversation_message_per_minute_limit`: Chatwoot's default of `CONVERSATION_MESSAGE_PER_MINUTE_LIMIT`. */
const MESSAGES_PER_MINUTE = 200

/** What the server answers a message over the limit with (`errors.add(:base, 'Too many messages')`, a RecordInvalid). */
export const TOO_MANY_MESSAGES = { message: 'Too many messages', attributes: ['base'] }

/**
 * `Message#prevent_message_flooding`: whether the conversation already holds the limit of messages
 * (of any kind, private notes included) made in the last minute (`created_at >= 1.minute.ago`, to
 * the millisecond). Walks back from the newest message, no further than the minute and the limit.
 */
export function isFlooded(store: ChatwootStore, displayId: number, now: Date): boolean {
  const since = now.getTime() - 60_000
  const sinceSecond = Math.floor(since / 1000)
  const messages = store.listMessages(displayId)
  // Those being made by concurrent requests count too: they are made now.
  let count = store.countMessagesUnderway(displayId)
  if (count >= MESSAGES_PER_MINUTE) return true
  for (let i = messages.length - 1; i >= 0 && messages[i]!.created_at >= sinceSecond; i--) {
    if (Date.parse(store.getMessageTimes(messages[i]!.id).created_at) >= since && ++count >= MESSAGES_PER_MINUTE)
      return true
  }
  return false
}
