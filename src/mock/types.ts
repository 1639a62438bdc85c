import type { Credential, PlainResponse } from '../contract/types.js'
import type { ChatwootOperations } from '../spec/documents/chatwoot.types.js'
import type { HapihubOperations } from '../spec/documents/hapihub.types.js'
import type { RoostedOperations } from '../spec/documents/roosted.types.js'
import type { TogglFocusOperations } from '../spec/documents/toggl-focus.types.js'
import type { ApiId, ApiSpec, Operation } from '../spec/types.js'
import type { ChatwootStore } from '../store/chatwoot-store.js'
import type { HapihubStore } from '../store/hapihub-store.js'
import type { RoostedStore } from '../store/roosted-store.js'
import type { TogglFocusStore } from '../store/toggl-focus-store.js'

export interface OperationsByApi {
  'toggl-focus': TogglFocusOperations
  roosted: RoostedOperations
  hapihub: HapihubOperations
  chatwoot: ChatwootOperations
}

export interface StoresByApi {
  'toggl-focus': TogglFocusStore
  roosted: RoostedStore
  hapihub: HapihubStore
  chatwoot: ChatwootStore
}

interface OperationShape {
  params: unknown
  query: unknown
  headers: unknown
  body: unknown
}

/** What a resolver receives: the request's values, typed from the spec and already validated. */
export interface ResolverContext<Op extends OperationShape, Store> {
  params: Op['params']
  query: Op['query']
  headers: Op['headers']
  body: Op['body']
  /** The credential that satisfied the operation's security; null when none was needed. */
  credential: Credential | null
  store: Store
  api: ApiSpec
  operation: Operation
  /** The mock's clock (settable in tests). */
  now(): Date
}

export type Resolver<Op extends OperationShape, Store> = (context: ResolverContext<Op, Store>) => PlainResponse | Promise<PlainResponse>

/** One resolver per operationId of the API's spec, and nothing else. */
export type ResolversFor<A extends ApiId> = {
  [K in keyof OperationsByApi[A]]: Resolver<OperationsByApi[A][K] & OperationShape, StoresByApi[A]>
}

export interface ResolverSet<A extends ApiId> {
  api: A
  resolvers: ResolversFor<A>
}
