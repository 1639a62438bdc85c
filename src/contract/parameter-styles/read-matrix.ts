import { readDelimitedText, readEntries, type Reading } from './reading.js'
import type { ValueShape } from './value-shape.js'

/**
 * `matrix` (path): `;color=blue`, `;color=blue,black` (exploded `;color=blue;color=black`),
 * `;color=R,100,G,200` (exploded `;R=100;G=200`); `;color` alone is the empty value.
 */
export function readMatrix(text: string, name: string, shape: ValueShape, explode: boolean): Reading {
  if (!text.startsWith(';')) return { refused: `"${text}" does not start with ";" (matrix style)` }
  const entries = text.slice(1).split(';')
  if (explode && shape.kind !== 'primitive') return readEntries(entries, name, shape)
  const [entry, ...more] = entries
  if (more.length > 0) return { refused: `"${text}" has more than one ";" entry and is not exploded` }
  if (entry === name) return readDelimitedText('', ',', shape)
  if (!entry!.startsWith(`${name}=`)) return { refused: `"${text}" is not ";${name}=<value>"` }
  return readDelimitedText(entry!.slice(name.length + 1), ',', shape)
}
