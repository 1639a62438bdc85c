import type { Issue } from '../contract/types.js'
import { ChatmockError } from './chatmock-error.js'
import { ErrorCodes } from './error-codes.js'

/** A response that violates its spec: a handler, a fixture or an override has drifted from the contract. */
export class ContractError extends ChatmockError {
  readonly operationId: string
  /** The status of the response that broke the spec. */
  readonly status: number
  readonly issues: Issue[]

  constructor(operationId: string, status: number, issues: Issue[]) {
    super(ErrorCodes.RESPONSE_INVALID, `The ${status} response of ${operationId} violates the spec:\n${issues.map((issue) => `  - ${issue.message}`).join('\n')}`)
    this.name = 'ContractError'
    this.operationId = operationId
    this.status = status
    this.issues = issues
  }
}
