import type { Credential, FormFile, HeadersLike, Issue, RequestFailureReason } from '../api/exchange.js'
import type { Operation } from '../api/spec.js'

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

export interface ValidRequest {
  valid: true
  operation: Operation
  params: Record<string, unknown>
  query: Record<string, unknown>
  headers: Record<string, unknown>
  /** Cookie parameters, read from the `cookie` header. */
  cookies: Record<string, unknown>
  body: unknown
  credential: Credential | null
  /** The file parts of a multipart body (the body holds each as a binary string); absent when none. */
  files?: FormFile[]
}

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
