import type { Operation } from '../spec/types.js'

export type IssueLocation = 'path' | 'query' | 'header' | 'body' | 'security' | 'status'

/** One violation of the contract, said so that a person can act on it. */
export interface Issue {
  location: IssueLocation
  /** A JSON pointer inside the location: `/per_page`, `/members/0`, `` for the whole body. */
  pointer: string
  /** The JSON Schema keyword (or chatmock check) that failed: `maximum`, `required`, `contentType`… */
  keyword: string
  message: string
}

export type HeadersLike = Headers | Record<string, string | readonly string[] | undefined> | Iterable<readonly [string, string]>

export interface RequestInput {
  method: string
  /** An absolute URL under the documented server URL, or a URL or path under the API's mount prefix. */
  url: string
  headers?: HeadersLike
  /** The raw text of the body, or a value already parsed from it. */
  body?: unknown
}

export interface ResponseInput {
  status: number
  headers?: HeadersLike
  /** The raw text of the body, or a value already parsed from it; `undefined` or `''` for none. */
  body?: unknown
}

/** The credential that satisfied the operation's security, if it asks for one. */
export interface Credential {
  scheme: string
  value: string
}

export interface ValidRequest {
  valid: true
  operation: Operation
  params: Record<string, unknown>
  query: Record<string, unknown>
  headers: Record<string, unknown>
  body: unknown
  credential: Credential | null
}

export type RequestFailureReason = 'not-found' | 'method-not-allowed' | 'unauthorized' | 'unsupported-media-type' | 'invalid'

export interface InvalidRequest {
  valid: false
  reason: RequestFailureReason
  /** The matched operation; absent when no operation matches the method and path. */
  operation?: Operation
  /** The methods the path accepts, for a 405's `Allow` header. */
  allow?: string[]
  issues: Issue[]
}

export type RequestValidationResult = ValidRequest | InvalidRequest

export type ResponseValidationResult = { valid: true } | { valid: false; issues: Issue[] }

/** A response in the small runtime-neutral shape every shell (msw, Express) adapts. */
export interface PlainResponse {
  status: number
  headers: Record<string, string>
  /** A JSON value, serialized by the shell; `undefined` for no body. */
  body?: unknown
  /** A simulated network failure: the shell sends no response at all (a fault). */
  networkError?: true
  /** A body that keeps coming (Server-Sent Events): the shell sends it instead of `body`. */
  stream?: ResponseStream
}

/**
 * A body sent a piece at a time for as long as the client listens. The shell calls `start` once
 * with where to write; `start` returns what the shell calls when the client goes away.
 */
export interface ResponseStream {
  start(sink: StreamSink): () => void
}

export interface StreamSink {
  write(text: string): void
  /** Ends the body normally. */
  end(): void
  /** Breaks the connection, as a network failure would (a fault). */
  abort(): void
  /** Bytes written and not yet taken by the client. */
  buffered(): number
}
