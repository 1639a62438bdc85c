import { acceptsCandidate, getAccepted } from './accept-candidates.js'
import { collectShape } from './collect-shape.js'
import { generateArray } from './generate-array.js'
import { generateChosen } from './generate-choice.js'
import { generateNumber } from './generate-number.js'
import { generateObject } from './generate-object.js'
import { generateString } from './generate-string.js'
import {
  enterRefs,
  HARD_DEPTH_LIMIT,
  isUnsatisfiable,
  UnsatisfiableSchema,
  type GenerationContext,
  type Located,
} from './generation-context.js'
import { findStringHint } from './property-hints.js'
import { orderTypes } from './order-types.js'
import type { SchemaShape } from './schema-shape.js'
import { copyJson, toStableJson } from './stable-json.js'

/** A value valid against every schema given (their conjunction). */
export function generateLocated(located: Located[], ctx: GenerationContext): unknown {
  if (ctx.depth > HARD_DEPTH_LIMIT)
    throw new UnsatisfiableSchema(located[0]?.pointer ?? '', 'it nests itself without end')
  return generateShape(collectShape(located, ctx.document), ctx)
}

export function generateShape(shape: SchemaShape, ctx: GenerationContext): unknown {
  if (shape.refs.length > 0) ctx = enterRefs(ctx, shape.refs)
  if (shape.impossible !== undefined) throw new UnsatisfiableSchema(shape.impossible, 'the schema is false')
  if (shape.readOnly && ctx.direction === 'request')
    throw new UnsatisfiableSchema(shape.pointer, 'it is readOnly, and a request may not carry it')
  if (shape.writeOnly && ctx.direction === 'response')
    throw new UnsatisfiableSchema(shape.pointer, 'it is writeOnly, and a response may not carry it')
  if (shape.types?.length === 0) throw new UnsatisfiableSchema(shape.pointer, 'its types have none in common')
  if (shape.enum?.length === 0) throw new UnsatisfiableSchema(shape.pointer, 'its enums have no value in common')
  if (shape.choices.length > 0 || shape.conditions.length > 0) return generateChosen(shape, ctx)
  for (let attempt = 0; attempt < 4; attempt++) {
    const value = generateValue(shape, ctx)
    if (shape.nots.every((not) => !ctx.check(not.schema, value))) return value
  }
  throw new UnsatisfiableSchema(shape.nots[0]!.pointer, 'every value found is one its `not` refuses')
}

/** A const, a valid example or default, a valid enum member, else a value built for a type. */
function generateValue(shape: SchemaShape, ctx: GenerationContext): unknown {
  if (shape.consts.length > 0) {
    const [value] = shape.consts
    if (
      shape.consts.every((other) => toStableJson(other) === toStableJson(value)) &&
      acceptsCandidate(shape, value, ctx)
    )
      return copyJson(value)
    throw new UnsatisfiableSchema(shape.pointer, 'its other keywords refuse its const')
  }
  const preferred = (ctx.preferred ?? []).filter((value) => acceptsCandidate(shape, value, ctx))
  if (preferred.length > 0) return copyJson(preferred[0])
  const { candidates, members } = getAccepted(shape, ctx)
  if (candidates.length > 0) return copyJson(ctx.minimal ? candidates[0] : ctx.faker.helpers.arrayElement(candidates))
  if (members !== undefined) {
    if (members.length === 0)
      throw new UnsatisfiableSchema(shape.pointer, 'its other keywords refuse every member of its enum')
    return copyJson(ctx.minimal ? members[0] : ctx.faker.helpers.arrayElement(members))
  }
  let failure: UnsatisfiableSchema | undefined
  for (const type of orderTypes(shape, ctx)) {
    try {
      return generateOfType(type, shape, ctx)
    } catch (error) {
      if (!isUnsatisfiable(error)) throw error
      failure ??= error
    }
  }
  throw failure ?? new UnsatisfiableSchema(shape.pointer, 'no type it allows can be met')
}

function generateOfType(type: string, shape: SchemaShape, ctx: GenerationContext): unknown {
  switch (type) {
    case 'null':
      return null
    case 'boolean':
      return ctx.minimal ? false : ctx.faker.datatype.boolean()
    case 'integer':
      return generateNumber(shape, ctx, true)
    case 'number':
      return generateNumber(shape, ctx, false)
    case 'string':
      return generateString(shape, ctx)
    case 'array':
      return generateArray(shape, ctx)
    case 'object':
      return generateObject(shape, ctx)
    default:
      // Any value will do: words (or what the property name suggests) read better than nothing.
      if (ctx.minimal) return null
      return (findStringHint(ctx.hint) ?? ((faker) => faker.lorem.word()))(ctx.faker)
  }
}
