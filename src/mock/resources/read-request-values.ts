import type { OpenAPIV3_1 } from 'openapi-types'
import { listSchemaProperties, readSchema } from '../../openapi/find-record-place.js'
import type { Resource } from '../../api/resource-plan.js'

/**
 * The values a request gives a record, by the record's schema: readOnly properties are the mock's
 * to set and writeOnly ones are never shown, so neither is taken from a request (`kept`: the
 * readOnly values of a stored record, which a PUT leaves as they are).
 */
export function readRequestValues(
  document: OpenAPIV3_1.Document,
  resource: Resource,
  body: unknown,
  mode: 'create' | 'merge' | 'replace' | 'kept',
): Record<string, unknown> {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) return {}
  const properties = listSchemaProperties(document, resource.recordSchema)
  const record = readSchema(document, resource.recordSchema)
  // A closed record takes none of a request's other fields (a create's `password_confirmation`).
  const closed = record?.additionalProperties === false || record?.unevaluatedProperties === false
  const values: Record<string, unknown> = {}
  for (const [name, value] of Object.entries(body)) {
    if (closed && !properties.has(name)) continue
    const schema = readSchema(document, properties.get(name))
    const readOnly = schema?.readOnly === true
    if (mode === 'kept' ? readOnly || name === resource.idProperty : !readOnly && schema?.writeOnly !== true)
      values[name] = value
  }
  return values
}

/** The properties a record's schema requires, its `allOf` parts' included. */
export function listRequired(document: OpenAPIV3_1.Document, schema: unknown, seen = new Set<unknown>()): string[] {
  const node = readSchema(document, schema)
  if (!node || seen.has(node)) return []
  seen.add(node)
  const own = Array.isArray(node.required) ? (node.required as string[]) : []
  return [
    ...own,
    ...((node.allOf as unknown[] | undefined) ?? []).flatMap((part) => listRequired(document, part, seen)),
  ]
}
