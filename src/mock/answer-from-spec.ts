import type { PlainResponse } from '../api/exchange.js'
import { hashText } from '../store/hash-text.js'
import { loadFaker } from '../store/load-faker.js'
import type { ApiSpec, Operation } from '../api/spec.js'
import { checkResponseExamples } from './check-examples.js'
import { generateFromSchema } from '../generate/generate-from-schema.js'
import { isStrictApi } from '../contract/create-ajv.js'
import type { MockRequest } from './mock-request.js'
import { buildDeclaredResponse } from './behaviours/steer-response.js'
import { carryPathParams } from './carry-path-params.js'
import { chooseMediaType } from './choose-media-type.js'

/**
 * The answer of an operation that has no resolver: its declared success response (or the declared
 * response of `status`: `Prefer: code=`, a fault), with its first example that keeps the schema
 * (named examples first, then `example`), else data generated from the schema. Generated data is
 * seeded from the seed, the operation and the request (method, path, query, body), so the same
 * request gets the same answer whatever came before it, in every runtime; it carries the request's
 * path parameters (`params`, as checked) where its schema admits them.
 */
export async function answerFromSpec(
  api: ApiSpec,
  operation: Operation,
  request: MockRequest,
  seed: number,
  params: Readonly<Record<string, unknown>>,
  status: string | undefined = findSuccessStatus(operation),
): Promise<PlainResponse> {
  // OpenAPI 3.1 lets an operation declare no response at all, and HTTP sends no 1xx as a final
  // response (fetch and msw cannot receive one): such an operation is answered 204.
  if (status === undefined || /^1/.test(status)) return { status: 204, headers: {} }
  const { accept } = request.headers
  const declared = buildDeclaredResponse(operation, status, undefined, accept)
  const content = operation.responses[status]?.content ?? {}
  const mediaType = chooseMediaType(Object.keys(content), accept)
  const media = mediaType === undefined ? undefined : content[mediaType]
  if (!mediaType || !media) return declared ?? { status: Number(status) || 200, headers: {} }
  const example = checkResponseExamples(api, operation).find(
    (candidate) => candidate.status === status && candidate.mediaType === mediaType && candidate.issues.length === 0,
  )
  const base = declared ?? {
    status: /^\d{3}$/.test(status) ? Number(status) : 200,
    headers: { 'content-type': mediaType },
  }
  if (example)
    return { ...base, headers: { ...base.headers, 'content-type': mediaType }, body: structuredClone(example.value) }
  const faker = await loadFaker()
  faker.seed(seedOf(seed, operation, request))
  const strict = isStrictApi(api)
  const body =
    media.schema === undefined
      ? {}
      : carryPathParams(
          generateFromSchema(media.schema, { document: api.document, direction: 'response', faker, strict }),
          operation,
          params,
          { document: api.document, strict, schema: media.schema },
        )
  return { ...base, headers: { ...base.headers, 'content-type': mediaType }, body }
}

function findSuccessStatus(operation: Operation): string | undefined {
  return Object.keys(operation.responses).find((key) => /^2/.test(key)) ?? Object.keys(operation.responses)[0]
}

function seedOf(seed: number, operation: Operation, request: MockRequest): number {
  const body =
    request.body === undefined
      ? ''
      : typeof request.body === 'string'
        ? request.body
        : new TextDecoder().decode(request.body)
  return Number.parseInt(
    hashText(
      `${seed}\u0000${operation.operationId}\u0000${request.method}\u0000${request.path}\u0000${request.search}\u0000${body}`,
    ),
    16,
  )
}
