import type { Encode } from './encode-text.js'
import { isRecord, listProperties, stringifyScalar } from './value-parts.js'

/** `label` (path): `.blue`, `.blue,black` (exploded `.blue.black`), `.R,100,G,200` (exploded `.R=100.G=200`); the inverse of read-label. */
export function writeLabel(value: unknown, explode: boolean, encode: Encode): string {
  const separator = explode ? '.' : ','
  if (Array.isArray(value)) return `.${value.map((item) => encode(stringifyScalar(item))).join(separator)}`
  if (isRecord(value))
    return `.${listProperties(value, encode)
      .map(([key, text]) => (explode ? `${key}=${text}` : `${key},${text}`))
      .join(separator)}`
  return `.${encode(stringifyScalar(value))}`
}
