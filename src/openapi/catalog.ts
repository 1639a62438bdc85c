import { ErrorCodes } from '../errors/error-codes.js'
import { SpecError } from '../errors/spec-error.js'
import type { ApiOf, ApiRef } from '../api/api.js'
import type { ApiSpec } from '../api/spec.js'

const known = new Map<string, ApiSpec>()

/**
 * Makes APIs known by id, so that `contract('<id>')`, `setupChatmock({ apis: ['<id>'] })` and the
 * command line can name them. The package's entry points register the built-in APIs; a value
 * from `defineApi()` can always be passed as it is, registered or not.
 */
export function registerApis(apis: readonly ApiSpec[]): void {
  for (const api of apis) {
    const existing = known.get(api.id)
    if (existing && existing !== api) throw new SpecError(ErrorCodes.SPEC_INVALID, `An API with the id "${api.id}" is registered already. Please give each API its own id.`)
    known.set(api.id, api)
  }
}

/** The ids of the registered APIs, in the order they were registered. */
export function listApiIds(): string[] {
  return [...known.keys()]
}

export function isApiId(value: string): boolean {
  return known.has(value)
}

/** An API by id (or the API itself); throws UNKNOWN_API listing the known ids. */
export function getApi<R extends ApiRef>(ref: R): ApiOf<R>
export function getApi(ref: string | ApiSpec): ApiSpec
export function getApi(ref: string | ApiSpec): ApiSpec {
  if (typeof ref !== 'string') return ref
  const api = known.get(ref)
  if (!api) throw new SpecError(ErrorCodes.UNKNOWN_API, `Unknown API "${ref}". Expected one of: ${listApiIds().join(', ') || '(none registered)'}.`)
  return api
}
