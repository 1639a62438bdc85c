export type IssueLocation = 'path' | 'query' | 'header' | 'cookie' | 'body' | 'security' | 'status'

/** One violation of the contract, said so that a person can act on it. */
export interface Issue {
  location: IssueLocation
  /** A JSON pointer inside the location: `/per_page`, `/members/0`, `` for the whole body. */
  pointer: string
  /** The JSON Schema keyword (or chatmock check) that failed: `maximum`, `required`, `contentType`… */
  keyword: string
  message: string
}

export type HeadersLike =
  Headers | Record<string, string | readonly string[] | undefined> | Iterable<readonly [string, string]>

/** The credential that satisfied the operation's security, if it asks for one. */
export interface Credential {
  scheme: string
  value: string
}

export type RequestFailureReason =
  'not-found' | 'method-not-allowed' | 'unauthorized' | 'unsupported-media-type' | 'invalid'

/**
 * A file part of a multipart body, as a resolver receives it (`files`) beside the body, where the
 * same part is its bytes as a binary string (what a `format: binary` schema checks).
 */
export interface FormFile {
  /** The part's field name as sent (`attachments[]`). */
  field: string
  filename: string
  /** The part's own `Content-Type` (`application/octet-stream` when it names none). */
  contentType: string
  bytes: Uint8Array
}

/** A response in the small runtime-neutral shape every shell (msw, Express) adapts. */
export interface PlainResponse {
  status: number
  headers: Record<string, string>
  /** A JSON value, serialized by the shell (a string as it is under a media type that is not JSON; bytes as they are); `undefined` for no body. */
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
