import type { Issue, PlainResponse, RequestFailureReason } from './types.js'

/** How an API renders the errors its clients see: which status each failure gets, and the body. */
export interface ErrorStyle {
  name: string
  /** The status of each kind of request failure (400 for invalid input, 401, 404, 405, 415). */
  status: Record<RequestFailureReason, number>
  render(status: number, detail: string, issues: Issue[]): PlainResponse
}

/** The usual statuses, which a style changes where its API differs (Rails answers invalid input with 422). */
export const DEFAULT_FAILURE_STATUS: Record<RequestFailureReason, number> = {
  invalid: 400,
  unauthorized: 401,
  'not-found': 404,
  'method-not-allowed': 405,
  'unsupported-media-type': 415,
}

export function jsonResponse(status: number, body: unknown): PlainResponse {
  return { status, headers: { 'content-type': 'application/json' }, body }
}
