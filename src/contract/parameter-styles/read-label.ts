import { readDelimitedText, readEntries, type Reading } from './reading.js'
import type { ValueShape } from './value-shape.js'

/** `label` (path): `.blue`, `.blue,black` (exploded `.blue.black`), `.R,100,G,200` (exploded `.R=100.G=200`). */
export function readLabel(text: string, shape: ValueShape, explode: boolean): Reading {
  if (!text.startsWith('.')) return { refused: `"${text}" does not start with "." (label style)` }
  const rest = text.slice(1)
  if (!explode || shape.kind === 'primitive') return readDelimitedText(rest, ',', shape)
  if (shape.kind === 'array') return readDelimitedText(rest, '.', shape)
  return readEntries(rest === '' ? [] : rest.split('.'), '', shape)
}
