import type { Issue } from '../api/exchange.js'
import { ChatmockError } from './chatmock-error.js'
import type { ErrorCode } from './error-codes.js'

/** A record the store refuses: one the spec would reject, a duplicate key, or a full table. */
export class StoreError extends ChatmockError {
  readonly issues: Issue[]

  constructor(code: ErrorCode, message: string, issues: Issue[] = []) {
    super(code, issues.length > 0 ? `${message}\n${issues.map((issue) => `  - ${issue.message}`).join('\n')}` : message)
    this.name = 'StoreError'
    this.issues = issues
  }
}
