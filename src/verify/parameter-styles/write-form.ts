import type { Encode } from './encode-text.js'
import type { QueryPair } from './query-pair.js'
import { isRecord, listProperties, stringifyScalar } from './value-parts.js'

/**
 * `form` (query and cookie): `color=blue`, an array as repeated keys `color=blue&color=black` (not
 * exploded `color=blue,black`), an object exploded as a key per property `R=100&G=200` (a property
 * that is an array as its key repeated), not exploded `color=R,100,G,200`; the inverse of read-form
 * and read-exploded-form.
 */
export function writeForm(value: unknown, name: string, explode: boolean, encode: Encode): QueryPair[] {
  const key = encodeURIComponent(name)
  if (Array.isArray(value)) {
    const items = value.map((item) => encode(stringifyScalar(item)))
    return explode ? items.map((item) => [key, item]) : [[key, items.join(',')]]
  }
  if (isRecord(value) && explode)
    return Object.entries(value).flatMap(([property, item]) =>
      (Array.isArray(item) ? item : item === undefined ? [] : [item]).map((text): QueryPair => [
        encodeURIComponent(property),
        encode(stringifyScalar(text)),
      ]),
    )
  if (isRecord(value)) return [[key, listProperties(value, encode).flat().join(',')]]
  return [[key, encode(stringifyScalar(value))]]
}
