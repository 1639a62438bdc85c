import type { CompiledOperation } from '../contract/compile-operation.js'
import { renderRequestFailure } from '../contract/render-error.js'
import type { InvalidRequest } from '../contract/types.js'
import type { Answer } from './answer.js'
import { fitRefusal, type RefusalScope } from './fit-refusal.js'
import type { MockRequest } from './mock-request.js'

/**
 * The API's own answer to a request that breaks the spec (401, 415, 400/422 naming every issue),
 * in the shape the operation declares for that status, keeping why.
 */
export async function refuseRequest(
  scope: RefusalScope,
  compiled: CompiledOperation,
  request: MockRequest,
  failure: InvalidRequest,
): Promise<Answer> {
  const detail = failure.issues.map((issue) => issue.message).join('; ')
  const response = await fitRefusal(scope, compiled, request, renderRequestFailure(scope.api, failure), detail)
  return { response, refusal: failure.issues }
}
