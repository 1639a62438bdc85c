import { StoreError } from '../../src/errors/store-error.js'
import { isFlooded } from './flood-limit.js'
import type { PublicMessage } from './generated/openapi.js'
import type { ChatwootStore, ConversationRecord, StoredInbox } from './store.js'
import { toUnixSeconds } from './unix-seconds.js'
import { isOutOfOffice } from './working-hours.js'

const DAY = 86_400

/**
 * `MessageTemplates::HookExecutionService`, run after a contact's (incoming) message: first the
 * out-of-office message (`Template::OutOfOffice`), then the greeting (`Template::Greeting`), each a
 * template message (`message_type` 3, `content_type` `text`, no sender) whose content is the
 * inbox's text. Answers the messages sent, in that order. As on the server, an out-of-office
 * message just sent is a template message, so the greeting does not follow it; and a template the
 * store cannot take (the flood limit, a full table) is not sent, the contact's message stands.
 */
export async function sendMessageTemplates(
  store: ChatwootStore,
  conversation: ConversationRecord,
  time: Date,
): Promise<PublicMessage[]> {
  const inbox = store.getInboxById(conversation.inbox_id)!
  const sent: PublicMessage[] = []
  if (shouldSendOutOfOffice(store, inbox, conversation, time)) {
    const message = await sendTemplate(store, conversation, inbox.out_of_office_message!, time)
    if (message) sent.push(message)
  }
  if (shouldSendGreeting(store, inbox, conversation)) {
    const message = await sendTemplate(store, conversation, inbox.greeting_message!, time)
    if (message) sent.push(message)
  }
  return sent
}

/**
 * `should_send_out_of_office_message?`: no agent answered publicly in the last 5 minutes, the inbox
 * is out of office, the conversation had no template message today (UTC), and the inbox has the
 * text. Walks back from the newest message, no further than the start of today.
 */
function shouldSendOutOfOffice(
  store: ChatwootStore,
  inbox: StoredInbox,
  conversation: ConversationRecord,
  time: Date,
): boolean {
  if (!isPresent(inbox.out_of_office_message) || !isOutOfOffice(inbox, time)) return false
  const now = toUnixSeconds(time)
  const startOfToday = now - (now % DAY)
  const answeredSince = time.getTime() - 5 * 60_000
  const oldest = Math.min(startOfToday, Math.floor(answeredSince / 1000))
  const messages = store.listMessages(conversation.display_id)
  for (let i = messages.length - 1; i >= 0 && messages[i]!.created_at >= oldest; i--) {
    const message = messages[i]!
    const createdAt = Date.parse(store.getMessageTimes(message.id).created_at)
    if (message.message_type === 1 && !store.isPrivate(message.id) && createdAt > answeredSince) return false
    if (message.message_type === 3 && message.created_at >= startOfToday && message.created_at < startOfToday + DAY)
      return false
  }
  return true
}

/** `should_send_greeting?`: the conversation has no outgoing or template message yet, and the inbox greets with a text. */
function shouldSendGreeting(store: ChatwootStore, inbox: StoredInbox, conversation: ConversationRecord): boolean {
  return (
    inbox.greeting_enabled && isPresent(inbox.greeting_message) && !store.hasReplyOrTemplate(conversation.display_id)
  )
}

async function sendTemplate(
  store: ChatwootStore,
  conversation: ConversationRecord,
  content: string,
  time: Date,
): Promise<PublicMessage | undefined> {
  if (isFlooded(store, conversation.display_id, time)) return undefined
  try {
    return await store.insertMessage({
      id: store.allocateMessageId(),
      content,
      message_type: 3,
      content_type: 'text',
      content_attributes: {},
      created_at: toUnixSeconds(time),
      created_at_ms: time.getTime(),
      conversation_id: conversation.display_id,
    })
  } catch (error) {
    // The template services rescue what fails (ChatwootExceptionTracker) and go on.
    if (error instanceof StoreError) return undefined
    throw error
  }
}

/** Rails' `present?` of a text: not null and not only whitespace. */
function isPresent(text: string | null | undefined): text is string {
  return typeof text === 'string' && text.trim() !== ''
}
