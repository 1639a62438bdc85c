import type { OpenAPIV3_1 } from 'openapi-types'
import { ErrorCodes } from '../errors/error-codes.js'
import { SpecError } from '../errors/spec-error.js'

/**
 * A component object schema with fields of the store's own added (a chat view's `worker_id`, a
 * message's `private` flag): the schema of one record of a fixtures file. A copy, not an `allOf`,
 * so that a component closed with `additionalProperties: false` stays closed.
 */
export function extendRecordSchema(
  document: OpenAPIV3_1.Document,
  component: string,
  fields: Record<string, object>,
  required: readonly string[] = Object.keys(fields),
): object {
  const schema = document.components?.schemas?.[component] as OpenAPIV3_1.SchemaObject | undefined
  if (!schema || schema.type !== 'object')
    throw new SpecError(
      ErrorCodes.SPEC_INVALID,
      `No object schema "${component}" in the components of "${document.info.title}".`,
    )
  return {
    ...schema,
    required: [...(schema.required ?? []), ...required],
    properties: { ...schema.properties, ...fields },
  }
}
