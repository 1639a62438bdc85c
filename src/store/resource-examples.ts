import type { OpenAPIV3_1 } from 'openapi-types'
import { readSchema } from '../openapi/find-record-place.js'
import type { Resource } from '../api/resource-plan.js'
import type { ApiSpec } from '../api/spec.js'

const cache = new WeakMap<Resource, Record<string, unknown>[]>()

/**
 * The records a document's examples show for a resource, to seed it with: the record schema's own
 * examples, then each of its operations' answer examples (named first, then `example`), the
 * record or the list's items taken from where the answer holds them. Only objects with an id;
 * the store keeps those that its schema accepts.
 */
export function listSeedExamples(api: ApiSpec, resource: Resource): Record<string, unknown>[] {
  let found = cache.get(resource)
  if (found) return found
  found = []
  const add = (value: unknown) => {
    if (typeof value === 'object' && value !== null && !Array.isArray(value) && resource.idProperty in value)
      found!.push(value as Record<string, unknown>)
  }
  const schema = readSchema(api.document, resource.recordSchema)
  for (const example of (schema?.examples as unknown[] | undefined) ?? []) add(example)
  if (schema?.example !== undefined) add(schema.example)
  for (const planned of resource.operations) {
    if (planned.pointer === undefined || planned.mediaType === undefined) continue
    const media = api.operationsById.get(planned.operationId)?.responses[planned.status]?.content?.[planned.mediaType]
    if (!media) continue
    const values = [
      ...Object.values(media.examples ?? {}).map((example) => (example as OpenAPIV3_1.ExampleObject).value),
      ...(media.example === undefined ? [] : [media.example]),
    ]
    for (const value of values) {
      const placed = readValueAt(value, planned.pointer)
      if (planned.action === 'list') for (const item of Array.isArray(placed) ? placed : []) add(item)
      else add(placed)
    }
  }
  cache.set(resource, found)
  return found
}

function readValueAt(value: unknown, pointer: readonly string[]): unknown {
  let node = value
  for (const key of pointer) {
    if (typeof node !== 'object' || node === null) return undefined
    node = (node as Record<string, unknown>)[key]
  }
  return node
}
