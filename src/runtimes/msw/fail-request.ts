import { HttpResponse } from 'msw'
import type { ContractError } from '../../errors/contract-error.js'

/**
 * Fails an intercepted request the way msw's `onUnhandledRequest: 'error'` does: no response at
 * all, so the `fetch` of the code under test rejects, naming the operation, the status and every
 * issue; no stack trace or file path travels in a response. In Node, msw rejects the fetch with an
 * error shaped like a network error (`code` and `errno`), whose message and `cause` are chatmock's;
 * in the browser the page sees a network error and the console the message.
 */
export function failRequest(error: ContractError): Response {
  const message = `${error.message} (chatmock failed the request: the response breaks the spec)`
  if (typeof process !== 'undefined' && process.versions?.node !== undefined) {
    throw Object.assign(new TypeError(message), { cause: error, code: error.code, errno: 0 })
  }
  console.error(message)
  return HttpResponse.error()
}
