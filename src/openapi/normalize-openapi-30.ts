import type { OpenAPIV3_1 } from 'openapi-types'
import { convertExclusiveBound } from './convert-exclusive-bound.js'
import { convertNullable } from './convert-nullable.js'
import { visitSchemas } from './visit-schemas.js'

type Node = Record<string, unknown>

/**
 * An OpenAPI 3.0 document's schemas said in OpenAPI 3.1 (JSON Schema 2020-12), which the validators
 * speak: `nullable: true` becomes a `null` type and a `null` in its `enum` (beside a composition, a
 * `null` branch), a boolean `exclusiveMinimum`/`exclusiveMaximum` becomes the bound itself, and the
 * siblings of a `$ref` (which 3.0 ignores) are dropped. The document as written is what the mock
 * serves, so the result is a copy; but only the schemas that change, and the objects on the way to
 * them, are copied: the rest is shared with the original (a whole copy of Microsoft Graph's
 * description weighed 45 MB and took 300 ms). Nothing reads either document but to read it.
 */
export function normalizeOpenApi30(document: OpenAPIV3_1.Document): OpenAPIV3_1.Document {
  const pointers: string[] = []
  visitSchemas(document, (schema, pointer) => {
    if (needsConversion(schema)) pointers.push(pointer())
  })
  const copies = new Map<object, Node>()
  const copyOf = (node: object): Node => {
    let copy = copies.get(node)
    if (!copy) {
      copy = (Array.isArray(node) ? [...node] : { ...node }) as Node
      copies.set(node, copy)
    }
    return copy
  }
  const root = copyOf(document)
  // Every copy is made before any schema changes, so each pointer is followed through the document as written.
  const schemas = pointers.map((pointer) => {
    let original = document as unknown as Node
    let copy = root
    for (const segment of pointer.slice(1).split('/')) {
      const key = segment.replace(/~1/g, '/').replace(/~0/g, '~')
      const child = original[key] as Node
      copy[key] = copyOf(child)
      original = child
      copy = copy[key] as Node
    }
    return copy
  })
  // Outermost first, as visitSchemas found them: a `null` branch wraps the copies of what it holds.
  for (const schema of schemas) convertSchema(schema)
  return root as unknown as OpenAPIV3_1.Document
}

function needsConversion(schema: Node): boolean {
  if (typeof schema.$ref === 'string') return Object.keys(schema).length > 1
  return (
    'nullable' in schema || typeof schema.exclusiveMinimum === 'boolean' || typeof schema.exclusiveMaximum === 'boolean'
  )
}

function convertSchema(schema: Node): void {
  if (typeof schema.$ref === 'string') {
    for (const key of Object.keys(schema)) if (key !== '$ref') delete schema[key]
    return
  }
  convertExclusiveBound(schema, 'exclusiveMinimum', 'minimum')
  convertExclusiveBound(schema, 'exclusiveMaximum', 'maximum')
  if ('nullable' in schema) convertNullable(schema)
}
