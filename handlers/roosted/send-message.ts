import type { ChatListItem, ChatMember, ChatMessage } from './generated/openapi.js'
import type { RoostedStore } from './store.js'

/** Why a chat takes no new messages from any member, or undefined when it takes them. */
export function findSendRefusal(view: ChatListItem): string | undefined {
  return String(view.locked) === '1' ? `chat "${view.id}" is locked, so it takes no new messages` : undefined
}

/**
 * Sends a message in a chat as one of its members, the only way a message is ever sent (Send
 * message over HTTP, and another member's message from the other side): every member gets a copy,
 * read for the sender and unread for the others, whose unread counts grow by one, and every
 * member's view shows it as the chat's most recent message. The caller has checked that the
 * sender is a member and that the chat takes messages (findSendRefusal). Resolves to the
 * sender's copy.
 */
export async function sendMessage(
  store: RoostedStore,
  chatId: string,
  sender: ChatMember,
  text: string,
  sent: string,
): Promise<ChatMessage> {
  const id = store.allocateMessageId()
  for (const workerId of store.listMembers(chatId)) {
    await store.insertMessage(workerId, chatId, {
      id,
      message: text,
      sender_id: sender.id,
      sender_name: fullName(sender),
      date_created: sent,
      read: workerId === sender.id ? '1' : '0',
    })
    const member = store.getListItem(workerId, chatId)!
    store.updateView(workerId, chatId, {
      most_recent_message_id: id,
      last_message_timestamp: sent,
      message: text,
      name_first: sender.name_first,
      selected_picture_location: sender.selected_picture_location,
      ...(workerId === sender.id ? {} : { unread_count: String(Number(member.unread_count) + 1) }),
    })
  }
  return store.getMessage(sender.id, id)!
}

/** A worker's first and last name, as messages and default chat names show it. */
export function fullName(worker: ChatMember): string {
  return `${worker.name_first} ${worker.name_last}`
}
