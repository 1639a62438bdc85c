import type { Resolver } from '../api/api.js'
import type { Fault } from '../api/fault-source.js'
import type { Operation } from '../api/spec.js'
import { checkRequest } from '../contract/check-request.js'
import type { Contract } from '../contract/get-contract.js'
import { parseQuery } from '../contract/locate-request.js'
import type { Answer } from './answer.js'
import { answerFromSpec } from './answer-from-spec.js'
import { answerPreference } from './answer-preference.js'
import { parsePrefer } from './behaviours/steer-response.js'
import { callResolver, type ResolverScope } from './call-resolver.js'
import type { MockRequest } from './mock-request.js'
import { refuseRequest } from './refuse-request.js'

/** What answering an operation needs of its mock, made once per mock. */
export interface AnswerScope<Store> extends ResolverScope<Store> {
  contract: Contract
  resolvers: Readonly<Record<string, Resolver<never, Store> | undefined>>
  /** The seed of generated answers. */
  seed: number
}

/**
 * Validates a request routed to its operation, then answers it. An error fault answers the
 * operation's declared 5xx whatever the request (an operation that declares none is answered as
 * usual); else the request is checked (401, 415, 400/422 naming every issue) and answered by
 * `Prefer` steering, the resolver, or the spec (an example that keeps its schema, else generated data).
 */
export async function answerOperation<Store>(
  scope: AnswerScope<Store>,
  request: MockRequest,
  operation: Operation,
  pathParams: Record<string, string>,
  fault: Fault,
): Promise<Answer> {
  if (fault === 'error') {
    const status = Object.keys(operation.responses).find((key) => /^5/.test(key))
    if (status) return { response: await answerFromSpec(scope.api, operation, request, scope.seed, {}, status) }
  }
  const compiled = scope.contract.compiled(operation)
  const checked = checkRequest(compiled, {
    pathParams,
    query: parseQuery(request.search),
    headers: request.headers,
    body: request.body,
  })
  if (!checked.valid) return refuseRequest(scope, compiled, request, checked)
  const preference = parsePrefer(request.headers.prefer)
  if (preference) return answerPreference(scope, compiled, request, checked.params, preference)
  const resolver = scope.resolvers[operation.operationId]
  if (!resolver) return { response: await answerFromSpec(scope.api, operation, request, scope.seed, checked.params) }
  return callResolver(scope, resolver, operation, request, checked)
}
