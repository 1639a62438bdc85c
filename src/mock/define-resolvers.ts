import { ErrorCodes } from '../errors/error-codes.js'
import { SpecError } from '../errors/spec-error.js'
import { getApi } from '../spec/registry.js'
import type { ApiId } from '../spec/types.js'
import type { ResolverSet, ResolversFor } from './types.js'

/**
 * Declares an API's resolvers, keyed by the spec's operationIds: no path, method or schema is
 * written next to them. Throws when an operation has no resolver or a resolver names no operation
 * (TypeScript says so first).
 */
export function defineResolvers<A extends ApiId>(api: A, resolvers: ResolversFor<A>): ResolverSet<A> {
  const spec = getApi(api)
  const missing = spec.operations.map((operation) => operation.operationId).filter((id) => typeof (resolvers as Record<string, unknown>)[id] !== 'function')
  if (missing.length > 0) {
    throw new SpecError(ErrorCodes.RESOLVER_MISSING, `Operations of ${api} have no resolver: ${missing.join(', ')}. Please add one for each.`)
  }
  const unknown = Object.keys(resolvers).filter((id) => !spec.operationsById.has(id))
  if (unknown.length > 0) {
    throw new SpecError(ErrorCodes.UNKNOWN_OPERATION, `Resolvers of ${api} name no operation of its spec: ${unknown.join(', ')}. Expected only: ${[...spec.operationsById.keys()].join(', ')}.`)
  }
  return { api, resolvers }
}
