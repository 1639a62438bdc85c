import type { Resolver } from '../api/api.js'
import type { FormFile } from '../api/exchange.js'
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

let relaxRequestPromise: Promise<typeof import('./relax-request.js').relaxRequest> | undefined

/** Loaded on the first refusal of a lenient API's request, once: a page whose requests keep the contract never carries it. */
function loadRelaxRequest(): Promise<typeof import('./relax-request.js').relaxRequest> {
  relaxRequestPromise ??= import('./relax-request.js').then((module) => module.relaxRequest)
  return relaxRequestPromise
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
 * usual); else the request is checked (401, 415, 400/422 naming every issue; unless `strict`, what
 * the document's `x-chatmock-lenient` lets through goes on, as the real server takes it) and answered by
 * `Prefer` steering, the resolver, the records of the resource it belongs to (a user's document),
 * or the spec (an example that keeps its schema, else generated data).
 */
export async function answerOperation<Store>(
  scope: AnswerScope<Store>,
  request: MockRequest,
  operation: Operation,
  pathParams: Record<string, string>,
  fault: Fault,
  strict: boolean,
): Promise<Answer> {
  if (fault === 'error') {
    const status = Object.keys(operation.responses).find((key) => /^5/.test(key))
    if (status) return { response: await answerFromSpec(scope.api, operation, request, scope.seed, {}, status) }
  }
  const compiled = scope.contract.compiled(operation)
  const routed = { pathParams, query: parseQuery(request.search), headers: request.headers, body: request.body }
  const { lenient } = scope.api
  // Only a lenient request needs the parsed body kept, should its unknown fields be dropped.
  const seen: { body?: unknown; files?: FormFile[] } | undefined = lenient && !strict ? {} : undefined
  let checked = checkRequest(compiled, routed, seen)
  if (!checked.valid && seen)
    checked = (await loadRelaxRequest())(compiled, scope.api.document, lenient!, routed, seen, checked)
  if (!checked.valid) return refuseRequest(scope, compiled, request, checked)
  const preference = parsePrefer(request.headers.prefer)
  if (preference) return answerPreference(scope, compiled, request, checked.params, preference)
  const resolver = scope.resolvers[operation.operationId]
  if (resolver) return callResolver(scope, resolver, operation, request, checked, strict)
  if (scope.api.stateful && scope.store) {
    const planned = (scope.store as unknown as ResourceStore).plan.find(operation.operationId)
    if (planned) return (await loadAnswerResource())(scope, planned, request, compiled, checked)
  }
  return { response: await answerFromSpec(scope.api, operation, request, scope.seed, checked.params) }
}
