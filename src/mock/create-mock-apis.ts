import { createEventGuard, createPublisher, type EventGuard, type EventPolicy } from '../realtime/create-publisher.js'
import { ConnectionLimit } from '../realtime/connection-limit.js'
import { EventHub } from '../realtime/event-hub.js'
import { importApis } from '../openapi/catalog.js'
import { createStores, type CreateStoresOptions, type Stores } from '../store/create-stores.js'
import { type Act, createAct } from './act.js'
import { checkCodeGeneration } from './check-code-generation.js'
import { reportInvalidExamples } from './check-examples.js'
import { Coverage } from './behaviours/coverage.js'
import { createMockApi, type MockApi } from './create-mock-api.js'
import { BackgroundJobs } from './behaviours/background-jobs.js'
import { Faults } from './behaviours/faults.js'
import type { MockSettings } from './behaviours/mock-settings.js'
import { Journal } from './behaviours/journal.js'
import { Quotas } from './behaviours/quotas.js'
import { ScriptedReplies } from './behaviours/scripted-replies.js'
import { Settings } from './behaviours/settings.js'
import type { AllRegistered, Api, ApiRef, OperationIdsByApiOf } from '../api/api.js'
import { violationLog } from './violation-log.js'
import type { ResourceStore } from '../store/resource-store.js'
import type { ResourcePlan } from '../api/resource-plan.js'
import { describeViolationLine, type ResponseViolationPolicy } from './violation-policy.js'

export interface MockApisOptions<Refs extends readonly ApiRef[] = AllRegistered> extends CreateStoresOptions<Refs> {
  onResponseViolation?: ResponseViolationPolicy
  /**
   * Refuse every request the contract refuses (400/422, 405 with `Allow`), also where the real
   * server lets it through as the spec's `x-chatmock-lenient` says (default false: as the real
   * server does). `Prefer: handling=strict` or `handling=lenient` decides for one request.
   */
  strict?: boolean
  /** How many exchanges the journal keeps (default 1,000). */
  journalSize?: number
  /** The mock's clock, for timestamps and the CSAT lock. */
  now?: () => Date
  /** Latency, faults, quotas and scripted replies to start with (changeable later through the admin API). */
  settings?: MockSettings<OperationIdsByApiOf<Refs>>
  /** The random source of latency ranges and fault rates (default Math.random). */
  random?: () => number
  /** Where warnings go, one line each: a user document's examples that break its schemas, the `'warn'` policy's violations, a scripted reply that failed; default console.warn. */
  warn?: (line: string) => void
  /** How many real-time connections (ActionCable sockets, event streams) may be open at once (default 1,000). */
  maxConnections?: number
  /** The in-process runtime the mocks belong to, so that an event's violation fails that runtime's test. */
  runtime?: symbol
}

export interface MockApis<Refs extends readonly ApiRef[] = AllRegistered> extends Stores<Refs> {
  apis: MockApi[]
  journal: Journal
  coverage: Coverage
  faults: Faults
  quotas: Quotas
  settings: Settings
  /** The real-time events of every API, for the transports (ActionCable, SSE) to deliver. */
  hub: EventHub
  /** Runs an action of the other side (see ActionRunner). */
  act: Act
  /** The open real-time connections, bounded by `maxConnections`. */
  connections: ConnectionLimit
  /** The background work resolvers and actions deferred; a runtime that closes cancels what is still due. */
  jobs: BackgroundJobs
}

/** Every chosen API's mock on shared stores and one journal: what each runtime is a shell around. */
export async function createMockApis<const Refs extends readonly ApiRef[] = AllRegistered>(
  options: MockApisOptions<Refs> = {},
): Promise<MockApis<Refs>> {
  const chosen = (await importApis(options.apis as readonly (string | Api)[] | undefined)) as Api[]
  checkCodeGeneration(chosen)
  const stores = await createStores({ ...options, apis: chosen } as CreateStoresOptions<readonly ApiRef[]>)
  const journal = new Journal(options.journalSize)
  const coverage = new Coverage()
  const now = options.now ?? (() => new Date())
  const hub = new EventHub()
  const connections = new ConnectionLimit(options.maxConnections)
  // Looked up when a line is written, not now: a test that spies on console.warn later still sees it.
  const warn = options.warn ?? ((line: string) => console.warn(line))
  // 'warn' is a callback that logs a line where the caller wants its warnings (the command line: its stderr).
  const onResponseViolation: ResponseViolationPolicy | undefined =
    options.onResponseViolation === 'warn' ? (error) => warn(describeViolationLine(error)) : options.onResponseViolation
  const policy = eventPolicy(onResponseViolation, options.runtime)
  const guards = new Map<string, EventGuard>(chosen.map((api) => [api.id, createEventGuard(api, policy)]))
  const byId = stores.stores as Record<string, unknown>
  const fromOtherSide = new Map(
    chosen.map((api) => [api.id, createPublisher(api, hub, guards.get(api.id)!, 'other-side')]),
  )
  const quotas: Quotas = new Quotas(chosen, now)
  const faults = new Faults({}, options.random, chosen)
  const jobs = new BackgroundJobs(faults, warn)
  const act = createAct({ apis: chosen, stores: byId, now, publishers: fromOtherSide, jobs })
  const replies = new ScriptedReplies(hub, act, chosen, warn)
  const settings = new Settings(faults, quotas, replies)
  settings.set((options.settings ?? {}) as MockSettings)
  const apis = chosen.map((api) =>
    createMockApi(api, {
      store: byId[api.id],
      journal,
      coverage,
      faults,
      quotas,
      onResponseViolation,
      strict: options.strict,
      now,
      seed: options.seed,
      events: { hub, guard: guards.get(api.id)!, limit: connections },
      observe: (exchange) => replies.observe(exchange),
      jobs,
    }),
  )
  // A document of the user's own (no precompiled validators) may carry examples that break its schemas: said once, at start-up.
  for (const api of chosen) {
    const store = api.stateful ? (byId[api.id] as ResourceStore | undefined) : undefined
    if (store)
      reportUndeclaredNotFound(api, () => store.plan, warn).catch((error: unknown) =>
        warn(`chatmock: ${api.id}: ${(error as Error).message}`),
      )
    if (!api.validators)
      reportInvalidExamples(api, warn).catch((error: unknown) =>
        warn(`chatmock: ${api.id}: ${(error as Error).message}`),
      )
  }
  const reset = async (id?: string) => {
    replies.cancelDue()
    jobs.cancel(id)
    await (stores.reset as (id?: string) => Promise<void>)(id)
    quotas.reset(id)
    hub.reset(id)
  }
  return {
    ...(stores as unknown as Stores<Refs>),
    reset,
    apis,
    journal,
    coverage,
    faults,
    quotas,
    settings,
    hub,
    act,
    connections,
    jobs,
  }
}

/** The violation policy for events: the responses' policy, with a dropped event's violation recorded for its test. */
function eventPolicy(onResponseViolation: ResponseViolationPolicy | undefined, owner: symbol | undefined): EventPolicy {
  const policy = onResponseViolation ?? 'error'
  const runtime = owner ?? Symbol('chatmock')
  return {
    onViolation:
      typeof policy === 'function'
        ? (error) => policy(error, { method: 'EVENT', path: error.operationId, response: { status: 0, headers: {} } })
        : policy,
    record: (error) => violationLog.record({ runtime, method: 'EVENT', url: error.operationId, error }),
  }
}

/** How long the start-up report of undeclared 404s works before it lets requests through. */
const SLICE_MS = 4

/**
 * Says once, at start-up, which item operations answer a 404 they do not declare. Inferring every
 * resource of a large document takes a while: it yields between operations, as the check of the
 * examples does, so that the first requests are answered meanwhile.
 */
async function reportUndeclaredNotFound(
  api: Api,
  readPlan: () => ResourcePlan,
  warn: (line: string) => void,
): Promise<void> {
  const yieldToRequests = () => new Promise((resolve) => setTimeout(resolve, 0))
  await yieldToRequests()
  const plan = readPlan()
  const undeclared: string[] = []
  // A few milliseconds of work at a time: a request that comes meanwhile waits no longer than that.
  let sliceStarted = performance.now()
  for (const operation of api.operations) {
    if (performance.now() - sliceStarted > SLICE_MS) {
      await yieldToRequests()
      sliceStarted = performance.now()
    }
    const found = plan.find(operation.operationId)
    if (found?.resource.undeclaredNotFound.includes(operation.operationId)) undeclared.push(operation.operationId)
  }
  if (undeclared.length > 0) warn(describeUndeclaredNotFound(api, undeclared))
}

/** The start-up warning of a document whose item operations answer a 404 they do not declare. */
function describeUndeclaredNotFound(api: Api, operationIds: readonly string[]): string {
  const listed =
    operationIds.slice(0, 5).join(', ') + (operationIds.length > 5 ? ` and ${operationIds.length - 5} more` : '')
  return `chatmock: ${api.id}: ${operationIds.length === 1 ? 'an operation answers' : `${operationIds.length} operations answer`} 404 when no record has the id, which ${operationIds.length === 1 ? 'it does' : 'they do'} not declare (${listed}): the answer goes out flagged as a violation; declare a 404 response, or see chatmock spec ${api.source?.file ?? '<file>'} --resources`
}
