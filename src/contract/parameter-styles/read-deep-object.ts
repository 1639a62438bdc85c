import type { Reading } from './reading.js'
import type { ValueShape } from './value-shape.js'

/**
 * `deepObject` (query): `color[R]=100&color[G]=200`. OpenAPI defines one level; a deeper key
 * (`color[R][x]`) is refused rather than guessed. `undefined` when no key of the object came.
 */
export function readDeepObject(
  query: ReadonlyMap<string, string[]>,
  name: string,
  shape: ValueShape,
): Reading | undefined {
  const prefix = `${name}[`
  let value: Record<string, unknown> | undefined
  for (const [key, values] of query) {
    if (!key.startsWith(prefix)) continue
    if (shape.kind !== 'object') return { refused: `deepObject style reads an object, and its schema is not one` }
    const property = key.slice(prefix.length, -1)
    if (!key.endsWith(']') || property.includes('[') || property.includes(']'))
      return { refused: `"${key}" is not "${name}[<property>]": deepObject reads one level` }
    const propertyShape = shape.property(property)
    if (!propertyShape.array && values.length > 1) return { refused: `"${key}" came ${values.length} times` }
    value ??= {}
    value[property] = propertyShape.array ? values.map(propertyShape.coerce) : propertyShape.coerce(values[0]!)
  }
  return value && { value }
}
