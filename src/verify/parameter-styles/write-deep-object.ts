import type { Encode } from './encode-text.js'
import type { QueryPair } from './query-pair.js'
import { writeForm } from './write-form.js'
import { isRecord, stringifyScalar } from './value-parts.js'

/**
 * `deepObject` (query): `color[R]=100&color[G]=200`, a property that is an array as its key
 * repeated; the inverse of read-deep-object. OpenAPI defines it for objects only: any other value
 * is written as `form` writes it.
 */
export function writeDeepObject(value: unknown, name: string, encode: Encode): QueryPair[] {
  if (!isRecord(value)) return writeForm(value, name, true, encode)
  return Object.entries(value).flatMap(([property, item]) =>
    (Array.isArray(item) ? item : item === undefined ? [] : [item]).map((text): QueryPair => [
      encodeURIComponent(`${name}[${property}]`),
      encode(stringifyScalar(text)),
    ]),
  )
}
