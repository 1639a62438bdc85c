import type { Faker } from '@faker-js/faker'
import type { OpenAPIV3_1 } from 'openapi-types'
import type { Operation } from '../api/spec.js'
import { SpecError } from '../errors/spec-error.js'
import { generateFromSchema } from '../generate/generate-from-schema.js'
import type { ExampleSet } from '../openapi/example-sets.js'
import { resolveRef } from '../openapi/resolve-ref.js'
import { hashText } from '../store/hash-text.js'
import { canSendBody } from './can-send-body.js'
import { chooseMediaType } from './choose-media-type.js'
import { prepareBody } from './prepare-body.js'
import type { DraftRequest } from './types.js'

/** What the run sends with every request: its headers and query values (credentials), lower-cased header names. */
export interface RunValues {
  headers: Record<string, string>
  query?: Record<string, string>
}

/**
 * A valid request: the values of the operation's first named example set with a success status,
 * else each parameter's own example (every path parameter, and the required query, header and
 * cookie ones). Its body is in the media type `chooseMediaType` picks, never on GET or HEAD.
 */
export function draftRequest(
  document: OpenAPIV3_1.Document,
  operation: Operation,
  run: RunValues,
  set: ExampleSet | undefined,
  faker: Faker,
  strict = true,
): DraftRequest {
  const request: DraftRequest = { path: {}, query: { ...run.query }, headers: { ...run.headers } }
  for (const parameter of operation.parameters) {
    const draft = () => draftParameter(document, parameter, faker, strict)
    if (parameter.in === 'path')
      request.path[parameter.name] = set && parameter.name in set.path ? set.path[parameter.name] : draft()
    else if (parameter.in === 'query' && set && parameter.name in set.query)
      request.query[parameter.name] = set.query[parameter.name]
    else if (parameter.in === 'query' && parameter.required) request.query[parameter.name] = draft()
    else if (parameter.in === 'header' && parameter.required) (request.header ??= {})[parameter.name] = draft()
    else if (parameter.in === 'cookie' && parameter.required) (request.cookie ??= {})[parameter.name] = draft()
  }
  if (!canSendBody(operation.method)) return request
  const content = operation.requestBody?.content ?? {}
  const mediaType = set?.body?.mediaType ?? chooseMediaType(content)
  const media = mediaType === undefined ? undefined : content[mediaType]
  if (mediaType === undefined || media === undefined) return request
  const value = set?.body ? structuredClone(set.body.value) : draftBody(document, media, faker, strict)
  request.mediaType = mediaType
  request.body = prepareBody(document, mediaType, media, value)
  return request
}

/**
 * A value for a parameter: its example, else the smallest valid one of its schema (a `content`
 * parameter's: its media type's) that is not empty where the schema allows more: an empty array or
 * object leaves an empty path segment, which no route matches, and an exploded one sends nothing.
 */
export function draftParameter(
  document: OpenAPIV3_1.Document,
  parameter: OpenAPIV3_1.ParameterObject,
  faker: Faker,
  strict = true,
): unknown {
  if (parameter.example !== undefined) return parameter.example
  const first = Object.values(parameter.examples ?? {})[0]
  if (first) return resolveRef<OpenAPIV3_1.ExampleObject>(document, first).value
  const media = parameter.content ? Object.values(parameter.content)[0] : undefined
  if (media) return draftBody(document, media, faker, strict, 'parameters', `${parameter.in}\u0000${parameter.name}`)
  const key = `${parameter.in}\u0000${parameter.name}`
  // readOnly and writeOnly speak of bodies: a readOnly path parameter is drafted like any other.
  const value = generateValue(document, parameter.schema, faker, key, 'parameters', strict)
  if (!isEmpty(value)) return value
  try {
    return generateValue(document, toNonEmpty(parameter.schema ?? ANY), faker, key, 'parameters', strict)
  } catch (error) {
    if (error instanceof SpecError) return value
    throw error
  }
}

/** A body for a media type: its first named example, its example, else the smallest valid one of its schema. */
export function draftBody(
  document: OpenAPIV3_1.Document,
  media: OpenAPIV3_1.MediaTypeObject,
  faker: Faker,
  strict = true,
  direction: 'request' | 'parameters' = 'request',
  key = 'body',
): unknown {
  const first = Object.values(media.examples ?? {})[0]
  if (first) return structuredClone(resolveRef<OpenAPIV3_1.ExampleObject>(document, first).value)
  if (media.example !== undefined) return structuredClone(media.example)
  return generateValue(document, media.schema, faker, key, direction, strict)
}

/** Re-seeded per value, by what it is for, so a draft is the same whatever was drafted before it. */
function generateValue(
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

/** One wrapper per schema object, so that the generator compiles its validator once, not per draft. */
const nonEmptySchemas = new WeakMap<object, object>()
const ANY = {}

/** The schema with a lower bound of one on each type's size, which applies only to its own type. */
function toNonEmpty(schema: object): object {
  let wrapped = nonEmptySchemas.get(schema)
  if (!wrapped)
    nonEmptySchemas.set(schema, (wrapped = { allOf: [schema, { minLength: 1, minItems: 1, minProperties: 1 }] }))
  return wrapped
}

function isEmpty(value: unknown): boolean {
  if (Array.isArray(value)) return value.length === 0
  if (typeof value === 'object' && value !== null) return Object.keys(value).length === 0
  return value === ''
}
