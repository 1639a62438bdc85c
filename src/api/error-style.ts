import type { Issue, PlainResponse, RequestFailureReason } from './exchange.js'

/** How an API renders the errors its clients see: which status each failure gets, and the body. */
export interface ErrorStyle {
  name: string
  /** The status of each kind of request failure (400 for invalid input, 401, 404, 405, 415). */
  status: Record<RequestFailureReason, number>
  render(status: number, detail: string, issues: Issue[]): PlainResponse
}
