import type { Encode } from './encode-text.js'
import { isRecord, listProperties, stringifyScalar } from './value-parts.js'

/**
 * `matrix` (path): `;color=blue`, `;color=blue,black` (exploded `;color=blue;color=black`),
 * `;color=R,100,G,200` (exploded `;R=100;G=200`), the empty value as `;color`; the inverse of read-matrix.
 */
export function writeMatrix(value: unknown, name: string, explode: boolean, encode: Encode): string {
  const key = encode(name)
  const assign = (text: string) => (text === '' ? `;${key}` : `;${key}=${text}`)
  if (Array.isArray(value)) {
    const items = value.map((item) => encode(stringifyScalar(item)))
    return explode ? items.map((item) => `;${key}=${item}`).join('') : assign(items.join(','))
  }
  if (isRecord(value)) {
    const properties = listProperties(value, encode)
    return explode
      ? properties.map(([property, text]) => `;${property}=${text}`).join('')
      : assign(properties.flat().join(','))
  }
  return assign(encode(stringifyScalar(value)))
}
