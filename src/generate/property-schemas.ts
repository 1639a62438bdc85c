import { toPatternRegExp } from './generate-from-pattern.js'
import { toPropertyPointer, type GenerationContext, type Located } from './generation-context.js'
import type { SchemaShape } from './schema-shape.js'

/** Whether an object may have a property of this name: no part forbids it, `propertyNames` accept it. */
export function allowsName(shape: SchemaShape, name: string, ctx: GenerationContext): boolean {
  return (
    !shape.forbidden.includes(name) &&
    getPropertySchemas(shape, name) !== undefined &&
    shape.propertyNames.every((located) => ctx.check(located.schema, name))
  )
}

/**
 * What the object parts say of a property name: its `properties` and matching `patternProperties`
 * schemas, else `additionalProperties` (or `unevaluatedProperties` for a name no part declares);
 * undefined when one of them forbids it.
 */
export function getPropertySchemas(shape: SchemaShape, name: string): Located[] | undefined {
  const located: Located[] = []
  const declaredAnywhere = shape.objects.some(
    (part) =>
      Object.hasOwn(part.properties, name) ||
      Object.keys(part.patternProperties).some((pattern) => toPatternRegExp(pattern)?.test(name)),
  )
  for (const part of shape.objects) {
    let matched = false
    if (Object.hasOwn(part.properties, name)) {
      located.push({ schema: part.properties[name], pointer: toPropertyPointer(part.pointer, 'properties', name) })
      matched = true
    }
    for (const [pattern, schema] of Object.entries(part.patternProperties)) {
      if (!toPatternRegExp(pattern)?.test(name)) continue
      located.push({ schema, pointer: toPropertyPointer(part.pointer, 'patternProperties', pattern) })
      matched = true
    }
    if (matched) continue
    const [keyword, rest] =
      part.additional !== undefined
        ? ['additionalProperties', part.additional]
        : !declaredAnywhere
          ? ['unevaluatedProperties', part.unevaluated]
          : []
    if (rest === false) return undefined
    if (rest !== undefined) located.push({ schema: rest, pointer: `${part.pointer}/${keyword}` })
  }
  return located
}
