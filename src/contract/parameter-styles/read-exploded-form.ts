import type { Reading } from './reading.js'
import type { ValueShape } from './value-shape.js'

/**
 * An exploded `form` object (query and cookie): each property is a key of its own, `R=100&G=200`.
 * `keys` are the keys of the request that are the object's: its declared properties, or, for an
 * object of free keys, those no other parameter claims. `undefined` when none came.
 */
export function readExplodedForm(
  lookup: ReadonlyMap<string, string[]>,
  keys: Iterable<string>,
  shape: Extract<ValueShape, { kind: 'object' }>,
): Reading | undefined {
  let value: Record<string, unknown> | undefined
  for (const key of keys) {
    const values = lookup.get(key)
    if (values === undefined) continue
    const property = shape.property(key)
    if (!property.array && values.length > 1) return { refused: `its property "${key}" came ${values.length} times` }
    value ??= {}
    value[key] = property.array ? values.map(property.coerce) : property.coerce(values[0]!)
  }
  return value && { value }
}
