import fc from 'fast-check'
import { builtinApiIds } from '../../handlers/index.js'
import { getApi } from '../../src/openapi/catalog.js'
import type { BuiltinApiId as ApiId } from '../../handlers/index.js'
import type { Operation } from '../../src/api/spec.js'
import { createNegativeCases } from '../../src/verify/negative-cases.js'
import { createSeededFaker } from '../../src/store/seeded-faker.js'
import { draftBody, draftParameter } from '../../src/verify/draft-request.js'
import type { DraftRequest } from '../../src/verify/types.js'
import { schemaArbitrary } from './schema-arbitrary.js'

/** Credentials each API accepts. */
export const validCredentials: Record<ApiId, Record<string, string>> = {
  'toggl-focus': { authorization: `Basic ${btoa('ada@example.com:secret')}` },
  roosted: { 'x-api-key': 'key' },
  hapihub: { authorization: 'Bearer <your-api-token>' },
  chatwoot: {},
}

export interface FuzzRequest {
  api: ApiId
  operation: Operation
  /** Whether the request breaks exactly one constraint (it must then get a 4xx). */
  mutation?: string
  request: DraftRequest
}

/**
 * Requests for every operation of every API, derived from the specs' schemas: valid ones (the
 * spec's examples, or values drawn from each parameter's and body's schema), and ones that break
 * exactly one constraint.
 */
export function requestArbitrary(): fc.Arbitrary<FuzzRequest> {
  const operations = builtinApiIds.flatMap((api) => getApi(api).operations.map((operation) => ({ api, operation })))
  // One arbitrary per operation, built once: its drafts are the same on every draw.
  const validByOperation = new Map(
    operations.map(({ api, operation }) => [operation, validRequestArbitrary(api, operation)]),
  )
  return fc.constantFrom(...operations).chain(({ api, operation }) => {
    const valid = validByOperation.get(operation)!
    return fc.oneof(
      { weight: 1, arbitrary: valid.map((request) => ({ api, operation, request })) },
      { weight: 1, arbitrary: valid.chain((request) => mutationArbitrary(api, operation, request)) },
    )
  })
}

function validRequestArbitrary(api: ApiId, operation: Operation): fc.Arbitrary<DraftRequest> {
  const { document } = getApi(api)
  const faker = createSeededFaker(0)
  const parts: Record<string, fc.Arbitrary<unknown>> = {}
  for (const parameter of operation.parameters) {
    if (parameter.in !== 'path' && parameter.in !== 'query') continue
    const drawn = schemaArbitrary(document, parameter.schema)
    const fromSchema = parameter.in === 'path' ? drawn.filter((value) => String(value) !== '') : drawn
    const value =
      parameter.example !== undefined || parameter.in === 'path'
        ? fc.oneof(fc.constant(draftParameter(document, parameter, faker)), fromSchema)
        : fromSchema
    parts[`${parameter.in}:${parameter.name}`] = parameter.required ? value : fc.option(value, { nil: undefined })
  }
  const media = operation.requestBody?.content?.['application/json']
  if (media)
    parts.body = fc.oneof(fc.constant(draftBody(document, media, faker)), schemaArbitrary(document, media.schema))
  return fc.record(parts).map((values) => {
    const request: DraftRequest = { path: {}, query: {}, headers: { ...validCredentials[api] } }
    for (const [key, value] of Object.entries(values)) {
      if (key === 'body') request.body = value
      else if (value !== undefined)
        request[key.startsWith('path:') ? 'path' : 'query'][key.slice(key.indexOf(':') + 1)] = value
    }
    return request
  })
}

function mutationArbitrary(api: ApiId, operation: Operation, valid: DraftRequest): fc.Arbitrary<FuzzRequest> {
  const cases = createNegativeCases(getApi(api).document, operation, valid, Object.keys(validCredentials[api]))
  if (cases.length === 0) return fc.constant({ api, operation, request: valid })
  return fc
    .constantFrom(...cases)
    .map((negative) => ({ api, operation, mutation: negative.name, request: negative.request }))
}
