import type { OpenAPIV3_1 } from 'openapi-types'
import { resolveRef } from '../openapi/resolve-ref.js'
import type { ParameterLocation } from '../api/spec.js'

type Scalar = 'integer' | 'number' | 'boolean' | 'string'

interface ParameterReader {
  name: string
  in: ParameterLocation
  /** Header names are case-insensitive; they are looked up lower-cased. */
  key: string
  array: boolean
  scalar: Scalar
  fallback: unknown
  /** The schema bounds the integer within 2^53 - 1: a larger one becomes a number for that bound to refuse. */
  safelyBounded: boolean
}

export interface RawParameters {
  path: Record<string, string>
  /** Every value of each query key, in order. */
  query: Map<string, string[]>
  headers: Record<string, string>
}

export interface DeserializedParameters {
  path: Record<string, unknown>
  query: Record<string, unknown>
  header: Record<string, unknown>
  /** Query keys that are not arrays but came more than once. */
  repeated: string[]
  /** Query keys the operation does not declare, when it refuses them (strict query). */
  unknown: string[]
}

/**
 * Compiles, once per operation, a function that turns the raw strings of path, query and header
 * parameters into typed values as their schemas and OpenAPI's style/explode say: form arrays from
 * repeated keys and from comma-separated values, integers, numbers and booleans coerced from
 * strings, defaults applied. A value that cannot be coerced is left as it came, for validation to
 * report.
 */
export function compileParameterReader(
  document: OpenAPIV3_1.Document,
  parameters: OpenAPIV3_1.ParameterObject[],
  { strictQuery = false } = {},
) {
  const readers: ParameterReader[] = parameters
    .filter((parameter) => parameter.in !== 'cookie')
    .map((parameter) => {
      const schema = resolveRef<OpenAPIV3_1.SchemaObject>(document, parameter.schema ?? {})
      const array = schemaType(schema) === 'array'
      const itemSchema = array
        ? resolveRef<OpenAPIV3_1.SchemaObject>(document, (schema as OpenAPIV3_1.ArraySchemaObject).items ?? {})
        : schema
      return {
        name: parameter.name,
        in: parameter.in as ParameterLocation,
        key: parameter.in === 'header' ? parameter.name.toLowerCase() : parameter.name,
        array,
        scalar: toScalar(schemaType(itemSchema)),
        fallback: schema.default,
        safelyBounded: isSafelyBounded(itemSchema),
      }
    })

  const declaredQuery = new Set(
    readers.filter((reader) => reader.in === 'query').flatMap((reader) => [reader.key, `${reader.key}[]`]),
  )

  return (raw: RawParameters): DeserializedParameters => {
    const result: DeserializedParameters = {
      path: {},
      query: {},
      header: {},
      repeated: [],
      unknown: strictQuery ? [...raw.query.keys()].filter((key) => !declaredQuery.has(key)) : [],
    }
    for (const reader of readers) {
      const values = readRaw(reader, raw)
      if (values === undefined) {
        // A default that is an object or an array is copied, so a resolver cannot change it for the next request.
        if (reader.fallback !== undefined)
          targetOf(result, reader)[reader.key] =
            typeof reader.fallback === 'object' && reader.fallback !== null
              ? structuredClone(reader.fallback)
              : reader.fallback
        continue
      }
      if (reader.array) {
        targetOf(result, reader)[reader.key] = values
          .flatMap((value) => value.split(','))
          .map((value) => coerce(value, reader))
      } else {
        if (values.length > 1) result.repeated.push(reader.name)
        targetOf(result, reader)[reader.key] = coerce(values[0]!, reader)
      }
    }
    return result
  }
}

function readRaw(reader: ParameterReader, raw: RawParameters): string[] | undefined {
  if (reader.in === 'path') return reader.key in raw.path ? [raw.path[reader.key]!] : undefined
  if (reader.in === 'query') {
    // `key[]=a&key[]=b`, the array form of Express's and Rails' query parsers, is the key's too.
    const plain = raw.query.get(reader.key)
    const bracketed = raw.query.get(`${reader.key}[]`)
    return plain && bracketed ? [...plain, ...bracketed] : (plain ?? bracketed)
  }
  const value = raw.headers[reader.key]
  return value === undefined ? undefined : [value]
}

function targetOf(result: DeserializedParameters, reader: ParameterReader): Record<string, unknown> {
  return reader.in === 'path' ? result.path : reader.in === 'query' ? result.query : result.header
}

function coerce(value: string, { scalar, safelyBounded }: ParameterReader): unknown {
  switch (scalar) {
    case 'integer': {
      if (!/^-?\d+$/.test(value)) return value
      const number = Number(value)
      // Beyond 2^53 a number would silently change. Where the schema's own bound refuses it, the
      // (rounded) number goes to that bound; elsewhere the text stays, for the type to refuse.
      return Number.isSafeInteger(number) || safelyBounded ? number : value
    }
    case 'number': {
      const number = Number(value)
      return value.trim() !== '' && Number.isFinite(number) ? number : value
    }
    case 'boolean':
      return value === 'true' ? true : value === 'false' ? false : value
    case 'string':
      return value
  }
}

function isSafelyBounded(schema: OpenAPIV3_1.SchemaObject): boolean {
  const { maximum, minimum } = schema as { maximum?: unknown; minimum?: unknown }
  return (
    typeof maximum === 'number' &&
    maximum <= Number.MAX_SAFE_INTEGER &&
    (typeof minimum !== 'number' || minimum >= Number.MIN_SAFE_INTEGER)
  )
}

function schemaType(schema: OpenAPIV3_1.SchemaObject): string | undefined {
  const type = (schema as { type?: unknown }).type
  if (Array.isArray(type)) return type.find((t) => t !== 'null')
  return typeof type === 'string' ? type : undefined
}

function toScalar(type: string | undefined): Scalar {
  return type === 'integer' || type === 'number' || type === 'boolean' ? type : 'string'
}
