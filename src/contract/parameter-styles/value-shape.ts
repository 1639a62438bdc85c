import type { OpenAPIV3_1 } from 'openapi-types'
import { resolveRef } from '../../openapi/resolve-ref.js'

/** Turns the text of one value into its schema's scalar; text that is not of that type stays as it came. */
type Coerce = (text: string) => unknown

/** What a parameter's schema makes of its text: one value, a list of them, or named values. */
export type ValueShape =
  | { kind: 'primitive'; coerce: Coerce }
  | { kind: 'array'; coerce: Coerce }
  | {
      kind: 'object'
      property(name: string): PropertyShape
      names: string[]
      /** Types the text leaves of a nested value of the property (`a[b][]=1` in a form body) as its schema says. */
      nested(name: string, value: unknown): unknown
    }

/** A property of an object parameter: a list (read from repeated keys) or one value. */
interface PropertyShape {
  array: boolean
  coerce: Coerce
}

/** Reads a parameter's schema once, at compile time, into the shape its styles split text by. */
export function compileValueShape(document: OpenAPIV3_1.Document, schema: unknown): ValueShape {
  const resolved = resolveRef<OpenAPIV3_1.SchemaObject>(document, (schema ?? {}) as OpenAPIV3_1.SchemaObject)
  const type = schemaType(resolved)
  if (type === 'array') {
    return { kind: 'array', coerce: compileCoerce(document, (resolved as OpenAPIV3_1.ArraySchemaObject).items) }
  }
  if (type === 'object') {
    const properties = new Map(
      Object.entries(resolved.properties ?? {}).map(([name, property]) => [name, compileProperty(document, property)]),
    )
    const additional = compileProperty(
      document,
      typeof resolved.additionalProperties === 'object' ? resolved.additionalProperties : {},
    )
    const propertySchema = (name: string): unknown =>
      Object.hasOwn(resolved.properties ?? {}, name)
        ? resolved.properties![name]
        : typeof resolved.additionalProperties === 'object'
          ? resolved.additionalProperties
          : {}
    return {
      kind: 'object',
      property: (name) => properties.get(name) ?? additional,
      names: [...properties.keys()],
      nested: (name, value) => coerceNested(document, propertySchema(name), value),
    }
  }
  return { kind: 'primitive', coerce: compileCoerce(document, resolved) }
}

function compileProperty(document: OpenAPIV3_1.Document, schema: unknown): PropertyShape {
  const resolved = resolveRef<OpenAPIV3_1.SchemaObject>(document, (schema ?? {}) as OpenAPIV3_1.SchemaObject)
  const type = schemaType(resolved)
  if (type === 'array')
    return { array: true, coerce: compileCoerce(document, (resolved as OpenAPIV3_1.ArraySchemaObject).items) }
  // An object inside an object has no text form in any style; its text goes to validation as it
  // came. Not read further: a schema that nests itself (a tree of nodes) has no end.
  return { array: false, coerce: type === 'object' ? keepText : compileCoerce(document, resolved) }
}

/**
 * A nested value's text leaves typed by the schema it falls under, walked along the value (so a
 * schema that nests itself ends where the value does): an array by its `items`, an object by its
 * `properties` (else `additionalProperties`), each through the first `oneOf`/`anyOf`/`allOf`
 * member of that kind; text by the first member whose type reads it.
 */
function coerceNested(document: OpenAPIV3_1.Document, schema: unknown, value: unknown): unknown {
  const candidates = listAlternatives(document, schema)
  if (Array.isArray(value)) {
    const list = candidates.find((candidate) => schemaType(candidate) === 'array') as
      OpenAPIV3_1.ArraySchemaObject | undefined
    return value.map((item) => coerceNested(document, list?.items ?? {}, item))
  }
  if (typeof value === 'object' && value !== null) {
    const object = candidates.find((candidate) => schemaType(candidate) === 'object' || candidate.properties)
    const typed: Record<string, unknown> = {}
    for (const [key, item] of Object.entries(value)) {
      const property = Object.hasOwn(object?.properties ?? {}, key)
        ? object!.properties![key]
        : typeof object?.additionalProperties === 'object'
          ? object.additionalProperties
          : {}
      Object.defineProperty(typed, key, {
        value: coerceNested(document, property, item),
        enumerable: true,
        writable: true,
        configurable: true,
      })
    }
    return typed
  }
  if (typeof value !== 'string') return value
  for (const candidate of candidates) {
    const typed = compileCoerce(document, candidate)(value)
    if (typed !== value) return typed
  }
  return value
}

/** A schema and the members of its `oneOf`, `anyOf` or `allOf` (one level), references resolved. */
function listAlternatives(document: OpenAPIV3_1.Document, schema: unknown): OpenAPIV3_1.SchemaObject[] {
  const resolved = resolveRef<OpenAPIV3_1.SchemaObject>(document, (schema ?? {}) as OpenAPIV3_1.SchemaObject)
  const members = [...(resolved.oneOf ?? []), ...(resolved.anyOf ?? []), ...(resolved.allOf ?? [])]
  return [resolved, ...members.map((member) => resolveRef<OpenAPIV3_1.SchemaObject>(document, member))]
}

function compileCoerce(document: OpenAPIV3_1.Document, schema: unknown): Coerce {
  const resolved = resolveRef<OpenAPIV3_1.SchemaObject>(document, (schema ?? {}) as OpenAPIV3_1.SchemaObject)
  switch (schemaType(resolved)) {
    case 'integer': {
      const safelyBounded = isSafelyBounded(resolved)
      return (text) => {
        if (!/^-?\d+$/.test(text)) return text
        const number = Number(text)
        // Beyond 2^53 a number would silently change. Where the schema's own bound refuses it, the
        // (rounded) number goes to that bound; elsewhere the text stays, for the type to refuse.
        return Number.isSafeInteger(number) || safelyBounded ? number : text
      }
    }
    case 'number':
      return (text) => {
        const number = Number(text)
        return text.trim() !== '' && Number.isFinite(number) ? number : text
      }
    case 'boolean':
      return (text) => (text === 'true' ? true : text === 'false' ? false : text)
    default:
      return keepText
  }
}

function keepText(text: string): string {
  return text
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
