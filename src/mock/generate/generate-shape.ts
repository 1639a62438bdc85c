import { collectShape } from './collect-shape.js'
import { generateArray } from './generate-array.js'
import { generateChosen } from './generate-choice.js'
import { generateNumber } from './generate-number.js'
import { generateObject } from './generate-object.js'
import { generateString } from './generate-string.js'
import { enterRefs, HARD_DEPTH_LIMIT, isUnsatisfiable, UnsatisfiableSchema, type GenerationContext, type Located } from './generation-context.js'
import { findStringHint } from './property-hints.js'
import type { SchemaShape } from './schema-shape.js'
import { copyJson, hasJsonType, toStableJson } from './stable-json.js'
import { checkFormat, FORMAT_VALUES } from './string-formats.js'

/** Types in order of the smallest value each has, for minimal values. */
const SMALLEST_FIRST = ['null', 'boolean', 'integer', 'number', 'string', 'array', 'object', 'any']

/** A value valid against every schema given (their conjunction). */
export function generateLocated(located: Located[], ctx: GenerationContext): unknown {
  if (ctx.depth > HARD_DEPTH_LIMIT) throw new UnsatisfiableSchema(located[0]?.pointer ?? '', 'it nests itself without end')
  return generateShape(collectShape(located, ctx.document), ctx)
}

export function generateShape(shape: SchemaShape, ctx: GenerationContext): unknown {
  if (shape.refs.length > 0) ctx = enterRefs(ctx, shape.refs)
  if (shape.impossible !== undefined) throw new UnsatisfiableSchema(shape.impossible, 'the schema is false')
  if (shape.readOnly && ctx.direction === 'request') throw new UnsatisfiableSchema(shape.pointer, 'it is readOnly, and a request may not carry it')
  if (shape.writeOnly && ctx.direction === 'response') throw new UnsatisfiableSchema(shape.pointer, 'it is writeOnly, and a response may not carry it')
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
    if (shape.consts.every((other) => toStableJson(other) === toStableJson(value)) && acceptsCandidate(shape, value, ctx)) return copyJson(value)
    throw new UnsatisfiableSchema(shape.pointer, 'its other keywords refuse its const')
  }
  const preferred = (ctx.preferred ?? []).filter((value) => acceptsCandidate(shape, value, ctx))
  if (preferred.length > 0) return copyJson(preferred[0])
  const { candidates, members } = getAccepted(shape, ctx)
  if (candidates.length > 0) return copyJson(ctx.minimal ? candidates[0] : ctx.faker.helpers.arrayElement(candidates))
  if (members !== undefined) {
    if (members.length === 0) throw new UnsatisfiableSchema(shape.pointer, 'its other keywords refuse every member of its enum')
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

interface Accepted {
  candidates: unknown[]
  members?: unknown[]
}

const accepted = new WeakMap<SchemaShape, Partial<Record<GenerationContext['direction'], Accepted>>>()

/** The examples, defaults and enum members that are valid, per shape and direction: checked once, not per value. */
function getAccepted(shape: SchemaShape, ctx: GenerationContext): Accepted {
  let byDirection = accepted.get(shape)
  if (!byDirection) accepted.set(shape, (byDirection = {}))
  return (byDirection[ctx.direction] ??= {
    candidates: shape.candidates.filter((value) => acceptsCandidate(shape, value, ctx)),
    ...(shape.enum !== undefined ? { members: shape.enum.filter((value) => acceptsCandidate(shape, value, ctx, true)) } : {}),
  })
}

/**
 * Whether a value from the document (an enum member, an example) is valid here: by the types and
 * enums alone when nothing else constrains it, else by the validators of the schemas as written.
 */
function acceptsCandidate(shape: SchemaShape, value: unknown, ctx: GenerationContext, member = false): boolean {
  if (value === undefined) return false
  if (shape.constrained) return shape.sources.every((source) => ctx.check(source.schema, value))
  if (shape.types !== undefined && !hasJsonType(value, shape.types)) return false
  if (!member && shape.enum !== undefined && !shape.enum.some((other) => toStableJson(other) === toStableJson(value))) return false
  if (shape.consts.some((other) => toStableJson(other) !== toStableJson(value))) return false
  return typeof value !== 'string' || shape.formats.every((format) => checkFormat(format, value))
}

const typeLists = new WeakMap<SchemaShape, { types: string[]; fallback: string[] }>()

/** The types to try: one drawn (null seldom), then the others; smallest first when minimal. */
function orderTypes(shape: SchemaShape, ctx: GenerationContext): string[] {
  const { types, fallback } = getTypes(shape)
  if (ctx.minimal) return [...[...types].sort((a, b) => SMALLEST_FIRST.indexOf(a) - SMALLEST_FIRST.indexOf(b)), ...fallback]
  const others = types.filter((type) => type !== 'null')
  if (others.length === 0) return [...types, ...fallback]
  const first = types.includes('null') && ctx.faker.datatype.boolean({ probability: 0.1 }) ? 'null' : ctx.faker.helpers.arrayElement(others)
  return [first, ...types.filter((type) => type !== first), ...fallback]
}

/** The types a shape allows (a simple `not: { type }` takes its types away), worked out once per shape. */
function getTypes(shape: SchemaShape): { types: string[]; fallback: string[] } {
  let lists = typeLists.get(shape)
  if (lists) return lists
  const excluded = shape.nots.flatMap(({ schema }) => {
    const keys = typeof schema === 'object' && schema !== null ? Object.keys(schema) : []
    return keys.length === 1 && keys[0] === 'type' ? [(schema as { type: string | string[] }).type].flat() : []
  })
  const inferred = shape.types === undefined
  const types = (shape.types ?? inferTypes(shape)).filter((type) => !excluded.includes(type) && !(type === 'integer' && excluded.includes('number')))
  // Keywords of one type do not bind the others: without a `type`, null is valid too.
  lists = { types, fallback: inferred && !types.includes('any') && !excluded.includes('null') ? ['null'] : [] }
  typeLists.set(shape, lists)
  return lists
}

/** The types a schema without `type` is about, from its keywords; `any` when none tells. */
function inferTypes(shape: SchemaShape): string[] {
  const types: string[] = []
  if (shape.objects.length > 0 || shape.required.length > 0 || shape.propertyNames.length > 0 || shape.minProperties !== undefined || shape.maxProperties !== undefined || shape.dependentRequired.length > 0) types.push('object')
  if (shape.arrays.length > 0 || shape.contains.length > 0 || shape.minItems !== undefined || shape.maxItems !== undefined || shape.uniqueItems) types.push('array')
  if (shape.minLength !== undefined || shape.maxLength !== undefined || shape.patterns.length > 0 || shape.formats.some((format) => format in FORMAT_VALUES)) types.push('string')
  const numeric = [shape.minimum, shape.maximum, shape.exclusiveMinimum, shape.exclusiveMaximum].some((bound) => bound !== undefined)
  if (numeric || shape.multipleOf.length > 0 || shape.formats.some((format) => ['int32', 'int64', 'float', 'double'].includes(format))) types.push('number')
  return types.length > 0 ? types : ['any']
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
