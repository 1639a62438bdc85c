/**
 * Vitest integration. Import once (for example in a setup file):
 * - `toMatchContract` checks a response or request against its operation;
 * - after each test, every response that broke its spec during the test (and so failed its
 *   request) fails the test, even when the code under test swallowed the error.
 *
 * @example
 * import 'chatmock/vitest'
 * await expect(await fetch(url)).toMatchContract('<api id>', '<operationId>')
 * @module
 */
import { afterEach, beforeEach, expect } from 'vitest'
import '../apis/index.js'
import { type ApiContract, contract } from './contract/contract.js'
import type { Issue, RequestInput, ResponseInput } from './contract/types.js'
import type { ApiRef, OperationIdOf } from './mock/types.js'
import { describeViolation, violationLog } from './mock/violation-log.js'
import { ChatmockError } from './errors/chatmock-error.js'
import { ErrorCodes } from './errors/error-codes.js'

interface ContractMatchers<R = unknown> {
  /** Passes when a response (or a request) is what the operation of the API declares. Await it. */
  toMatchContract<A extends ApiRef>(api: A, operationId: OperationIdOf<A>): Promise<R>
}

declare module 'vitest' {
  interface Assertion<T = any> extends ContractMatchers<T> {}
  interface AsymmetricMatchersContaining extends ContractMatchers {}
}

expect.extend({
  async toMatchContract(received: Response | Request | ResponseInput | RequestInput, api: ApiRef, operationId: string) {
    const isRequest = received instanceof Request || (!(received instanceof Response) && 'method' in received)
    const subject = isRequest ? 'request' : 'response'
    const checked: ApiContract = contract(api)
    const result = isRequest ? await checked.validateRequest(operationId, received as Request | RequestInput) : await checked.validateResponse(operationId, received as Response | ResponseInput)
    const issues = result.valid ? [] : result.issues
    const name = typeof api === 'string' ? api : api.id
    return {
      pass: result.valid,
      message: () =>
        result.valid
          ? `expected the ${subject} not to match ${name} ${operationId}, but it does`
          : `expected the ${subject} to match ${name} ${operationId}, but it has ${issues.length} issue${issues.length === 1 ? '' : 's'}:\n${issues.map(formatIssue).join('\n')}`,
    }
  },
})

// Only what broke during the test counts: anything recorded before it (another file's deliberate
// violation, in a worker that runs files one after the other) is not this test's.
beforeEach(() => void violationLog.take())

afterEach(() => {
  const violations = violationLog.take()
  if (violations.length === 0) return
  const count = violations.length === 1 ? 'a response' : `${violations.length} responses`
  throw new ChatmockError(ErrorCodes.RESPONSE_INVALID, `During this test ${count} broke the spec (chatmock failed the request${violations.length === 1 ? '' : 's'}):\n${violations.map((violation) => `  ${describeViolation(violation)}`).join('\n')}`)
})

function formatIssue(issue: Issue): string {
  return `  - ${issue.message}  [${issue.location} ${issue.pointer || '/'}, ${issue.keyword}]`
}
