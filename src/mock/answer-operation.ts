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
import type { ResourceAnswerScope } from './resources/answer-resource.js'
import type { ResourceStore } from '../store/resource-store.js'

let answerResourcePromise: Promise<typeof import('./resources/answer-resource.js').answerResource> | undefined

/**
 * Loaded on the first answer from records, once (an `import()` per request resolves the module
 * each time): a page that mocks only the built-ins never carries it.
 */
function loadAnswerResource(): Promise<typeof import('./resources/answer-resource.js').answerResource> {
  answerResourcePromise ??= import('./resources/answer-resource.js').then((module) => module.answerResource)
  return answerResourcePromise
}

/** What answering an operation needs of its mock, made once per mock. */
export interface AnswerScope<Store> extends ResolverScope<Store>, Pick<ResourceAnswerScope, 'wrappers'> {
  contract: Contract
  resolvers: Readonly<Record<string, Resolver<never, Store> | undefined>>
  /** The seed of generated answers. */
  seed: number
}

/**
 * Validates a request routed to its operation, then answers it. An error fault answers the
 * operation's declared 5xx whatever the request (an operation that declares none is answered as
 * usual); else the request is checked (401, 415, 400/422 naming every issue) and answered by
 * `Prefer` steering, the resolver, the records of the resource it belongs to (a user's document),
 * or the spec (an example that keeps its schema, else generated data).
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
  if (resolver) return callResolver(scope, resolver, operation, request, checked)
  if (scope.api.stateful && scope.store) {
    const planned = (scope.store as unknown as ResourceStore).plan.find(operation.operationId)
    if (planned) return (await loadAnswerResource())(scope, planned, request, compiled, checked)
  }
  return { response: await answerFromSpec(scope.api, operation, request, scope.seed, checked.params) }
}
