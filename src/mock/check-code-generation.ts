import { describeEvalBlocked } from '../contract/get-contract.js'
import { ErrorCodes } from '../errors/error-codes.js'
import { SpecError } from '../errors/spec-error.js'
import type { Api } from '../api/api.js'

/**
 * An API without precompiled validators compiles them on first use, which needs code generation:
 * in a page whose Content-Security-Policy forbids 'unsafe-eval', say so at start, not at the first
 * request.
 */
export function checkCodeGeneration(apis: readonly Api[]): void {
  const compiled = apis.find((api) => api.validators === undefined)
  if (!compiled) return
  try {
    new Function('return 0')()
  } catch (error) {
    if (error instanceof EvalError)
      throw new SpecError(ErrorCodes.UNSAFE_EVAL_BLOCKED, describeEvalBlocked(compiled.id), { cause: error })
    throw error
  }
}
