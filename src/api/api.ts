import type { Credential, FormFile, PlainResponse } from './exchange.js'
import type { Publish } from './publish.js'
import type { ApiSpec, Operation } from './spec.js'
import type { StoreOptions } from './store-options.js'

/** The request values of one operation, as its resolver receives them. */
export interface OperationShape {
  params: unknown
  query: unknown
  headers: unknown
  body: unknown
}

/** What a resolver receives: the request's values, typed from the spec and already validated. */
export interface ResolverContext<Op extends OperationShape = OperationShape, Store = unknown> {
  params: Op['params']
  query: Op['query']
  headers: Op['headers']
  /** The operation's cookie parameters, read as their style says (a `Cookie` it does not declare is not here). */
  cookies: Readonly<Record<string, unknown>>
  body: Op['body']
  /** The file parts of a multipart body, with their names and media types (the body holds their bytes as binary strings). */
  files: readonly FormFile[]
  /** The credential that satisfied the operation's security; null when none was needed. */
  credential: Credential | null
  store: Store
  api: ApiSpec
  operation: Operation
  /** The mock's clock (settable in tests). */
  now(): Date
  /** Sends a real-time event to a topic's clients (checked against the API's event schemas first). */
  publish: Publish
  /**
   * Does work the real server does in the background after answering (an async listener, a queued
   * job): `jobDelay` ms later (the mock's settings, default 100), or at once when that is 0, so
   * that the answer shows it. Resolves once the job is scheduled, or done. A reset of the API's
   * store, or the runtime's close, cancels the jobs still due.
   */
  defer(job: () => unknown): Promise<void>
  /**
   * Answers with Server-Sent Events: `backlog` first (unless the client resumes after the
   * `lastEventId` it sent and those events are still kept), then each event published to `topic`.
   */
  streamEvents(
    topic: string,
    stream: {
      backlog(): Array<{ name: string; data: unknown }>
      lastEventId?: unknown
      headers?: Record<string, string>
    },
  ): PlainResponse
  /** Whether the request's `Accept` names the media type (exactly, or as `type/*`). */
  accepts(mediaType: string): boolean
  /**
   * Whether this request is handled strictly: refused where the real server would let it through
   * (the spec's `x-chatmock-lenient`), by the runtime's `strict` option or `Prefer: handling=strict`.
   */
  strict: boolean
}

export type Resolver<Op extends OperationShape = OperationShape, Store = unknown> = (
  context: ResolverContext<Op, Store>,
) => PlainResponse | Promise<PlainResponse>

/** One resolver per operationId. */
export type Resolvers<Ops, Store> = { [K in keyof Ops]: Resolver<Ops[K] & OperationShape, Store> }

/** What every API store offers, so that a test can restore it: load fixtures, clear, snapshot. */
export interface MockStore<Fixtures = unknown> {
  load(fixtures: Fixtures): Promise<void>
  clear(): void
  snapshot(): Fixtures
}

export interface CreateStoreOptions extends StoreOptions {
  /** The API whose store it is: its spec's component schemas check every record. */
  api: ApiSpec
}

/** What an action of the other side receives (see Api.actions). */
export interface ActionContext<Input = any, Store = unknown> {
  /** The action's input, already checked against its schema. */
  input: Input
  store: Store
  api: ApiSpec
  now(): Date
  publish: Publish
  /** Work done in the background after the action (see ResolverContext.defer); its delay is the API's `jobDelay`. */
  defer(job: () => unknown): Promise<void>
}

/**
 * Something the other side of a conversation does (an agent answers, a colleague posts, the
 * assistant streams a reply), declared in the document's `x-chatmock-actions` (what it does, the
 * schema of its input) and run by this function. Offered by the admin API
 * (`POST /__chatmock/act/<api>/<action>`), in process (`chatmock.admin.act(api, action, input)`) and
 * by scripted replies. It goes through the same store as the HTTP operations, so their lists show
 * it; it resolves to what it made or changed, which the admin API answers with.
 */
export type ActionRunner<Input = any, Store = any> = (context: ActionContext<Input, Store>) => unknown

/** An API's seed data: the default records, records from another faker seed, and the schema of a fixtures file. */
export interface FixturesDefinition<Fixtures> {
  /** The default records (deterministic; prebuilt data, so faker need not load). */
  defaults: Fixtures | (() => Fixtures)
  /** The records of another faker seed. */
  seeded?(seed: number): Fixtures | Promise<Fixtures>
  /** Per collection of a fixtures file, the JSON Schema of one record; `#/components/schemas/...` refers to the spec. */
  records?: Readonly<Record<string, object>>
}

/**
 * An API: its spec and everything that makes it a fake backend, as one value (see defineApi).
 * `Ops`, `Store` and `Fixtures` only carry types.
 */
export interface Api<Id extends string = string, Ops = any, Store = any, Fixtures = any> extends ApiSpec {
  id: Id
  /** Resolvers by operationId; an operation without one answers from its spec. */
  resolvers: Partial<Resolvers<Ops, Store>>
  createStore?(options: CreateStoreOptions): Store & MockStore<Fixtures>
  fixtures?: FixturesDefinition<Fixtures>
  /** What the other side of a conversation does, by the action names the document declares (`x-chatmock-actions`). */
  actions?: Readonly<Record<string, ActionRunner<any, Store>>>
  /** Real-time connections the API offers besides HTTP (ActionCable). */
  realtime?: RealtimeDefinition<Store>
  /**
   * Whether the mock keeps the records of the resources inferred from its document (a document of
   * the user's own, unless defined `stateless`): its operations without a resolver then answer
   * from them. The inference and the store load when a mock is made, so a page that mocks only
   * the built-ins never loads them.
   */
  stateful?: boolean
  /** Types only, never set: what the API's operations receive, its store and its fixtures. */
  readonly '~types'?: { operations: Ops; store: Store; fixtures: Fixtures }
}

/** An event for one client only (a welcome after it subscribes, an answer to what it performed). */
export interface DirectEvent {
  name: string
  data: unknown
}

/**
 * An ActionCable endpoint (Rails' WebSocket protocol, `actioncable-v1-json`): served by the
 * standalone server at `<prefix><path>` and intercepted in process (msw's `ws`) at `url`. A
 * subscription's identifier names the topic its events go to, or nothing (then it is rejected).
 */
export interface RealtimeDefinition<Store = any> {
  actionCable: {
    /** Under the API's prefix on the server, e.g. `/cable`. */
    path: string
    /** The URL the real service's clients open, e.g. `wss://app.chatwoot.com/cable`. */
    url: string
    /** The topic of a subscription (its identifier, parsed), or undefined to reject it. */
    subscribe(identifier: Record<string, unknown>, store: Store): string | undefined
    /** Events only the new subscriber receives, right after `confirm_subscription`. */
    welcome?(topic: string, store: Store): DirectEvent[]
    /** What a subscriber's `perform(action, data)` answers it with (Rails: a channel method). */
    perform?(topic: string, action: string, data: Record<string, unknown>, store: Store): DirectEvent[]
  }
}

/**
 * The APIs known by id, and their types. Each built-in API module adds itself through declaration
 * merging; add your own the same way to name it by id:
 *
 * @example
 * declare module 'chatmock' { interface RegisteredApis { 'my-api': typeof myApi } }
 */
export interface RegisteredApis {}

export type RegisteredApiId = keyof RegisteredApis & string

/** An API, by registered id or as the value itself. */
export type ApiRef = RegisteredApiId | Api

export type ApiOf<R> = R extends RegisteredApiId ? RegisteredApis[R] : R extends Api ? R : Api
type TypesOf<R> = Exclude<ApiOf<R>['~types'], undefined>
export type IdOf<R> = R extends unknown ? ApiOf<R>['id'] : never
export type OperationsOf<R> = TypesOf<R>['operations']
/** The operationIds of an API (or of each API of a union): a typo is a compile error where the types are known. */
export type OperationIdOf<R> = R extends unknown ? keyof OperationsOf<R> & string : never
export type StoreOf<R> = TypesOf<R>['store']
export type FixturesOf<R> = TypesOf<R>['fixtures']

/** The registered APIs, when a runtime is given none. */
export type AllRegistered = readonly RegisteredApiId[]

/** Each chosen API's store, by id. */
export type StoresOf<Refs extends readonly ApiRef[]> = { [R in Refs[number] as IdOf<R>]: StoreOf<R> }
/** Each chosen API's operation ids, by API id. */
export type OperationIdsByApiOf<Refs extends readonly ApiRef[]> = { [R in Refs[number] as IdOf<R>]: OperationIdOf<R> }
/** Each chosen API's fixtures, by id. */
export type FixturesByApiOf<Refs extends readonly ApiRef[]> = { [R in Refs[number] as IdOf<R>]: FixturesOf<R> }
