import { readDelimitedText, type Reading } from './reading.js'
import type { ValueShape } from './value-shape.js'

/**
 * `spaceDelimited` and `pipeDelimited` (query): `color=blue%20black`, `color=blue|black`, an object
 * as `color=R|100|G|200`. OpenAPI defines them only not exploded; exploded, an array is read from
 * repeated keys, as `form` reads it.
 */
export function readDelimited(values: string[], shape: ValueShape, explode: boolean, delimiter: ' ' | '|'): Reading {
  if (shape.kind === 'array' && explode) return { value: values.map(shape.coerce) }
  const reading = readDelimitedText(values[0]!, delimiter, shape)
  return values.length > 1 && 'value' in reading ? { ...reading, repeated: true } : reading
}
