import type { Faker } from '@faker-js/faker'
import type { OpenAPIV3_1 } from 'openapi-types'
import type { Operation } from '../api/spec.js'
import { generateFromSchema } from '../generate/generate-from-schema.js'
import type { ExampleSet } from '../openapi/example-sets.js'
import { resolveRef } from '../openapi/resolve-ref.js'
import { hashText } from '../store/hash-text.js'
import type { DraftRequest } from './types.js'

/** A valid request: the values of the operation's first named example set with a success status, else each parameter's own example. */
export function draftRequest(
  document: OpenAPIV3_1.Document,
  operation: Operation,
  headers: Record<string, string>,
  set: ExampleSet | undefined,
  faker: Faker,
  strict = true,
): DraftRequest {
  const request: DraftRequest = { path: {}, query: {}, headers: { ...headers } }
  for (const parameter of operation.parameters) {
    if (parameter.in === 'path')
      request.path[parameter.name] =
        set && parameter.name in set.path
          ? set.path[parameter.name]
          : draftParameter(document, parameter, faker, strict)
    else if (parameter.in === 'query' && set && parameter.name in set.query)
      request.query[parameter.name] = set.query[parameter.name]
    else if (parameter.in === 'query' && parameter.required)
      request.query[parameter.name] = draftParameter(document, parameter, faker, strict)
    else if (parameter.in === 'header' && parameter.required)
      request.headers[parameter.name.toLowerCase()] = String(draftParameter(document, parameter, faker, strict))
  }
  const media = operation.requestBody?.content?.['application/json']
  if (set?.body?.mediaType === 'application/json') request.body = structuredClone(set.body.value)
  else if (media) request.body = draftBody(document, media, faker, strict)
  return request
}

/** A value for a parameter: its example, else the smallest valid one of its schema. */
export function draftParameter(
  document: OpenAPIV3_1.Document,
  parameter: OpenAPIV3_1.ParameterObject,
  faker: Faker,
  strict = true,
): unknown {
  if (parameter.example !== undefined) return parameter.example
  const first = Object.values(parameter.examples ?? {})[0]
  if (first) return resolveRef<OpenAPIV3_1.ExampleObject>(document, first).value
  // readOnly and writeOnly speak of bodies: a readOnly path parameter is drafted like any other.
  return generateMinimal(
    document,
    parameter.schema,
    faker,
    `${parameter.in}\u0000${parameter.name}`,
    'parameters',
    strict,
  )
}

/** A body for a media type: its first named example, its example, else the smallest valid one of its schema. */
export function draftBody(
  document: OpenAPIV3_1.Document,
  media: OpenAPIV3_1.MediaTypeObject,
  faker: Faker,
  strict = true,
): unknown {
  const first = Object.values(media.examples ?? {})[0]
  if (first) return structuredClone(resolveRef<OpenAPIV3_1.ExampleObject>(document, first).value)
  if (media.example !== undefined) return structuredClone(media.example)
  return generateMinimal(document, media.schema, faker, 'body', 'request', strict)
}

/** Re-seeded per value, by what it is for, so a draft is the same whatever was drafted before it. */
function generateMinimal(
  document: OpenAPIV3_1.Document,
  schema: unknown,
  faker: Faker,
  key: string,
  direction: 'request' | 'parameters',
  strict: boolean,
): unknown {
  faker.seed(Number.parseInt(hashText(key), 16))
  return generateFromSchema(schema ?? true, { document, direction, faker, minimal: true, strict })
}
