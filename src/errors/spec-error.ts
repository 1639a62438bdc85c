import { ChatmockError } from './chatmock-error.js'
import type { ErrorCode } from './error-codes.js'

/** A spec that cannot be used as it is, or a name (API, operation) that no spec declares. */
export class SpecError extends ChatmockError {
  constructor(code: ErrorCode, message: string, options?: ErrorOptions) {
    super(code, message, options)
    this.name = 'SpecError'
  }
}
