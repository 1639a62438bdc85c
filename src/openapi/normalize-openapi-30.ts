import type { OpenAPIV3_1 } from 'openapi-types'
import { convertExclusiveBound } from './convert-exclusive-bound.js'
import { convertNullable } from './convert-nullable.js'
import { visitSchemas } from './visit-schemas.js'

/**
 * An OpenAPI 3.0 document's schemas said in OpenAPI 3.1 (JSON Schema 2020-12), which the validators
 * speak: `nullable: true` becomes a `null` type and a `null` in its `enum` (beside a composition, a
 * `null` branch), a boolean `exclusiveMinimum`/`exclusiveMaximum` becomes the bound itself, and the
 * siblings of a `$ref` (which 3.0 ignores) are dropped. A copy: the document as written is what the mock serves.
 */
export function normalizeOpenApi30(document: OpenAPIV3_1.Document): OpenAPIV3_1.Document {
  const copy = structuredClone(document)
  visitSchemas(copy, (schema) => {
    if (typeof schema.$ref === 'string') {
      for (const key of Object.keys(schema)) if (key !== '$ref') delete schema[key]
      return
    }
    convertExclusiveBound(schema, 'exclusiveMinimum', 'minimum')
    convertExclusiveBound(schema, 'exclusiveMaximum', 'maximum')
    if ('nullable' in schema) convertNullable(schema)
  })
  return copy
}
