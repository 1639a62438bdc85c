import type { HttpHandler } from 'msw'
import type { ApiId } from '../spec/types.js'
import { createMockApi, type MockApiOptions } from './create-mock-api.js'
import { toMswHandlers } from './to-msw-handlers.js'
import type { ResolverSet } from './types.js'

export interface DefineHandlersOptions<A extends ApiId> extends MockApiOptions<A> {
  /** Base URLs to intercept besides the documented server URL. */
  baseUrls?: readonly string[]
}

/**
 * The msw handlers of an API, built from its spec's operations and a resolver per operationId,
 * every one behind the contract guard.
 *
 * @example
 * const handlers = defineHandlers(togglFocusResolvers, { store: createTogglFocusStore() })
 * setupServer(...handlers)
 */
export function defineHandlers<A extends ApiId>(resolvers: ResolverSet<A>, options: DefineHandlersOptions<A>): HttpHandler[] {
  return toMswHandlers(createMockApi(resolvers, options), options.baseUrls)
}
