import type { OpenAPIV3_1 } from 'openapi-types'
import type { Operation } from '../api/spec.js'

/**
 * The name of every schema the contract compiles, so a validator can be precompiled at build time
 * (handlers/<id>/generated/validators.ts) and found again at run time.
 */
export const schemaKeys = {
  parameters: (operation: Operation) => `params:${operation.operationId}`,
  body: (operation: Operation, mediaType: string) => `body:${operation.operationId}:${mediaType}`,
  response: (operation: Operation, status: string, mediaType: string) =>
    `response:${operation.operationId}:${status}:${mediaType}`,
  component: (name: string) => `component:${name}`,
  /** The payload of a real-time event (its AsyncAPI message). */
  event: (name: string) => `event:${name}`,
  /** The input of an action of the other side (the document's `x-chatmock-actions`). */
  action: (name: string) => `action:${name}`,
}

/** Every schema the contract of an operation compiles, by key, as written in the spec. */
export function listOperationSchemas(operation: Operation): Array<{ key: string; schema: unknown }> {
  const schemas: Array<{ key: string; schema: unknown }> = [
    { key: schemaKeys.parameters(operation), schema: toParametersSchema(operation.parameters) },
  ]
  for (const [mediaType, media] of Object.entries(operation.requestBody?.content ?? {}))
    schemas.push({ key: schemaKeys.body(operation, mediaType), schema: media.schema ?? {} })
  for (const [status, response] of Object.entries(operation.responses)) {
    for (const [mediaType, media] of Object.entries(response.content ?? {})) {
      if (media.schema) schemas.push({ key: schemaKeys.response(operation, status, mediaType), schema: media.schema })
    }
  }
  return schemas
}

/** One object schema for all parameters, so each Ajv error's path names its location. */
export function toParametersSchema(parameters: OpenAPIV3_1.ParameterObject[]) {
  // The cookie location is there only when the operation has cookie parameters, so an operation
  // without any keeps the schema (and the precompiled validator) it had.
  const locations: Record<string, ReturnType<typeof objectSchema>> = {
    path: objectSchema(),
    query: objectSchema(),
    header: objectSchema(),
  }
  for (const parameter of parameters) {
    const target = (locations[parameter.in] ??= objectSchema())
    const name = parameter.in === 'header' ? parameter.name.toLowerCase() : parameter.name
    // A `content` parameter's schema is its (one) media type's.
    target.properties[name] = parameter.schema ?? Object.values(parameter.content ?? {})[0]?.schema ?? {}
    if (parameter.required) target.required.push(name)
  }
  return { type: 'object', properties: locations }
}

function objectSchema() {
  return { type: 'object', properties: {} as Record<string, unknown>, required: [] as string[] }
}
