import { generateFromPattern } from './generate-from-pattern.js'
import { generateLocated } from './generate-shape.js'
import { descend, isUnsatisfiable, type GenerationContext } from './generation-context.js'
import type { SchemaShape } from './schema-shape.js'

const STRING_SCHEMA = { type: 'string' }

/** One or two extra properties where the schema invites them (`additionalProperties` set, `patternProperties`). */
export function countExtras(shape: SchemaShape, ctx: GenerationContext): number {
  const invites = shape.objects.some(
    (part) =>
      (part.additional !== undefined && part.additional !== false) || Object.keys(part.patternProperties).length > 0,
  )
  return invites ? ctx.faker.number.int({ min: 1, max: 2 }) : 0
}

/** A name for an extra property: from `propertyNames`, a `patternProperties` pattern, or a word. */
export function draftExtraName(shape: SchemaShape, ctx: GenerationContext): string | undefined {
  if (shape.propertyNames.length > 0) {
    try {
      const name = generateLocated(
        [{ schema: STRING_SCHEMA, pointer: `${shape.pointer}/propertyNames` }, ...shape.propertyNames],
        descend(ctx),
      )
      return typeof name === 'string' ? name : undefined
    } catch (error) {
      if (isUnsatisfiable(error)) return undefined
      throw error
    }
  }
  const patterns = shape.objects.flatMap((part) => Object.keys(part.patternProperties))
  if (patterns.length > 0 && ctx.faker.datatype.boolean())
    return generateFromPattern(ctx.faker.helpers.arrayElement(patterns), ctx.faker, {
      minimal: false,
      minLength: 1,
      maxLength: Infinity,
    })
  return ctx.faker.lorem.word()
}
