/** The topic of a chat's events: what its message stream listens to. */
export function chatTopic(chatId: number): string {
  return `chats/${chatId}`
}
