import type { Api } from '../api/api.js'
import type { Issue, PlainResponse } from '../api/exchange.js'
import type { Publish } from '../api/publish.js'
import type { RouteMatch } from '../contract/create-router.js'
import { getContract } from '../contract/get-contract.js'
import { checkResponse, STREAMED_BODY } from '../contract/validate-response.js'
import type { ConnectionLimit } from '../realtime/connection-limit.js'
import { createEventStream, parseLastEventId, toEventStreamResponse } from '../realtime/create-event-stream.js'
import { createPublisher, type EventGuard } from '../realtime/create-publisher.js'
import { EventHub } from '../realtime/event-hub.js'
import { DEFAULT_SEED } from '../store/default-seed.js'
import type { Answer, AnsweredExchange } from './answer.js'
import { answerOperation, type AnswerScope } from './answer-operation.js'
import { Coverage } from './behaviours/coverage.js'
import { BackgroundJobs } from './behaviours/background-jobs.js'
import { Faults } from './behaviours/faults.js'
import { Journal } from './behaviours/journal.js'
import { renderQuotaSpent, withQuotaHeaders } from './behaviours/quota-responses.js'
import type { Quotas } from './behaviours/quotas.js'
import { checkSize } from './check-size.js'
import type { MockRequest } from './mock-request.js'
import { isStrict } from './behaviours/read-handling.js'
import { renderRouteFailure } from './render-route-failure.js'
import { withJsonCharset } from './with-json-charset.js'
import { applyViolationPolicy, createResponseViolation, type ResponseViolationPolicy } from './violation-policy.js'

export interface MockApiOptions<Store = unknown> {
  store: Store
  /** Default `'error'`. */
  onResponseViolation?: ResponseViolationPolicy
  /**
   * Refuse what the spec's `x-chatmock-lenient` would let through, as the contract says rather
   * than as the real server does (default false); `Prefer: handling=strict|lenient` decides per request.
   */
  strict?: boolean
  journal?: Journal
  coverage?: Coverage
  faults?: Faults
  quotas?: Quotas
  now?: () => Date
  /** The runtime's events: where the API's resolvers publish and stream them; without one they go nowhere. */
  events?: { hub: EventHub; guard: EventGuard; limit?: ConnectionLimit }
  /** The seed of generated answers (an operation with neither a resolver nor a valid example); default: the fixtures' seed. */
  seed?: number
  /** Where resolvers' background work waits (the runtime's, cancelled on reset); without one, a mock of its own. */
  jobs?: BackgroundJobs
  /** Told of every request a resolver answered with a 2xx that kept the contract (scripted replies listen). */
  observe?: (exchange: AnsweredExchange) => void
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

/** An answer with the issues the spec found in its response. */
interface Outcome extends Answer {
  violations: Issue[]
}

const NETWORK_ERROR: PlainResponse = { status: 0, headers: {}, networkError: true }

const notFound = { kind: 'not-found' } as const

/**
 * The runtime-neutral core of a fake backend. Every runtime (msw in Node and the browser, the
 * Express server) adapts its requests to `MockRequest` and sends back the `PlainResponse`, so all
 * of them go through the same steps:
 *   1 route: the operation, or the API's 404/405 (sent after the delay; a lenient API's 404 for a 405)
 *   2 check size: 414 for a URL, 413 for a body, larger than the mock reads
 *   3 delay and faults: the delay at once, the fault after the quota has counted the request
 *   4 charge the quota: a spent one answers its declared status
 *   5 validate the request: 401, 415, 400/422 naming every issue (an error fault skips it), unless
 *     the spec's `x-chatmock-lenient` lets it through and the request is not strict
 *   6 answer: an error fault's declared 5xx, `Prefer` steering, the resolver, or the spec
 *   7 validate the response against the spec
 *   8 count it for coverage, tell the observer of a resolver's success, journal it
 *   9 apply the violation policy to a response that broke the spec; name the spec's JSON charset
 */
export function createMockApi<Store>(api: Api, options: MockApiOptions<Store>): MockApi<Store> {
  const contract = getContract(api)
  const journal = options.journal ?? new Journal()
  const coverage = options.coverage ?? new Coverage()
  const faults = options.faults ?? new Faults()
  const quotas = options.quotas
  const policy = options.onResponseViolation ?? 'error'
  const strictByDefault = options.strict ?? false
  const hub = options.events?.hub ?? new EventHub()
  const guard = options.events?.guard ?? (() => true)
  const publish = createPublisher(api, hub, guard, 'client')
  const seed = options.seed ?? DEFAULT_SEED
  const jobs = options.jobs ?? new BackgroundJobs(faults)
  const scope: AnswerScope<Store> = {
    api,
    contract,
    resolvers: api.resolvers as AnswerScope<Store>['resolvers'],
    seed,
    store: options.store,
    now: options.now ?? (() => new Date()),
    publish,
    defer: (operationId, job) => jobs.schedule(api.id, operationId, job),
    streamEvents: (operationId, topic, stream) =>
      toEventStreamResponse(
        createEventStream({
          hub,
          api: api.id,
          operationId,
          topic,
          backlog: stream.backlog,
          lastEventId: parseLastEventId(stream.lastEventId),
          guard,
          faults,
          limit: options.events?.limit,
        }),
        stream.headers,
      ),
    observed: options.observe !== undefined,
    wrappers: new Map(),
  }

  /** Steps 2 to 7: each answers the request or hands the next one what it needs. */
  const respond = async (request: MockRequest, match: RouteMatch, strict: boolean): Promise<Outcome> => {
    // 2 An oversized request is answered before anything else: never delayed, faulted or charged.
    const tooLarge = checkSize(api, request)
    if (tooLarge) return { response: tooLarge, violations: [] }
    // 3 A request no operation matches waits as long as any other.
    const { delayMs, fault } = faults.draw(api.id, match.kind === 'operation' ? match.operation.operationId : undefined)
    if (delayMs > 0) await new Promise((resolve) => setTimeout(resolve, delayMs))
    if (match.kind !== 'operation') {
      // Rails routes no method a path does not take: the lenient answer is its 404.
      const routed = match.kind === 'method-not-allowed' && !strict && api.lenient?.unroutedMethods ? notFound : match
      return { response: renderRouteFailure(api, request, routed), violations: [] }
    }
    // 4 A faulted request counts too: the client did send it.
    const quota = quotas?.charge(api, match.params)
    if (quota?.exceeded) return { response: renderQuotaSpent(api, match.params, quota), violations: [] }
    if (fault === 'network-error') return { response: NETWORK_ERROR, violations: [] }
    // 5 and 6
    const answer = await answerOperation(scope, request, match.operation, match.params, fault, strict)
    const response = quota ? withQuotaHeaders(answer.response, quota) : answer.response
    // 7
    const result = checkResponse(
      contract.compiled(match.operation),
      response.status,
      response.headers,
      response.stream ? STREAMED_BODY : response.body,
      true,
    )
    return {
      response,
      exchange: answer.exchange,
      refusal: answer.refusal,
      violations: result.valid ? [] : result.issues,
    }
  }

  const handle = async (request: MockRequest): Promise<PlainResponse> => {
    const started = performance.now()
    // 1
    const match = contract.route(request.method, request.path)
    const operation = match.kind === 'operation' ? match.operation : undefined
    const strict = isStrict(request.headers.prefer, strictByDefault)
    const { response, exchange, refusal, violations } = await respond(request, match, strict)
    // 8 A network error sent nothing: there is no status to count.
    if (operation && !response.networkError) coverage.record(api.id, operation.operationId, response.status)
    if (exchange && violations.length === 0) options.observe!(exchange)
    journal.record({
      time: Date.now(),
      api: api.id,
      operationId: operation?.operationId,
      method: request.method,
      path: request.search ? `${request.path}?${request.search}` : request.path,
      status: response.status,
      durationMs: performance.now() - started,
      violations,
    })
    // 9
    const sent =
      violations.length === 0
        ? response
        : applyViolationPolicy(
            policy,
            createResponseViolation(operation!.operationId, response.status, violations, refusal),
            { method: request.method, path: request.path, response },
          )
    return api.jsonCharset ? withJsonCharset(sent, api.jsonCharset) : sent
  }

  return {
    api,
    store: options.store,
    journal,
    coverage,
    route: contract.route,
    handle,
    publish,
    events: { hub, guard },
  }
}
