import type { OpenAPIV3_1 } from 'openapi-types'
import type { LenientHandling } from '../api/spec.js'
import { ErrorCodes } from '../errors/error-codes.js'
import { SpecError } from '../errors/spec-error.js'

const LENIENT_EXTENSION = 'x-chatmock-lenient'

/** The values each key takes. */
const VALUES: { readonly [K in keyof LenientHandling]-?: ReadonlyArray<NonNullable<LenientHandling[K]>> } = {
  unknownBodyFields: ['drop'],
  invalidPathParameters: ['not-found', 'to-i'],
  invalidIntegerQueries: ['to-i'],
  unroutedMethods: ['not-found'],
}

const KEYS = Object.keys(VALUES)

/** The document's `x-chatmock-lenient`, checked once at load; `where` names the document in messages. */
export function readLenientExtension(document: OpenAPIV3_1.Document, where: string): LenientHandling | undefined {
  const value = (document as Record<string, unknown>)[LENIENT_EXTENSION]
  if (value === undefined) return undefined
  const fail = (pointer: string, detail: string): never => {
    throw new SpecError(ErrorCodes.SPEC_INVALID, `${where}: #/${pointer} ${detail}`)
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    return fail(LENIENT_EXTENSION, `must be an object with any of ${KEYS.join(', ')} (got ${JSON.stringify(value)}).`)
  const handling: Record<string, string> = {}
  for (const [key, given] of Object.entries(value)) {
    const allowed = (VALUES as Record<string, readonly string[] | undefined>)[key]
    if (!allowed) fail(LENIENT_EXTENSION, `has "${key}", which it does not take; it takes ${KEYS.join(', ')}.`)
    if (!allowed!.includes(given as string))
      fail(
        `${LENIENT_EXTENSION}/${key}`,
        `is ${JSON.stringify(given)}; expected ${allowed!.map((name) => JSON.stringify(name)).join(' or ')}.`,
      )
    handling[key] = given as string
  }
  return handling as LenientHandling
}
