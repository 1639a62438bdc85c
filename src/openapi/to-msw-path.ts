/** Turns an OpenAPI path template into an msw path pattern: `/chats/{chat_id}` → `/chats/:chat_id`. */
export function toMswPath(path: string): string {
  return path.replace(/\{([^}]+)\}/g, ':$1')
}
