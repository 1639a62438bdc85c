import { generateLocated } from './generate-shape.js'
import {
  descend,
  isUnsatisfiable,
  UnsatisfiableSchema,
  type GenerationContext,
  type Located,
} from './generation-context.js'
import { toSingularHint } from './property-hints.js'
import type { SchemaShape } from './schema-shape.js'
import { toStableJson } from './stable-json.js'

/**
 * An array of one to three items (the tuple's length for `prefixItems`) within `minItems`/`maxItems`;
 * the first items also meet the `contains` schemas, so `minContains` holds by construction. Items
 * that cannot be unique or valid end the array early when it is already long enough.
 */
export function generateArray(shape: SchemaShape, ctx: GenerationContext): unknown[] {
  const prefixLength = Math.max(0, ...shape.arrays.map((part) => part.prefixItems.length))
  const closedAt = Math.min(...shape.arrays.map((part) => (part.items === false ? part.prefixItems.length : Infinity)))
  const max = Math.min(shape.maxItems ?? Infinity, closedAt)
  const containing = shape.contains.flatMap((contains) => Array.from({ length: contains.min }, () => contains.located))
  const min = Math.max(shape.minItems ?? 0, containing.length)
  if (min > max) throw new UnsatisfiableSchema(shape.pointer, `it needs ${min} items and allows at most ${max}`)
  const wanted = ctx.minimal
    ? min
    : Math.min(max, Math.max(min, prefixLength > 0 ? prefixLength : ctx.faker.number.int({ min: 1, max: 3 })))
  const itemCtx = descend(ctx, toSingularHint(ctx.hint))
  const items: unknown[] = []
  const seen = new Set<string>()
  while (items.length < wanted) {
    const index = items.length
    const located = [...getItemSchemas(shape, index), ...(index < containing.length ? [containing[index]!] : [])]
    const item = generateItem(located, itemCtx, shape.uniqueItems ? seen : undefined)
    if (item.found) {
      items.push(item.value)
      continue
    }
    if (index >= min) break
    throw item.failure ?? new UnsatisfiableSchema(shape.pointer, `no unique item found for position ${index}`)
  }
  return limitContains(shape, items, containing.length, min, ctx)
}

type Item = { found: true; value: unknown } | { found: false; failure?: UnsatisfiableSchema }

/** Draws for a unique item: enough to find the last free values of a small domain (an enum, a short range). */
const UNIQUE_ATTEMPTS = 16

function generateItem(located: Located[], ctx: GenerationContext, seen: Set<string> | undefined): Item {
  for (let attempt = 0; attempt < (seen ? UNIQUE_ATTEMPTS : 1); attempt++) {
    let value: unknown
    try {
      value = generateLocated(located, ctx)
    } catch (error) {
      if (!isUnsatisfiable(error)) throw error
      return { found: false, failure: error }
    }
    if (!seen) return { found: true, value }
    const key = toStableJson(value)
    if (!seen.has(key)) {
      seen.add(key)
      return { found: true, value }
    }
  }
  return { found: false }
}

const itemSchemas = new WeakMap<SchemaShape, Located[][]>()

/** What each array part says of a position: its `prefixItems` entry, else its `items` (cached per shape and position). */
function getItemSchemas(shape: SchemaShape, index: number): Located[] {
  let byIndex = itemSchemas.get(shape)
  if (!byIndex) itemSchemas.set(shape, (byIndex = []))
  return (byIndex[index] ??= listItemSchemas(shape, index))
}

function listItemSchemas(shape: SchemaShape, index: number): Located[] {
  const located = shape.arrays.flatMap((part): Located[] => {
    if (index < part.prefixItems.length)
      return [{ schema: part.prefixItems[index], pointer: `${part.pointer}/prefixItems/${index}` }]
    return part.items === undefined ? [] : [{ schema: part.items, pointer: part.itemsPointer }]
  })
  return located.length > 0 ? located : [{ schema: true, pointer: `${shape.pointer}/items` }]
}

/** Drops matching items from the end (past those placed for `contains`) while too many match (`maxContains`). */
function limitContains(
  shape: SchemaShape,
  items: unknown[],
  placed: number,
  min: number,
  ctx: GenerationContext,
): unknown[] {
  for (const contains of shape.contains) {
    if (contains.max === undefined) continue
    const matches = () => items.filter((item) => ctx.check(contains.located.schema, item)).length
    while (
      items.length > Math.max(placed, min) &&
      matches() > contains.max &&
      ctx.check(contains.located.schema, items[items.length - 1])
    )
      items.pop()
    if (matches() > contains.max)
      throw new UnsatisfiableSchema(
        contains.located.pointer,
        `more than maxContains ${contains.max} items match its contains`,
      )
  }
  return items
}
