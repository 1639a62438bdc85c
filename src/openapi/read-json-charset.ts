import type { OpenAPIV3_1 } from 'openapi-types'
import { ErrorCodes } from '../errors/error-codes.js'
import { SpecError } from '../errors/spec-error.js'

const CHARSET_EXTENSION = 'x-chatmock-json-charset'

/** A charset name as RFC 2978 allows one (a token): `utf-8`. */
const CHARSET = /^[A-Za-z0-9!#$%&'+^_`{}~-]+$/

/** The document's `x-chatmock-json-charset`, checked once at load; `where` names the document in messages. */
export function readJsonCharset(document: OpenAPIV3_1.Document, where: string): string | undefined {
  const value = (document as Record<string, unknown>)[CHARSET_EXTENSION]
  if (value === undefined) return undefined
  if (typeof value !== 'string' || !CHARSET.test(value))
    throw new SpecError(
      ErrorCodes.SPEC_INVALID,
      `${where}: #/${CHARSET_EXTENSION} must be the name of a charset, such as "utf-8" (got ${JSON.stringify(value)}).`,
    )
  return value
}
