import type { Issue } from '../api/exchange.js'
import { ChatmockError } from './chatmock-error.js'
import { ErrorCodes } from './error-codes.js'

/**
 * A response (or a real-time event) that violates its spec: a handler, a fixture or an override
 * has drifted from the contract.
 */
export class ContractError extends ChatmockError {
  /** The operation whose response broke the spec; for an event, the event's name. */
  readonly operationId: string
  /** The status of the response that broke the spec; 0 for an event. */
  readonly status: number
  readonly issues: Issue[]

  constructor(
    operationId: string,
    status: number,
    issues: Issue[],
    subject = `The ${status} response of ${operationId}`,
  ) {
    super(
      ErrorCodes.RESPONSE_INVALID,
      `${subject} violates the spec:\n${issues.map((issue) => `  - ${issue.message}`).join('\n')}`,
    )
    this.name = 'ContractError'
    this.operationId = operationId
    this.status = status
    this.issues = issues
  }
}

/** An event that its API's AsyncAPI document does not declare, or whose payload breaks its schema. */
export function createEventContractError(api: string, name: string, issues: Issue[]): ContractError {
  return new ContractError(name, 0, issues, `The event "${name}" of ${api}`)
}
