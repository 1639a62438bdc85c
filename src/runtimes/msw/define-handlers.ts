import type { HttpHandler } from 'msw'
import { createMockApi, type MockApiOptions } from '../../mock/create-mock-api.js'
import type { ResolverSet } from '../../mock/define-resolvers.js'
import { toMswHandlers } from './to-msw-handlers.js'
import type { ApiRef, StoreOf } from '../../api/api.js'

export interface DefineHandlersOptions<Store> extends MockApiOptions<Store> {
  /** Base URLs to intercept besides the documented server URL. */
  baseUrls?: readonly string[]
}

/**
 * The msw handlers of an API, built from its spec's operations and a resolver per operationId,
 * every one behind the contract guard.
 *
 * @example
 * const handlers = defineHandlers(defineResolvers(api, resolvers), { store })
 * setupServer(...handlers)
 */
export function defineHandlers<R extends ApiRef>(
  set: ResolverSet<R>,
  options: DefineHandlersOptions<StoreOf<R>>,
): HttpHandler[] {
  return toMswHandlers(createMockApi({ ...set.api, resolvers: set.resolvers }, options), options.baseUrls)
}
