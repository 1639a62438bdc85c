import type { ContractError } from '../errors/contract-error.js'

/** A response that broke its spec and failed the request that received it (policy `'error'`). */
export interface Violation {
  /** Which in-process runtime answered. */
  runtime: symbol
  method: string
  url: string
  error: ContractError
}

const violations: Violation[] = []
/** Kept when nobody takes them (a runner without the vitest integration): memory stays bounded. */
const MAX_KEPT = 1000

/**
 * Every violation that failed a request in this process since the last clear. `chatmock/vitest`
 * and `chatmock/jest` fail the test that caused them; `chatmock.violations()` lists a runtime's
 * own for other runners.
 */
export const violationLog = {
  record(violation: Violation): void {
    if (violations.push(violation) > MAX_KEPT) violations.shift()
  },
  list(runtime?: symbol): Violation[] {
    return runtime === undefined ? [...violations] : violations.filter((violation) => violation.runtime === runtime)
  },
  /** Empties the log (of one runtime's violations, or all) and returns what it held. */
  take(runtime?: symbol): Violation[] {
    const taken = violationLog.list(runtime)
    for (const violation of taken) violations.splice(violations.indexOf(violation), 1)
    return taken
  },
}

/** A violation in one line per issue: `GET https://… getChat 200: body field "id" must be integer (got "1")`. */
export function describeViolation({ method, url, error }: Violation): string {
  return `${method} ${url} → ${error.operationId} ${error.status}:\n${error.issues.map((issue) => `    - ${issue.message}`).join('\n')}`
}
