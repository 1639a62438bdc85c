import { readDelimitedText, readEntries, type Reading } from './reading.js'
import type { ValueShape } from './value-shape.js'

/**
 * `simple` (path and header): `blue`, `blue,black`, `R,100,G,200`, exploded `R=100,G=200`. A
 * header's items are trimmed, as a header repeated is joined with ", ".
 */
export function readSimple(text: string, shape: ValueShape, explode: boolean, trim: boolean): Reading {
  if (explode && shape.kind === 'object') {
    return readEntries(text === '' ? [] : text.split(',').map((entry) => (trim ? entry.trim() : entry)), '', shape)
  }
  return readDelimitedText(text, ',', shape, trim)
}
