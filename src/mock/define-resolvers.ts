import { ErrorCodes } from '../errors/error-codes.js'
import { SpecError } from '../errors/spec-error.js'
import { getApi } from '../openapi/catalog.js'
import type { Api, ApiOf, ApiRef, OperationsOf, Resolvers, StoreOf } from '../api/api.js'

/** An API's resolvers, every operation covered. */
export interface ResolverSet<R extends ApiRef = ApiRef> {
  api: ApiOf<R>
  resolvers: Resolvers<OperationsOf<R>, StoreOf<R>>
}

/**
 * Declares a full set of resolvers for an API, keyed by the spec's operationIds: no path, method or
 * schema is written next to them. Throws when an operation has no resolver or a resolver names no
 * operation (TypeScript says so first).
 */
export function defineResolvers<R extends ApiRef>(
  api: R,
  resolvers: Resolvers<OperationsOf<R>, StoreOf<R>>,
): ResolverSet<R> {
  const spec = getApi(api as string | Api) as Api
  const missing = spec.operations
    .map((operation) => operation.operationId)
    .filter((id) => typeof (resolvers as Record<string, unknown>)[id] !== 'function')
  if (missing.length > 0) {
    throw new SpecError(
      ErrorCodes.RESOLVER_MISSING,
      `Operations of ${spec.id} have no resolver: ${missing.join(', ')}. Please add one for each.`,
    )
  }
  const unknown = Object.keys(resolvers).filter((id) => !spec.operationsById.has(id))
  if (unknown.length > 0) {
    throw new SpecError(
      ErrorCodes.UNKNOWN_OPERATION,
      `Resolvers of ${spec.id} name no operation of its spec: ${unknown.join(', ')}. Expected only: ${[...spec.operationsById.keys()].join(', ')}.`,
    )
  }
  return { api: spec as ApiOf<R>, resolvers }
}
