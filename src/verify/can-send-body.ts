/** Whether a request of this method may carry a body: fetch refuses one on GET and HEAD. */
export function canSendBody(method: string): boolean {
  const upper = method.toUpperCase()
  return upper !== 'GET' && upper !== 'HEAD'
}
