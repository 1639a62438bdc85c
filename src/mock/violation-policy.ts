import { ContractError } from '../errors/contract-error.js'
import type { Issue, PlainResponse } from '../api/exchange.js'

/**
 * What happens when a response violates the spec, shaped like msw's `onUnhandledRequest`:
 * - `'error'` throws the ContractError (in-process: the request fails, and so does the test);
 * - `'warn'` logs one line and sends the response with an `x-chatmock-violations` header;
 * - a callback receives the error, and the response goes out with the header.
 */
export type ResponseViolationPolicy =
  | 'error'
  | 'warn'
  | ((error: ContractError, exchange: { method: string; path: string; response: PlainResponse }) => void)

export const VIOLATIONS_HEADER = 'x-chatmock-violations'

/**
 * Applies the policy to a response's violations: throws the ContractError (`'error'`), or logs one
 * line (`'warn'`) or calls back, and then returns the response with the violations header.
 */
export function applyViolationPolicy(
  policy: ResponseViolationPolicy,
  error: ContractError,
  exchange: { method: string; path: string; response: PlainResponse },
): PlainResponse {
  if (policy === 'error') throw error
  if (policy === 'warn') console.warn(describeViolationLine(error))
  else policy(error, exchange)
  return {
    ...exchange.response,
    headers: {
      ...exchange.response.headers,
      [VIOLATIONS_HEADER]: toViolationsHeader(error.issues.map((issue) => issue.message)),
    },
  }
}

/** The error of a response that breaks the spec; when it is the mock's refusal of a request, it also says what was wrong with the request. */
export function createResponseViolation(
  operationId: string,
  status: number,
  violations: Issue[],
  refusal: Issue[] | undefined,
): ContractError {
  const subject = refusal
    ? `The ${status} response of ${operationId} (the mock's answer to a request that breaks the spec: ${refusal.map((issue) => issue.message).join('; ')})`
    : undefined
  return new ContractError(operationId, status, violations, subject)
}

/** The one line the `'warn'` policy logs: `[chatmock] The 200 response of getNote violates the spec: body field "text" is required`. */
export function describeViolationLine(error: ContractError): string {
  return `${error.message.split('\n')[0]} ${error.issues.map((issue) => issue.message).join('; ')}`
}

/** The issues' messages as a header value: JSON, with anything outside ASCII escaped. */
function toViolationsHeader(messages: string[]): string {
  return JSON.stringify(messages).replace(
    /[\u007f-\uffff]/g,
    (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`,
  )
}
