import { matchContract } from '../contract/match-contract.js'
import { ChatmockError } from '../errors/chatmock-error.js'
import { ErrorCodes } from '../errors/error-codes.js'
import { describeViolation, violationLog } from '../mock/violation-log.js'

/** What chatmock needs of a test runner (vitest's and Jest's globals both have it). */
export interface TestRunner {
  expect: { extend(matchers: { toMatchContract: typeof matchContract }): void }
  beforeEach(hook: () => void): void
  afterEach(hook: () => void): void
}

/**
 * Adds `toMatchContract` to the runner's `expect`, and fails, after each test, the test during
 * which a response broke its spec (and so failed its request), even when the code under test
 * swallowed the error.
 */
export function registerTestHooks({ expect, beforeEach, afterEach }: TestRunner): void {
  expect.extend({ toMatchContract: matchContract })
  // Only what broke during the test counts: anything recorded before it (another file's deliberate
  // violation, in a worker that runs files one after the other) is not this test's.
  beforeEach(() => void violationLog.take())
  afterEach(() => {
    const violations = violationLog.take()
    if (violations.length === 0) return
    const count = violations.length === 1 ? 'a response' : `${violations.length} responses`
    throw new ChatmockError(
      ErrorCodes.RESPONSE_INVALID,
      `During this test ${count} broke the spec (chatmock failed the request${violations.length === 1 ? '' : 's'}):\n${violations.map((violation) => `  ${describeViolation(violation)}`).join('\n')}`,
    )
  })
}
