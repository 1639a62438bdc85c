import { checkRequest } from '../contract/check-request.js'
import type { RouteMatch } from '../contract/create-router.js'
import { getContract } from '../contract/get-contract.js'
import { parseQuery } from '../contract/locate-request.js'
import { renderError, renderRequestFailure } from '../contract/render-error.js'
import type { Issue, PlainResponse } from '../api/exchange.js'
import { checkResponse, STREAMED_BODY } from '../contract/validate-response.js'
import { ContractError } from '../errors/contract-error.js'
import { ErrorCodes } from '../errors/error-codes.js'
import { StoreError } from '../errors/store-error.js'
import type { ApiSpec, Operation } from '../api/spec.js'
import { answerFromSpec } from './answer-from-spec.js'
import { DEFAULT_SEED } from '../store/default-seed.js'
import { Coverage } from './behaviours/coverage.js'
import type { Fault } from '../api/fault-source.js'
import { Faults } from './behaviours/faults.js'
import type { Quotas } from './behaviours/quotas.js'
import { createPublisher, type EventGuard } from '../realtime/create-publisher.js'
import { type Publish } from '../api/publish.js'
import { createEventStream, parseLastEventId, toEventStreamResponse } from '../realtime/create-event-stream.js'
import { EventHub } from '../realtime/event-hub.js'
import type { ConnectionLimit } from '../realtime/connection-limit.js'
import { acceptsMediaType } from '../contract/media-type.js'
import { Journal } from './behaviours/journal.js'
import { parsePrefer, steerResponse } from './behaviours/steer-response.js'
import type { Api, Resolver, ResolverContext } from '../api/api.js'
import { applyViolationPolicy, type ResponseViolationPolicy } from './violation-policy.js'

/** A request in the small shape every runtime produces cheaply. */
export interface MockRequest {
  method: string
  /** The path relative to the API's base (documented server URL or mount prefix), still encoded. */
  path: string
  /** The query string without `?`. */
  search: string
  /** Lower-cased names. */
  headers: Record<string, string>
  /** The raw body (bytes, or text); `undefined` or empty for none. */
  body?: Uint8Array | string
}

/** The most of a body the mock reads (413 beyond), and of a URL (414 beyond). */
export const MAX_BODY_BYTES = 1024 * 1024
export const MAX_URL_LENGTH = 8192

export interface MockApiOptions<Store = unknown> {
  store: Store
  /** Default `'error'`. */
  onResponseViolation?: ResponseViolationPolicy
  journal?: Journal
  coverage?: Coverage
  faults?: Faults
  quotas?: Quotas
  now?: () => Date
  /** The runtime's events: where the API's resolvers publish and stream them; without one they go nowhere. */
  events?: { hub: EventHub; guard: EventGuard; limit?: ConnectionLimit }
  /** The seed of generated answers (an operation with neither a resolver nor a valid example); default: the fixtures' seed. */
  seed?: number
  /** Told of every request a resolver answered with a 2xx that kept the contract (scripted replies listen). */
  observe?: (exchange: AnsweredExchange) => void
}

/** A request a resolver answered with success: its validated values and what it answered. */
export interface AnsweredExchange {
  api: string
  operationId: string
  params: unknown
  query: unknown
  body: unknown
  response: { status: number; body: unknown }
}

export interface MockApi<Store = unknown> {
  api: Api
  store: Store
  journal: Journal
  coverage: Coverage
  route(method: string, path: string): RouteMatch
  /** The whole guarded pipeline: route, check the request, resolve, check the response, journal. */
  handle(request: MockRequest): Promise<PlainResponse>
  /** Sends one of the API's real-time events. */
  publish: Publish
  /** Where its events go (the runtime's hub) and the drift guard they pass. */
  events: { hub: EventHub; guard: EventGuard }
}

const NETWORK_ERROR: PlainResponse = { status: 0, headers: {}, networkError: true }

function withHeaders(response: PlainResponse, headers: Record<string, string>): PlainResponse {
  return { ...response, headers: { ...response.headers, ...headers } }
}

/** 414 for a URL, 413 for a body, larger than the mock reads, in the API's own shape. */
function tooLargeResponse(spec: ApiSpec, request: MockRequest): PlainResponse | undefined {
  if (request.path.length + request.search.length > MAX_URL_LENGTH) return renderError(spec, 414, `the URL is longer than ${MAX_URL_LENGTH} characters`)
  const size = typeof request.body === 'string' ? request.body.length : (request.body?.length ?? 0)
  if (size > MAX_BODY_BYTES) return renderError(spec, 413, `the body is larger than ${MAX_BODY_BYTES} bytes`)
  return undefined
}

/**
 * The runtime-neutral core of a fake backend. Every runtime (msw in Node and the browser, the
 * Express server) adapts its requests to `MockRequest` and sends back the `PlainResponse`, so all
 * of them go through the same contract guard:
 *   1 match the operation (404, 405 in the API's shape), then latency and faults
 *   2 credentials, content type, parameters and body (401, 415, 400/422 naming every issue)
 *   3 the resolver reads and writes the store, or `Prefer` steers to a declared response
 *   4 the response is checked against the spec (violation policy)
 *   5 the exchange is journaled and counted for coverage
 */
export function createMockApi<Store>(api: Api, options: MockApiOptions<Store>): MockApi<Store> {
  const contract = getContract(api)
  const spec = api
  const journal = options.journal ?? new Journal()
  const coverage = options.coverage ?? new Coverage()
  const faults = options.faults ?? new Faults()
  const quotas = options.quotas
  const policy = options.onResponseViolation ?? 'error'
  const now = options.now ?? (() => new Date())
  const hub = options.events?.hub ?? new EventHub()
  const guard = options.events?.guard ?? (() => true)
  const publish = createPublisher(spec, hub, guard, 'client')
  // A stream's events draw their latency and faults as its operation's answer did.
  const streamEvents = (operationId: string, topic: string, stream: Parameters<ResolverContext['streamEvents']>[1]) =>
    toEventStreamResponse(createEventStream({ hub, api: spec.id, operationId, topic, backlog: stream.backlog, lastEventId: parseLastEventId(stream.lastEventId), guard, faults, limit: options.events?.limit }), stream.headers)
  const table = api.resolvers as Record<string, Resolver<never, Store> | undefined>
  // What a resolver answered with success, told to the observer once the response passed the guard.
  const answered = new WeakMap<PlainResponse, AnsweredExchange>()
  // The mock's own answer to a request that breaks the spec, with why: a document that declares no
  // 400 or 401 still learns, from the drift guard's error, what was wrong with the request.
  const refused = new WeakMap<PlainResponse, Issue[]>()
  const refuse = (failure: Parameters<typeof renderRequestFailure>[1] & { issues: Issue[] }) => {
    const response = renderRequestFailure(spec, failure)
    refused.set(response, failure.issues)
    return response
  }

  const answer = async (request: MockRequest, operation: Operation, params: Record<string, string>, fault: Fault): Promise<PlainResponse> => {
    if (fault === 'network-error') return NETWORK_ERROR
    if (fault === 'error') {
      const status = Object.keys(operation.responses).find((key) => /^5/.test(key))
      if (status) return answerFromSpec(spec, operation, request, options.seed ?? DEFAULT_SEED, status)
    }
    const checked = checkRequest(contract.compiled(operation), { pathParams: params, query: parseQuery(request.search), headers: request.headers, body: request.body })
    if (!checked.valid) return refuse(checked)
    const preference = parsePrefer(request.headers.prefer)
    if (preference) {
      // A status alone is answered as the spec answers it: an example that keeps its schema, else generated data.
      const steered = preference.example === undefined && preference.code! in operation.responses ? await answerFromSpec(spec, operation, request, options.seed ?? DEFAULT_SEED, preference.code) : steerResponse(operation, preference)
      if (!('problem' in steered)) return steered
      const issue: Issue = { location: 'header', pointer: '/prefer', keyword: 'prefer', message: steered.problem }
      return refuse({ valid: false, reason: 'invalid', operation, issues: [issue] })
    }
    const resolver = table[operation.operationId]
    if (!resolver) return answerFromSpec(spec, operation, request, options.seed ?? DEFAULT_SEED)
    try {
      const response = await resolver({
        params: checked.params as never,
        query: checked.query as never,
        headers: checked.headers as never,
        body: checked.body as never,
        credential: checked.credential,
        store: options.store,
        api: spec,
        operation,
        now,
        publish,
        streamEvents: (topic, stream) => streamEvents(operation.operationId, topic, stream),
        accepts: (mediaType) => acceptsMediaType(request.headers.accept, mediaType),
      })
      if (options.observe && /^2/.test(String(response.status))) answered.set(response, { api: spec.id, operationId: operation.operationId, params: checked.params, query: checked.query, body: checked.body, response: { status: response.status, body: response.body } })
      return response
    } catch (error) {
      // A full store is the mock's own limit, configured by its user: a declared 507, not a crash.
      if (error instanceof StoreError && error.code === ErrorCodes.STORE_FULL) return renderError(spec, 507, error.message.replace(/^\[chatmock\] /, ''))
      throw error
    }
  }

  const handle = async (request: MockRequest): Promise<PlainResponse> => {
    const started = performance.now()
    const match = contract.route(request.method, request.path)
    const operation = match.kind === 'operation' ? match.operation : undefined
    const { delayMs, fault } = faults.draw(spec.id, operation?.operationId)
    if (delayMs > 0) await new Promise((resolve) => setTimeout(resolve, delayMs))
    const quota = match.kind === 'operation' ? quotas?.charge(spec, match.params) : undefined

    let response: PlainResponse
    let exchange: AnsweredExchange | undefined
    let violations: Issue[] = []
    const tooLarge = tooLargeResponse(spec, request)
    if (quota?.exceeded) {
      response = withHeaders(renderError(spec, spec.quota!.status, `the request quota of ${spec.quota!.scope} ${match.kind === 'operation' ? match.params[spec.quota!.scope] : ''} is spent; it resets in ${quota.headers[spec.quota!.resetsInHeader.toLowerCase()]} s`), quota.headers)
      coverage.record(spec.id, match.kind === 'operation' ? match.operation.operationId : '', response.status)
    } else if (tooLarge) {
      response = tooLarge
      if (operation) coverage.record(spec.id, operation.operationId, response.status)
    } else if (match.kind !== 'operation') {
      const allow = match.kind === 'method-not-allowed' ? match.allow : undefined
      const message = allow ? `${request.path} does not accept ${request.method}; it accepts ${allow.join(', ')}` : `no operation of ${spec.id} matches ${request.method} ${request.path}`
      response = renderRequestFailure(spec, { valid: false, reason: allow ? 'method-not-allowed' : 'not-found', allow, issues: [{ location: 'path', pointer: '', keyword: allow ? 'method' : 'operation', message }] })
    } else {
      response = await answer(request, match.operation, match.params, fault)
      exchange = answered.get(response)
      if (quota && !response.networkError) response = withHeaders(response, quota.headers)
      if (!response.networkError) {
        const result = checkResponse(contract.compiled(match.operation), response.status, response.headers, response.stream ? STREAMED_BODY : response.body)
        if (!result.valid) violations = result.issues
        coverage.record(spec.id, match.operation.operationId, response.status)
      }
    }

    if (exchange && violations.length === 0) options.observe!(exchange)
    journal.record({ time: Date.now(), api: spec.id, operationId: operation?.operationId, method: request.method, path: request.search ? `${request.path}?${request.search}` : request.path, status: response.status, durationMs: performance.now() - started, violations })
    if (violations.length === 0) return response
    const why = refused.get(response)
    const subject = why ? `The ${response.status} response of ${operation!.operationId} (the mock's answer to a request that breaks the spec: ${why.map((issue) => issue.message).join('; ')})` : undefined
    return applyViolationPolicy(policy, new ContractError(operation!.operationId, response.status, violations, subject), { method: request.method, path: request.path, response })
  }

  return { api, store: options.store, journal, coverage, route: contract.route, handle, publish, events: { hub, guard } }
}
