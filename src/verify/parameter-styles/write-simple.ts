import type { Encode } from './encode-text.js'
import { isRecord, listProperties, stringifyScalar } from './value-parts.js'

/** `simple` (path and header): `blue`, `blue,black`, `R,100,G,200`, exploded `R=100,G=200`; the inverse of read-simple. */
export function writeSimple(value: unknown, explode: boolean, encode: Encode): string {
  if (Array.isArray(value)) return value.map((item) => encode(stringifyScalar(item))).join(',')
  if (isRecord(value))
    return listProperties(value, encode)
      .map(([key, text]) => (explode ? `${key}=${text}` : `${key},${text}`))
      .join(',')
  return encode(stringifyScalar(value))
}
