export type Verdict = 'pass' | 'warn' | 'fail' | 'skip'

/** One request verify sent (or skipped), and what it found. */
export interface VerifyCase {
  operationId: string
  /** `positive: spec example`, `negative: no credentials`, … */
  case: string
  method: string
  url: string
  /** A positive case's status: its named example set's (`201`), or `2xx`; `declared 4xx` for negative ones. */
  expected: string
  /** The status, or `timeout`, `network error`, `-` when skipped. */
  got: string
  verdict: Verdict
  /** Every problem, spelled out. */
  issues: string[]
  durationMs: number
}

export interface VerifyReport {
  api: string
  baseUrl: string
  startedAt: string
  durationMs: number
  passed: boolean
  counts: Record<Verdict, number>
  /** How many valid requests got the status they expected; a run where none did verified nothing and fails. */
  verified: number
  cases: VerifyCase[]
  /** What the results suggest is wrong with the run itself, e.g. a base URL without the API's prefix. */
  hint?: string
}

/** A request verify is about to send, in parts it can mutate one at a time. */
export interface DraftRequest {
  /** Parameter values by name, written as each parameter's style says when sent. */
  path: Record<string, unknown>
  query: Record<string, unknown>
  header?: Record<string, unknown>
  /** Sent in a `Cookie` header, after the one `headers` may carry. */
  cookie?: Record<string, unknown>
  /** Sent as they are: the run's own (credentials), lower-cased names. */
  headers: Record<string, string>
  /** The value to send; `undefined` for no body. Binary parts are bytes. */
  body?: unknown
  /** The request body's media type, a key of the operation's `content` (default `application/json`). */
  mediaType?: string
  /** Text sent as the body as it is, instead of `body` (e.g. malformed JSON). */
  rawBody?: string
}
