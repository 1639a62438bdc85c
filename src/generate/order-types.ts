import type { GenerationContext } from './generation-context.js'
import type { SchemaShape } from './schema-shape.js'
import { FORMAT_VALUES } from './string-formats.js'

/** Types in order of the smallest value each has, for minimal values. */
const SMALLEST_FIRST = ['null', 'boolean', 'integer', 'number', 'string', 'array', 'object', 'any']

const typeLists = new WeakMap<SchemaShape, { types: string[]; fallback: string[] }>()

/** The types to try: one drawn (null seldom), then the others; smallest first when minimal. */
export function orderTypes(shape: SchemaShape, ctx: GenerationContext): string[] {
  const { types, fallback } = getTypes(shape)
  if (ctx.minimal)
    return [...[...types].sort((a, b) => SMALLEST_FIRST.indexOf(a) - SMALLEST_FIRST.indexOf(b)), ...fallback]
  const others = types.filter((type) => type !== 'null')
  if (others.length === 0) return [...types, ...fallback]
  const first =
    types.includes('null') && ctx.faker.datatype.boolean({ probability: 0.1 })
      ? 'null'
      : ctx.faker.helpers.arrayElement(others)
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
  const types = (shape.types ?? inferTypes(shape)).filter(
    (type) => !excluded.includes(type) && !(type === 'integer' && excluded.includes('number')),
  )
  // Keywords of one type do not bind the others: without a `type`, null is valid too.
  lists = { types, fallback: inferred && !types.includes('any') && !excluded.includes('null') ? ['null'] : [] }
  typeLists.set(shape, lists)
  return lists
}

/** The types a schema without `type` is about, from its keywords; `any` when none tells. */
function inferTypes(shape: SchemaShape): string[] {
  const types: string[] = []
  if (
    shape.objects.length > 0 ||
    shape.required.length > 0 ||
    shape.propertyNames.length > 0 ||
    shape.minProperties !== undefined ||
    shape.maxProperties !== undefined ||
    shape.dependentRequired.length > 0
  )
    types.push('object')
  if (
    shape.arrays.length > 0 ||
    shape.contains.length > 0 ||
    shape.minItems !== undefined ||
    shape.maxItems !== undefined ||
    shape.uniqueItems
  )
    types.push('array')
  if (
    shape.minLength !== undefined ||
    shape.maxLength !== undefined ||
    shape.patterns.length > 0 ||
    shape.formats.some((format) => format in FORMAT_VALUES)
  )
    types.push('string')
  const numeric = [shape.minimum, shape.maximum, shape.exclusiveMinimum, shape.exclusiveMaximum].some(
    (bound) => bound !== undefined,
  )
  if (
    numeric ||
    shape.multipleOf.length > 0 ||
    shape.formats.some((format) => ['int32', 'int64', 'float', 'double'].includes(format))
  )
    types.push('number')
  return types.length > 0 ? types : ['any']
}
