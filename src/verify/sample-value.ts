import type { OpenAPIV3_1 } from 'openapi-types'
import { generateFromPattern, toPatternRegExp } from '../generate/generate-from-pattern.js'
import { resolveRef } from '../openapi/resolve-ref.js'

type Schema = Record<string, unknown>

/** A value for a parameter: its example, else one from its schema. */
export function sampleParameter(document: OpenAPIV3_1.Document, parameter: OpenAPIV3_1.ParameterObject): unknown {
  if (parameter.example !== undefined) return parameter.example
  const first = Object.values(parameter.examples ?? {})[0]
  if (first) return resolveRef<OpenAPIV3_1.ExampleObject>(document, first).value
  return sampleSchema(document, (parameter.schema ?? {}) as Schema)
}

/** A valid body for a media type: its first named example, its example, else one built from the schema. */
export function sampleBody(document: OpenAPIV3_1.Document, media: OpenAPIV3_1.MediaTypeObject): unknown {
  const first = Object.values(media.examples ?? {})[0]
  if (first) return structuredClone(resolveRef<OpenAPIV3_1.ExampleObject>(document, first).value)
  if (media.example !== undefined) return structuredClone(media.example)
  return sampleSchema(document, (media.schema ?? {}) as Schema)
}

/** The simplest value a schema accepts: defaults, enums and required properties first. */
export function sampleSchema(document: OpenAPIV3_1.Document, maybe: Schema, depth = 0): unknown {
  const schema = resolveRef<Schema>(document, maybe as never)
  if ('default' in schema) return schema.default
  if ('const' in schema) return schema.const
  if (Array.isArray(schema.enum)) return schema.enum[0]
  if (Array.isArray(schema.examples) && schema.examples.length > 0) return schema.examples[0]
  for (const key of ['oneOf', 'anyOf', 'allOf'] as const) if (Array.isArray(schema[key])) return sampleSchema(document, (schema[key] as Schema[])[0]!, depth + 1)
  const type = Array.isArray(schema.type) ? (schema.type as string[]).find((t) => t !== 'null') : (schema.type as string | undefined)
  switch (type) {
    case 'integer':
    case 'number':
      return typeof schema.minimum === 'number' ? schema.minimum : 1
    case 'boolean':
      return true
    case 'array':
      return depth > 4 ? [] : Array.from({ length: Number(schema.minItems ?? 0) }, () => sampleSchema(document, (schema.items ?? {}) as Schema, depth + 1))
    case 'object': {
      const properties = (schema.properties ?? {}) as Record<string, Schema>
      const required = (schema.required ?? []) as string[]
      return Object.fromEntries(required.map((name) => [name, depth > 4 ? null : sampleSchema(document, properties[name] ?? {}, depth + 1)]))
    }
    case 'string': {
      const text = schema.format === 'date-time' ? '2024-01-01T00:00:00Z' : 'x'.repeat(Math.max(1, Number(schema.minLength ?? 1)))
      if (typeof schema.pattern !== 'string' || toPatternRegExp(schema.pattern)?.test(text)) return text
      // The shortest text the pattern matches (`^o-[0-9]+$` → `o-0`): a minimal walk draws nothing at random, so it needs no faker.
      return generateFromPattern(schema.pattern, undefined as never, { minimal: true, minLength: Number(schema.minLength ?? 0), maxLength: Number(schema.maxLength ?? Number.POSITIVE_INFINITY) }) ?? text
    }
    default:
      return null
  }
}
