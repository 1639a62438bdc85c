import type { ErrorCode } from './error-codes.js'

/** Base of every error a developer must fix; `code` is stable and documented in docs/reference/errors.md. */
export class ChatmockError extends Error {
  readonly code: ErrorCode

  constructor(code: ErrorCode, message: string, options?: ErrorOptions) {
    super(`[chatmock] ${message}`, options)
    this.name = 'ChatmockError'
    this.code = code
  }
}

export function isChatmockError(value: unknown): value is ChatmockError {
  return value instanceof ChatmockError
}
