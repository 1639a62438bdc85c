import type { PlainResponse } from '../contract/types.js'
import type { ApiSpec, Operation } from '../spec/types.js'
import { buildDeclaredResponse } from './steer-response.js'

/** The answer of an operation that has no resolver: its declared success response, from its first example. */
export function answerFromSpec(_api: ApiSpec, operation: Operation): PlainResponse {
  const status = Object.keys(operation.responses).find((key) => /^2/.test(key)) ?? Object.keys(operation.responses)[0]!
  return buildDeclaredResponse(operation, status) ?? { status: Number(status) || 200, headers: {} }
}
