import { readDelimitedText, type Reading } from './reading.js'
import type { ValueShape } from './value-shape.js'

/**
 * `form` (query and cookie) for every value of the parameter's own key: `color=blue`, an array as
 * repeated keys `color=blue&color=black` (not exploded: `color=blue,black`), an object not exploded
 * as `color=R,100,G,200`. `commaSeparated` (the vendor extension `x-chatmock-comma-separated`)
 * also splits an exploded array's values on commas. An exploded object is read-exploded-form's.
 */
export function readForm(values: string[], shape: ValueShape, explode: boolean, commaSeparated: boolean): Reading {
  if (shape.kind === 'array' && explode) {
    return { value: (commaSeparated ? values.flatMap((value) => value.split(',')) : values).map(shape.coerce) }
  }
  const reading = readDelimitedText(values[0]!, ',', shape)
  return values.length > 1 && 'value' in reading ? { ...reading, repeated: true } : reading
}
