import fc from 'fast-check'
import type { OpenAPIV3_1 } from 'openapi-types'
import { resolveRef } from '../../src/openapi/resolve-ref.js'

type Schema = Record<string, unknown>

/**
 * A fast-check arbitrary of values a JSON Schema (the subset the specs use) accepts: types and
 * type lists, enums and consts, bounds, lengths, patterns, date-times, arrays, objects with their
 * required properties (optional ones sometimes), oneOf/anyOf, and local `$ref`s.
 */
export function schemaArbitrary(document: OpenAPIV3_1.Document, maybe: unknown, depth = 0): fc.Arbitrary<unknown> {
  const schema = resolveRef<Schema>(document, (maybe ?? {}) as never)
  if ('const' in schema) return fc.constant(schema.const)
  if (Array.isArray(schema.enum)) return fc.constantFrom(...schema.enum)
  for (const key of ['oneOf', 'anyOf'] as const) {
    if (Array.isArray(schema[key]))
      return fc.oneof(...(schema[key] as Schema[]).map((part) => schemaArbitrary(document, part, depth + 1)))
  }
  const types = Array.isArray(schema.type)
    ? (schema.type as string[])
    : typeof schema.type === 'string'
      ? [schema.type]
      : 'properties' in schema
        ? ['object']
        : ['string', 'integer', 'boolean', 'null']
  return fc.oneof(...types.map((type) => typeArbitrary(document, schema, type, depth)))
}

function typeArbitrary(
  document: OpenAPIV3_1.Document,
  schema: Schema,
  type: string,
  depth: number,
): fc.Arbitrary<unknown> {
  switch (type) {
    case 'null':
      return fc.constant(null)
    case 'boolean':
      return fc.boolean()
    case 'integer':
      return fc.integer({
        min: (schema.minimum as number | undefined) ?? -1000,
        max: (schema.maximum as number | undefined) ?? 1_000_000,
      })
    case 'number':
      return fc.double({
        min: (schema.minimum as number | undefined) ?? -1e6,
        max: (schema.maximum as number | undefined) ?? 2e12,
        noNaN: true,
        noDefaultInfinity: true,
      })
    case 'string':
      if (schema.format === 'date-time')
        return fc
          .date({ min: new Date('2000-01-01'), max: new Date('2030-01-01'), noInvalidDate: true })
          .map((date) => date.toISOString())
      if (typeof schema.pattern === 'string')
        return fc.stringMatching(new RegExp(schema.pattern)).filter((text) => text.length <= 40)
      return fc.string({
        minLength: (schema.minLength as number | undefined) ?? 0,
        maxLength: Math.min((schema.maxLength as number | undefined) ?? 40, 40),
        unit: 'grapheme-composite',
      })
    case 'array': {
      const items = depth > 3 ? fc.constant(null) : schemaArbitrary(document, schema.items, depth + 1)
      const constraints = {
        minLength: (schema.minItems as number | undefined) ?? 0,
        maxLength: Math.min((schema.maxItems as number | undefined) ?? 4, 4),
      }
      return schema.uniqueItems
        ? fc.uniqueArray(items, { ...constraints, selector: (value) => JSON.stringify(value) })
        : fc.array(items, constraints)
    }
    case 'object': {
      const properties = (schema.properties ?? {}) as Record<string, Schema>
      if (depth > 3 || Object.keys(properties).length === 0)
        return fc.dictionary(fc.string({ maxLength: 8 }), fc.oneof(fc.string({ maxLength: 8 }), fc.integer()), {
          maxKeys: 3,
        })
      const model = Object.fromEntries(
        Object.entries(properties).map(([name, property]) => [name, schemaArbitrary(document, property, depth + 1)]),
      )
      return fc.record(model, { requiredKeys: ((schema.required ?? []) as string[]).filter((name) => name in model) })
    }
    default:
      return fc.constant(null)
  }
}
