import type { OpenAPIV3_1 } from 'openapi-types'
import { convertNullable } from './convert-nullable.js'
import { visitSchemas } from './visit-schemas.js'

/**
 * OpenAPI 3.1 has no `nullable`, but documents moved from 3.0 keep writing it (ReadMe's own 3.1
 * description, 498 times), and Ajv reads it beside a `type` and refuses it without one. It is read
 * as 3.0 meant it, everywhere the same. A copy, made only when a schema says it: the document as
 * written is what the mock serves.
 */
export function readNullableHabit(document: OpenAPIV3_1.Document): OpenAPIV3_1.Document {
  let any = false
  visitSchemas(document, (schema) => void (any ||= 'nullable' in schema))
  if (!any) return document
  const copy = structuredClone(document)
  visitSchemas(copy, (schema) => {
    if ('nullable' in schema) convertNullable(schema)
  })
  return copy
}
