import { type ApiContract, contract } from './contract.js'
import type { RequestInput, ResponseInput } from './types.js'
import type { Issue } from '../api/exchange.js'
import type { ApiRef, OperationIdOf } from '../api/api.js'
import { importApi } from '../openapi/catalog.js'

/** The matcher as the runners' `expect` declares it (chatmock/vitest, chatmock/jest). */
export interface ContractMatchers<R> {
  /** Passes when a response (or a request) is what the operation of the API declares. Await it. */
  toMatchContract<A extends ApiRef>(api: A, operationId: OperationIdOf<A>): Promise<R>
}

/**
 * `toMatchContract`, for any runner's `expect.extend`: passes when a response (or a request) is
 * what the operation of the API declares, and otherwise names every issue.
 */
export async function matchContract(
  received: Response | Request | ResponseInput | RequestInput,
  api: ApiRef,
  operationId: string,
): Promise<{ pass: boolean; message: () => string }> {
  const isRequest = received instanceof Request || (!(received instanceof Response) && 'method' in received)
  const subject = isRequest ? 'request' : 'response'
  // A built-in API named by id loads here, as the call waits anyway.
  const checked: ApiContract = contract(await importApi(api))
  const result = isRequest
    ? await checked.validateRequest(operationId, received as Request | RequestInput)
    : await checked.validateResponse(operationId, received as Response | ResponseInput)
  const issues = result.valid ? [] : result.issues
  const name = typeof api === 'string' ? api : api.id
  return {
    pass: result.valid,
    message: () =>
      result.valid
        ? `expected the ${subject} not to match ${name} ${operationId}, but it does`
        : `expected the ${subject} to match ${name} ${operationId}, but it has ${issues.length} issue${issues.length === 1 ? '' : 's'}:\n${issues.map(formatIssue).join('\n')}`,
  }
}

function formatIssue(issue: Issue): string {
  return `  - ${issue.message}  [${issue.location} ${issue.pointer || '/'}, ${issue.keyword}]`
}
