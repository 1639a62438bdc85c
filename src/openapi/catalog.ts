import { ErrorCodes } from '../errors/error-codes.js'
import { SpecError } from '../errors/spec-error.js'
import type { ApiOf, ApiRef } from '../api/api.js'
import type { ApiSpec } from '../api/spec.js'

type ApiLoader = () => Promise<ApiSpec>

const known = new Map<string, ApiSpec>()
let builtins: Readonly<Record<string, ApiLoader>> = {}

/**
 * Hands the catalog the built-in APIs' loaders (the package's entry points do): their ids become
 * known, and each API loads when a call that may wait names it.
 */
export function provideBuiltinApis(loaders: Readonly<Record<string, ApiLoader>>): void {
  builtins = loaders
}

/**
 * Makes APIs known by id, so that synchronous calls (`contract('<id>')`, `getApi('<id>')`) can name
 * them. A built-in API loaded by id is known from then on; a value from `defineApi()` can always be
 * passed as it is, known or not.
 */
export function registerApis(apis: readonly ApiSpec[]): void {
  for (const api of apis) {
    const existing = known.get(api.id)
    if (existing && existing !== api)
      throw new SpecError(
        ErrorCodes.SPEC_INVALID,
        `An API with the id "${api.id}" is registered already. Please give each API its own id.`,
      )
    known.set(api.id, api)
  }
}

/** The ids of the built-in APIs (loaded or not), then of the other registered ones. */
export function listApiIds(): string[] {
  return [...new Set([...Object.keys(builtins), ...known.keys()])]
}

export function isApiId(value: string): boolean {
  return known.has(value) || Object.hasOwn(builtins, value)
}

/** An API by id (or the API itself), among those this process has loaded; throws UNKNOWN_API saying how to get it. */
export function getApi<R extends ApiRef>(ref: R): ApiOf<R>
export function getApi(ref: string | ApiSpec): ApiSpec
export function getApi(ref: string | ApiSpec): ApiSpec {
  if (typeof ref !== 'string') return ref
  const api = known.get(ref)
  if (!api) throw unknownApi(ref)
  return api
}

/** An API by id (or the API itself), loading a built-in one on first use. */
export async function importApi(ref: string | ApiSpec): Promise<ApiSpec> {
  if (typeof ref !== 'string' || known.has(ref) || !Object.hasOwn(builtins, ref)) return getApi(ref)
  const api = await builtins[ref]!()
  registerApis([api])
  return api
}

/** The chosen APIs (by id or as values; default: every built-in one), loaded. */
export async function importApis(refs?: readonly (string | ApiSpec)[]): Promise<ApiSpec[]> {
  return Promise.all((refs ?? Object.keys(builtins)).map(importApi))
}

function unknownApi(id: string): SpecError {
  if (Object.hasOwn(builtins, id)) {
    const name = `${id.replace(/-(\w)/g, (_, letter: string) => letter.toUpperCase())}Api`
    return new SpecError(
      ErrorCodes.UNKNOWN_API,
      `The API "${id}" is not loaded in this process, and this call cannot wait for it. Import it and pass the value instead of the id: \`import { ${name} } from 'chatmock/apis/${id}'\`, then e.g. \`contract(${name})\`. A call that waits (\`setupChatmock({ apis: ['${id}'] })\`, \`toMatchContract\`, \`verify\`) loads it by id, and the id works everywhere from then on.`,
    )
  }
  return new SpecError(
    ErrorCodes.UNKNOWN_API,
    `Unknown API "${id}". Expected one of: ${listApiIds().join(', ') || '(none registered)'}.`,
  )
}
