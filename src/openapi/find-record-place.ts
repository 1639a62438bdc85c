import type { OpenAPIV3_1 } from 'openapi-types'
import { isReference, resolveRef } from './resolve-ref.js'

/** Where a record or a list sits in an answer's schema, and the schema there. */
export interface SchemaPlace {
  pointer: string[]
  schema: unknown
}

/** Wrapper properties that usually hold the record, tried first. */
const RECORD_HOLDERS = ['data', 'item', 'result', 'payload', 'record', 'resource', 'entity', 'object']
/** Wrapper properties that usually hold the list, tried first. */
const LIST_HOLDERS = ['data', 'items', 'results', 'records', 'value', 'entries', 'list', 'content', 'payload', 'rows']
/** How deep a wrapper may hide its record: `{ payload: { contact: {…} } }` is two. */
const MAX_DEPTH = 3
/** How many schemas one search looks at: a wide schema (a hundred properties a level) stays cheap. */
const MAX_VISITS = 200

/** `orderId`, `order_id` and `order-id` alike. */
export function toNameKey(name: string): string {
  return name.replace(/[-_]/g, '').toLowerCase()
}

/** What each `$ref` object resolved to, and each schema's properties: a large document's schemas are shared by many operations. */
const resolved = new WeakMap<object, Record<string, unknown> | null>()
const propertiesOf = new WeakMap<object, ReadonlyMap<string, unknown>>()

/** A schema with its `$ref`s followed (a reference that does not resolve counts as no schema). */
export function readSchema(document: OpenAPIV3_1.Document, schema: unknown): Record<string, unknown> | undefined {
  if (typeof schema !== 'object' || schema === null) return undefined
  if (!isReference(schema)) return schema as Record<string, unknown>
  let target = resolved.get(schema)
  if (target === undefined) {
    try {
      const value = resolveRef<unknown>(document, schema)
      target = typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : null
    } catch {
      target = null
    }
    resolved.set(schema, target)
  }
  return target ?? undefined
}

/** The properties a schema declares, its `allOf` parts' included (the first declaration of a name wins). */
export function listSchemaProperties(document: OpenAPIV3_1.Document, schema: unknown): ReadonlyMap<string, unknown> {
  const node = readSchema(document, schema)
  if (!node) return new Map()
  let found = propertiesOf.get(node)
  if (!found) propertiesOf.set(node, (found = collectProperties(document, node, new Set())))
  return found
}

function collectProperties(document: OpenAPIV3_1.Document, schema: unknown, seen: Set<unknown>): Map<string, unknown> {
  const found = new Map<string, unknown>()
  const node = readSchema(document, schema)
  if (!node || seen.has(node)) return found
  seen.add(node)
  for (const [name, property] of Object.entries((node.properties as Record<string, unknown> | undefined) ?? {}))
    found.set(name, property)
  for (const part of (node.allOf as unknown[] | undefined) ?? [])
    for (const [name, property] of collectProperties(document, part, seen))
      if (!found.has(name)) found.set(name, property)
  return found
}

/** The schema of an array's items, when the schema is an array's. */
export function readItems(document: OpenAPIV3_1.Document, schema: unknown): unknown {
  const node = readSchema(document, schema)
  if (!node) return undefined
  const type = node.type
  const isArray = type === 'array' || (Array.isArray(type) && type.includes('array')) || 'items' in node
  return isArray && typeof node.items === 'object' && node.items !== null ? node.items : undefined
}

/** The property among a record's that is its id: the first candidate it declares (by name, `_` and case aside). */
function findIdProperty(
  document: OpenAPIV3_1.Document,
  schema: unknown,
  candidates: readonly string[],
): string | undefined {
  const names = [...listSchemaProperties(document, schema).keys()]
  for (const candidate of candidates) {
    const exact = names.find((name) => name === candidate)
    if (exact !== undefined) return exact
    const alike = names.find((name) => toNameKey(name) === toNameKey(candidate))
    if (alike !== undefined) return alike
  }
  return undefined
}

/**
 * Where a record with one of the id properties sits in an answer: the answer itself, or a property
 * of a wrapper (`{ data: {…} }`, `{ payload: { contact: {…} } }`), looked for breadth first, the
 * usual holders (and the resource's own name) before other properties.
 */
export function findRecordPlace(
  document: OpenAPIV3_1.Document,
  schema: unknown,
  candidates: readonly string[],
  names: readonly string[],
): (SchemaPlace & { idProperty: string }) | undefined {
  return searchPlaces(document, schema, [...names, ...RECORD_HOLDERS], false, (node) => {
    if (readItems(document, node) !== undefined) return undefined
    const idProperty = findIdProperty(document, node, candidates)
    return idProperty === undefined ? undefined : { idProperty }
  })
}

/** Where an array of records with the id property sits in a list's answer (`[…]`, `{ data: […], meta }`, `{ items: […], next }`). */
export function findListPlace(
  document: OpenAPIV3_1.Document,
  schema: unknown,
  candidates: readonly string[],
  names: readonly string[],
): (SchemaPlace & { idProperty: string; items: unknown }) | undefined {
  return searchPlaces(document, schema, [...names, ...LIST_HOLDERS], true, (node) => {
    const items = readItems(document, node)
    if (items === undefined) return undefined
    const idProperty = findIdProperty(document, items, candidates)
    return idProperty === undefined ? undefined : { idProperty, items }
  })
}

/** The schema at a pointer of an answer's schema (through `$ref`s and `allOf` parts), as `x-chatmock-resource` names one. */
export function readSchemaAt(document: OpenAPIV3_1.Document, schema: unknown, pointer: readonly string[]): unknown {
  let node = schema
  for (const key of pointer) {
    node = listSchemaProperties(document, node).get(key)
    if (node === undefined) return undefined
  }
  return node
}

/**
 * Looks breadth first through the properties named as holders (`data`, `payload`, the resource's
 * name): a record's own objects (an `author` with an id) are not its wrapper. A list may also be
 * any array property of the answer itself (`{ Outposts: […], NextToken }`).
 */
function searchPlaces<T>(
  document: OpenAPIV3_1.Document,
  root: unknown,
  preferred: readonly string[],
  anyAtTop: boolean,
  test: (schema: unknown) => T | undefined,
): (SchemaPlace & T) | undefined {
  let level: SchemaPlace[] = [{ pointer: [], schema: root }]
  let visits = 0
  for (let depth = 0; depth <= MAX_DEPTH && level.length > 0; depth++) {
    const next: SchemaPlace[] = []
    for (const place of level) {
      if (++visits > MAX_VISITS) return undefined
      const found = test(place.schema)
      if (found !== undefined) return { ...place, ...found }
      const properties = [...listSchemaProperties(document, place.schema)]
      const rank = (name: string) => {
        const index = preferred.findIndex((candidate) => toNameKey(candidate) === toNameKey(name))
        return index === -1 ? preferred.length : index
      }
      properties.sort(([a], [b]) => rank(a) - rank(b))
      for (const [name, property] of properties)
        if (rank(name) < preferred.length || (anyAtTop && depth === 0))
          next.push({ pointer: [...place.pointer, name], schema: property })
    }
    level = next
  }
  return undefined
}
