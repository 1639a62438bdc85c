import type { Encode } from './encode-text.js'
import type { QueryPair } from './query-pair.js'
import { isRecord, listProperties, stringifyScalar } from './value-parts.js'

/**
 * `spaceDelimited` and `pipeDelimited` (query): `color=blue%20black`, `color=blue|black`, an object as
 * `color=R|100|G|200`; exploded, an array as repeated keys, as read-delimited reads it.
 */
export function writeDelimited(
  value: unknown,
  name: string,
  explode: boolean,
  delimiter: ' ' | '|',
  encode: Encode,
): QueryPair[] {
  const key = encodeURIComponent(name)
  // The space is escaped as any other; the pipe, which a query string carries as it is, is left so.
  const separator = delimiter === ' ' ? encode(' ') : '|'
  if (Array.isArray(value)) {
    const items = value.map((item) => encode(stringifyScalar(item)))
    return explode ? items.map((item) => [key, item]) : [[key, items.join(separator)]]
  }
  if (isRecord(value)) return [[key, listProperties(value, encode).flat().join(separator)]]
  return [[key, encode(stringifyScalar(value))]]
}
