import { checkRequest } from '../contract/check-request.js'
import type { RouteMatch } from '../contract/create-router.js'
import { getContract } from '../contract/get-contract.js'
import { parseQuery } from '../contract/locate-request.js'
import { renderRequestFailure } from '../contract/render-error.js'
import type { Issue, PlainResponse } from '../contract/types.js'
import { checkResponse } from '../contract/validate-response.js'
import { ContractError } from '../errors/contract-error.js'
import type { ApiId, ApiSpec } from '../spec/types.js'
import { Journal } from './journal.js'
import type { ResolverContext, ResolverSet, StoresByApi } from './types.js'
import { type ResponseViolationPolicy, toViolationsHeader, VIOLATIONS_HEADER } from './violation-policy.js'

/** A request in the small shape every runtime produces cheaply. */
export interface MockRequest {
  method: string
  /** The path relative to the API's base (documented server URL or mount prefix), still encoded. */
  path: string
  /** The query string without `?`. */
  search: string
  /** Lower-cased names. */
  headers: Record<string, string>
  /** The raw body text; `undefined` or `''` for none. */
  body?: string
}

export interface MockApiOptions<A extends ApiId> {
  store: StoresByApi[A]
  /** Default `'error'`. */
  onResponseViolation?: ResponseViolationPolicy
  journal?: Journal
  now?: () => Date
}

export interface MockApi<A extends ApiId = ApiId> {
  api: ApiSpec
  store: StoresByApi[A]
  journal: Journal
  route(method: string, path: string): RouteMatch
  /** The whole guarded pipeline: route, check the request, resolve, check the response, journal. */
  handle(request: MockRequest): Promise<PlainResponse>
}

/**
 * The runtime-neutral core of a fake backend. Every runtime (msw in Node and the browser, the
 * Express server) adapts its requests to `MockRequest` and sends back the `PlainResponse`, so all
 * of them go through the same contract guard:
 *   1 match the operation (404, 405 in the API's shape)
 *   2 credentials, content type, parameters and body (401, 415, 400/422 naming every issue)
 *   3 the resolver reads and writes the store
 *   4 the response is checked against the spec (violation policy)
 *   5 the exchange is journaled
 */
export function createMockApi<A extends ApiId>({ api, resolvers }: ResolverSet<A>, options: MockApiOptions<A>): MockApi<A> {
  const contract = getContract(api)
  const spec = contract.api
  const journal = options.journal ?? new Journal()
  const policy = options.onResponseViolation ?? 'error'
  const now = options.now ?? (() => new Date())
  const table = resolvers as unknown as Record<string, (context: ResolverContext<never, StoresByApi[A]>) => PlainResponse | Promise<PlainResponse>>

  const handle = async (request: MockRequest): Promise<PlainResponse> => {
    const started = performance.now()
    const match = contract.route(request.method, request.path)
    let response: PlainResponse
    let operationId: string | undefined
    let violations: Issue[] = []

    if (match.kind !== 'operation') {
      const allow = match.kind === 'method-not-allowed' ? match.allow : undefined
      const message = allow ? `${request.path} does not accept ${request.method}; it accepts ${allow.join(', ')}` : `no operation of ${spec.id} matches ${request.method} ${request.path}`
      response = renderRequestFailure(spec, { valid: false, reason: allow ? 'method-not-allowed' : 'not-found', allow, issues: [{ location: 'path', pointer: '', keyword: allow ? 'method' : 'operation', message }] })
    } else {
      const compiled = contract.compiled(match.operation)
      operationId = match.operation.operationId
      const checked = checkRequest(compiled, { pathParams: match.params, query: parseQuery(request.search), headers: request.headers, body: request.body })
      if (!checked.valid) response = renderRequestFailure(spec, checked)
      else {
        response = await table[operationId]!({
          params: checked.params as never,
          query: checked.query as never,
          headers: checked.headers as never,
          body: checked.body as never,
          credential: checked.credential,
          store: options.store,
          api: spec,
          operation: match.operation,
          now,
        })
      }
      const result = checkResponse(compiled, response.status, response.headers, response.body)
      if (!result.valid) violations = result.issues
    }

    journal.record({ time: Date.now(), api: spec.id, operationId, method: request.method, path: request.search ? `${request.path}?${request.search}` : request.path, status: response.status, durationMs: performance.now() - started, violations })
    if (violations.length > 0) {
      const error = new ContractError(operationId!, response.status, violations)
      if (policy === 'error') throw error
      if (policy === 'warn') console.warn(`${error.message.split('\n')[0]} ${violations.map((issue) => issue.message).join('; ')}`)
      else policy(error, { method: request.method, path: request.path, response })
      response = { ...response, headers: { ...response.headers, [VIOLATIONS_HEADER]: toViolationsHeader(violations.map((issue) => issue.message)) } }
    }
    return response
  }

  return { api: spec, store: options.store, journal, route: contract.route, handle }
}
