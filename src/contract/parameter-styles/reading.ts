import type { ValueShape } from './value-shape.js'

/** What a style made of a parameter's text: its value, or why the text cannot be read. */
export type Reading = { value: unknown; repeated?: boolean } | { refused: string }

/** Text split by a delimiter: a primitive whole, an array item by item, an object as key, value pairs. */
export function readDelimitedText(text: string, delimiter: string, shape: ValueShape, trim = false): Reading {
  if (shape.kind === 'primitive') return { value: shape.coerce(text) }
  const parts = text === '' ? [] : text.split(delimiter).map((part) => (trim ? part.trim() : part))
  if (shape.kind === 'array') return { value: parts.map(shape.coerce) }
  if (parts.length % 2 !== 0)
    return { refused: `"${text}" has ${parts.length} items split by "${delimiter}": an object is key, value pairs` }
  const value: Record<string, unknown> = {}
  for (let i = 0; i < parts.length; i += 2) value[parts[i]!] = shape.property(parts[i]!).coerce(parts[i + 1]!)
  return { value }
}

/** Exploded `key=value` entries: an array of the values when every key is the parameter's name, else an object. */
export function readEntries(entries: string[], name: string, shape: ValueShape): Reading {
  if (shape.kind !== 'object') {
    const values: unknown[] = []
    for (const entry of entries) {
      const equals = entry.indexOf('=')
      const key = equals === -1 ? entry : entry.slice(0, equals)
      if (key !== name) return { refused: `"${entry}" is not "${name}=<value>"` }
      values.push(shape.coerce(equals === -1 ? '' : entry.slice(equals + 1)))
    }
    return shape.kind === 'array' ? { value: values } : { value: values[0], repeated: values.length > 1 }
  }
  const value: Record<string, unknown> = {}
  for (const entry of entries) {
    const equals = entry.indexOf('=')
    if (equals === -1) return { refused: `"${entry}" is not "<key>=<value>"` }
    const key = entry.slice(0, equals)
    value[key] = shape.property(key).coerce(entry.slice(equals + 1))
  }
  return { value }
}
