import type { PlainResponse, RequestFailureReason } from '../api/exchange.js'

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
