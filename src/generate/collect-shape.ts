import type { OpenAPIV3_1 } from 'openapi-types'
import { resolveRef } from '../openapi/resolve-ref.js'
import { addApplicators } from './collect-applicators.js'
import type { Located } from './generation-context.js'
import { createShape, type SchemaShape } from './schema-shape.js'
import { toStableJson } from './stable-json.js'

type Schema = Record<string, unknown>

/** Keywords that do not constrain a value beyond its type, enum or const. */
const LOOSE_KEYWORDS = new Set([
  'type',
  'enum',
  'const',
  '$ref',
  'title',
  'description',
  'examples',
  'example',
  'default',
  'deprecated',
  'xml',
  'externalDocs',
  '$comment',
  '$schema',
  '$id',
  '$anchor',
  'format',
  'discriminator',
])

/**
 * How many shapes a document keeps: past this many its cache starts afresh. The plans, merges and
 * verdicts kept for a shape (generate-object, generate-choice, accept-candidates) go with it, so
 * this bounds them all: Microsoft Graph's description, answered whole, kept 66 MB of them.
 */
export const SHAPE_LIMIT = 4000

interface ShapeCache {
  bySchema: WeakMap<object, Map<string, SchemaShape>>
  count: number
}

const caches = new WeakMap<object, ShapeCache>()

/**
 * Merges schemas (following `$ref`s and `allOf`s) into one shape: the constraints a value must meet.
 * The shape of a single schema object is cached (shapes are never changed once collected: a branch
 * is merged into a copy), so a schema is walked once per document, not once per value.
 */
export function collectShape(located: Located[], document: OpenAPIV3_1.Document): SchemaShape {
  const single =
    located.length === 1 && typeof located[0]!.schema === 'object' && located[0]!.schema !== null
      ? located[0]!
      : undefined
  let byPointer: Map<string, SchemaShape> | undefined
  let cache: ShapeCache | undefined
  if (single) {
    cache = caches.get(document)
    if (!cache || cache.count >= SHAPE_LIMIT) caches.set(document, (cache = { bySchema: new WeakMap(), count: 0 }))
    byPointer = cache.bySchema.get(single.schema as object)
    if (!byPointer) cache.bySchema.set(single.schema as object, (byPointer = new Map()))
    const cached = byPointer.get(single.pointer)
    if (cached) return cached
  }
  const shape = createShape(located)
  for (const item of located) addToShape(shape, item, document)
  if (byPointer) {
    byPointer.set(single!.pointer, shape)
    cache!.count++
  }
  return shape
}

/** Adds one more schema to a shape (its conjunction with what is already there). */
export function addToShape(shape: SchemaShape, { schema, pointer }: Located, document: OpenAPIV3_1.Document): void {
  if (schema === true || schema === undefined) return
  if (typeof schema !== 'object' || schema === null || Array.isArray(schema)) {
    shape.impossible ??= pointer
    return
  }
  const s = schema as Schema
  if (typeof s.$ref === 'string' && !shape.merged.includes(s.$ref)) {
    // A `$ref` already merged adds nothing (a conjunction is idempotent), so a branch that comes back to its parent ends.
    shape.merged.push(s.$ref)
    shape.refs.push(s.$ref)
    addToShape(shape, { schema: resolveRef(document, { $ref: s.$ref }), pointer: s.$ref }, document)
  }
  if (Array.isArray(s.allOf))
    s.allOf.forEach((part, index) =>
      addToShape(shape, { schema: part, pointer: `${pointer}/allOf/${index}` }, document),
    )
  if (Object.keys(s).some((key) => !LOOSE_KEYWORDS.has(key) && key !== 'allOf')) shape.constrained = true
  if (s.type !== undefined) intersectTypes(shape, Array.isArray(s.type) ? (s.type as string[]) : [s.type as string])
  if ('const' in s) shape.consts.push(s.const)
  if (Array.isArray(s.enum)) intersectEnum(shape, s.enum)
  if (typeof s.format === 'string') shape.formats.push(s.format)
  if (Array.isArray(s.examples)) shape.candidates.push(...s.examples)
  if ('example' in s) shape.candidates.push(s.example)
  if ('default' in s) shape.candidates.push(s.default)
  if (s.readOnly === true) shape.readOnly = true
  if (s.writeOnly === true) shape.writeOnly = true
  addNumberKeywords(shape, s)
  addStringAndArrayKeywords(shape, s, pointer)
  addObjectKeywords(shape, s, pointer)
  addApplicators(shape, s, pointer)
}

function intersectTypes(shape: SchemaShape, types: string[]): void {
  if (shape.types === undefined) {
    shape.types = [...types]
    return
  }
  const previous = shape.types
  shape.types = types.flatMap((type) => {
    if (previous.includes(type)) return [type]
    if ((type === 'integer' && previous.includes('number')) || (type === 'number' && previous.includes('integer')))
      return ['integer']
    return []
  })
}

function intersectEnum(shape: SchemaShape, values: unknown[]): void {
  if (shape.enum === undefined) {
    shape.enum = [...values]
    return
  }
  const keys = new Set(values.map(toStableJson))
  shape.enum = shape.enum.filter((value) => keys.has(toStableJson(value)))
}

function addNumberKeywords(shape: SchemaShape, s: Schema): void {
  if (typeof s.minimum === 'number') shape.minimum = Math.max(shape.minimum ?? -Infinity, s.minimum)
  if (typeof s.exclusiveMinimum === 'number')
    shape.exclusiveMinimum = Math.max(shape.exclusiveMinimum ?? -Infinity, s.exclusiveMinimum)
  if (typeof s.maximum === 'number') shape.maximum = Math.min(shape.maximum ?? Infinity, s.maximum)
  if (typeof s.exclusiveMaximum === 'number')
    shape.exclusiveMaximum = Math.min(shape.exclusiveMaximum ?? Infinity, s.exclusiveMaximum)
  if (typeof s.multipleOf === 'number') shape.multipleOf.push(s.multipleOf)
}

function addStringAndArrayKeywords(shape: SchemaShape, s: Schema, pointer: string): void {
  if (typeof s.minLength === 'number') shape.minLength = Math.max(shape.minLength ?? 0, s.minLength)
  if (typeof s.maxLength === 'number') shape.maxLength = Math.min(shape.maxLength ?? Infinity, s.maxLength)
  if (typeof s.pattern === 'string') shape.patterns.push(s.pattern)
  if (typeof s.minItems === 'number') shape.minItems = Math.max(shape.minItems ?? 0, s.minItems)
  if (typeof s.maxItems === 'number') shape.maxItems = Math.min(shape.maxItems ?? Infinity, s.maxItems)
  if (s.uniqueItems === true) shape.uniqueItems = true
  if ('contains' in s) {
    const min = typeof s.minContains === 'number' ? s.minContains : 1
    shape.contains.push({
      located: { schema: s.contains, pointer: `${pointer}/contains` },
      min,
      ...(typeof s.maxContains === 'number' ? { max: s.maxContains } : {}),
    })
  }
  if ('prefixItems' in s || 'items' in s || 'unevaluatedItems' in s) {
    const key = 'items' in s ? 'items' : 'unevaluatedItems'
    shape.arrays.push({
      prefixItems: Array.isArray(s.prefixItems) ? s.prefixItems : [],
      items: s[key],
      itemsPointer: `${pointer}/${key}`,
      pointer,
    })
  }
}

function addObjectKeywords(shape: SchemaShape, s: Schema, pointer: string): void {
  if (['properties', 'patternProperties', 'additionalProperties', 'unevaluatedProperties'].some((key) => key in s)) {
    shape.objects.push({
      properties: (s.properties ?? {}) as Record<string, unknown>,
      patternProperties: (s.patternProperties ?? {}) as Record<string, unknown>,
      ...('additionalProperties' in s ? { additional: s.additionalProperties } : {}),
      ...('unevaluatedProperties' in s ? { unevaluated: s.unevaluatedProperties } : {}),
      pointer,
    })
  }
  if (Array.isArray(s.required))
    for (const name of s.required as string[]) if (!shape.required.includes(name)) shape.required.push(name)
  if ('propertyNames' in s) shape.propertyNames.push({ schema: s.propertyNames, pointer: `${pointer}/propertyNames` })
  if (typeof s.minProperties === 'number') shape.minProperties = Math.max(shape.minProperties ?? 0, s.minProperties)
  if (typeof s.maxProperties === 'number')
    shape.maxProperties = Math.min(shape.maxProperties ?? Infinity, s.maxProperties)
  if (typeof s.dependentRequired === 'object' && s.dependentRequired !== null)
    shape.dependentRequired.push(...(Object.entries(s.dependentRequired) as Array<[string, string[]]>))
}
