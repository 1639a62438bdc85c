import type { Issue } from '../api/exchange.js'
import type { CompiledOperation } from '../contract/compile-operation.js'
import type { Answer } from './answer.js'
import { answerFromSpec } from './answer-from-spec.js'
import { type Preference, steerResponse } from './behaviours/steer-response.js'
import type { MockRequest } from './mock-request.js'
import { refuseRequest } from './refuse-request.js'
import type { RefusalScope } from './fit-refusal.js'

/**
 * The answer a `Prefer` header steers to, instead of the resolver's: a status alone is answered as
 * the spec answers it (an example that keeps its schema, else generated data), a named example as
 * declared; a status or example the operation does not declare is refused, naming those it does.
 */
export async function answerPreference(
  scope: RefusalScope,
  compiled: CompiledOperation,
  request: MockRequest,
  params: Readonly<Record<string, unknown>>,
  preference: Preference,
): Promise<Answer> {
  const { api, seed } = scope
  const { operation } = compiled
  const steered =
    preference.example === undefined && preference.code! in operation.responses
      ? await answerFromSpec(api, operation, request, seed, params, preference.code)
      : steerResponse(operation, preference, request.headers.accept)
  if (!('problem' in steered)) return { response: steered }
  const issue: Issue = { location: 'header', pointer: '/prefer', keyword: 'prefer', message: steered.problem }
  return refuseRequest(scope, compiled, request, { valid: false, reason: 'invalid', operation, issues: [issue] })
}
