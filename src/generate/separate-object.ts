import { collectShape } from './collect-shape.js'
import type { GenerationContext, Located } from './generation-context.js'
import { getPropertySchemas } from './property-schemas.js'
import type { SchemaShape } from './schema-shape.js'
import { copyJson } from './stable-json.js'

/** Values a property schema is likely to refuse, tried in turn to make an object fail a branch. */
const MISFITS: readonly unknown[] = [null, 'x', 0, 0.5, true, [], {}]

/**
 * An object that matches several branches of a `oneOf` (branches of optional properties, none
 * closed) made to fail the others: a property another branch declares and this one leaves free
 * gets a value that branch refuses. Undefined when there is no such property.
 */
export function separateObject(
  value: unknown,
  others: Located[],
  merged: SchemaShape,
  ctx: GenerationContext,
): Record<string, unknown> | undefined {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return undefined
  const object = { ...(value as Record<string, unknown>) }
  for (const other of others) {
    if (!ctx.check(other.schema, object)) continue
    const theirs = collectShape([other], ctx.document)
    const names = [...new Set(theirs.objects.flatMap((part) => Object.keys(part.properties)))]
    const broken = names.some((name) => {
      const ours = getPropertySchemas(merged, name)
      if (Object.hasOwn(object, name) || ours === undefined || merged.forbidden.includes(name)) return false
      const refused = getPropertySchemas(theirs, name) ?? []
      const misfit = MISFITS.find(
        (candidate) =>
          refused.some((located) => !ctx.check(located.schema, candidate)) &&
          ours.every((located) => ctx.check(located.schema, candidate)),
      )
      if (misfit === undefined) return false
      object[name] = copyJson(misfit)
      return true
    })
    if (!broken) return undefined
  }
  return others.every((other) => !ctx.check(other.schema, object)) ? object : undefined
}
