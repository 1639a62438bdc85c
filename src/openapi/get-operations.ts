import type { OpenAPIV3_1 } from 'openapi-types'
import { deriveOperationId } from './derive-operation-id.js'
import { isReference, resolveRef } from './resolve-ref.js'
import type { HttpMethod, Operation } from '../api/spec.js'

const METHODS: HttpMethod[] = ['get', 'put', 'post', 'delete', 'patch', 'head', 'options', 'trace', 'query']

/**
 * Flattens a document into its operations, once: path-level parameters merged (an operation's
 * own parameter wins), every `$ref` of a parameter, body, response or example resolved, root security
 * inherited, and an operation without an operationId given one from its method and path.
 * Nothing after this reads `paths` again.
 */
export function getOperations(document: OpenAPIV3_1.Document): Operation[] {
  const operations: Operation[] = []
  for (const [path, maybeItem] of Object.entries(document.paths ?? {})) {
    const item = resolveRef<OpenAPIV3_1.PathItemObject>(document, maybeItem!)
    for (const [method, source] of listPathOperations(item)) {
      operations.push({
        operationId: source.operationId ?? deriveOperationId(method, path),
        method,
        path,
        summary: source.summary,
        parameters: mergeParameters(document, item.parameters ?? [], source.parameters ?? []),
        requestBody: source.requestBody && resolveBody(document, source.requestBody),
        responses: Object.fromEntries(
          Object.entries(source.responses ?? {}).map(([status, response]) => [
            status,
            resolveResponse(document, response),
          ]),
        ),
        security: source.security ?? document.security ?? [],
        ...(readStrictQuery(document, source) ? { strictQuery: true } : {}),
      })
    }
  }
  return operations
}

/**
 * What names each operation (its id, method, path) and who may call it, without resolving its
 * parameters, body and responses as getOperations does: what checkDocument reads of them.
 */
export function listOperationHeads(
  document: OpenAPIV3_1.Document,
): Array<Pick<Operation, 'operationId' | 'method' | 'path' | 'security'>> {
  const heads: Array<Pick<Operation, 'operationId' | 'method' | 'path' | 'security'>> = []
  for (const [path, maybeItem] of Object.entries(document.paths ?? {})) {
    const item = resolveRef<OpenAPIV3_1.PathItemObject>(document, maybeItem!)
    for (const [method, source] of listPathOperations(item))
      heads.push({
        operationId: source.operationId ?? deriveOperationId(method, path),
        method,
        path,
        security: source.security ?? document.security ?? [],
      })
  }
  return heads
}

function resolveBody(
  document: OpenAPIV3_1.Document,
  maybe: OpenAPIV3_1.RequestBodyObject | OpenAPIV3_1.ReferenceObject,
): OpenAPIV3_1.RequestBodyObject {
  const body = resolveRef<OpenAPIV3_1.RequestBodyObject>(document, maybe)
  return body.content ? { ...body, content: resolveContent(document, body.content) } : body
}

/**
 * A path item's operations by lower-case method: its fixed fields, OpenAPI 3.2's `query` among
 * them, then 3.2's `additionalOperations` (`COPY`, `LINK`…), routed as the request's method is.
 */
function listPathOperations(item: OpenAPIV3_1.PathItemObject): Array<[string, OpenAPIV3_1.OperationObject]> {
  const found: Array<[string, OpenAPIV3_1.OperationObject]> = []
  for (const method of METHODS) {
    const source = (item as Record<string, OpenAPIV3_1.OperationObject | undefined>)[method]
    if (source) found.push([method, source])
  }
  const additional = (item as { additionalOperations?: Record<string, OpenAPIV3_1.OperationObject | undefined> })
    .additionalOperations
  for (const [method, source] of Object.entries(additional ?? {}))
    if (typeof source === 'object' && source !== null) found.push([method.toLowerCase(), source])
  return found
}

/** A response with its headers' and examples' `$ref`s resolved too. */
function resolveResponse(
  document: OpenAPIV3_1.Document,
  maybe: OpenAPIV3_1.ResponseObject | OpenAPIV3_1.ReferenceObject,
): OpenAPIV3_1.ResponseObject {
  const response = resolveRef<OpenAPIV3_1.ResponseObject>(document, maybe)
  return {
    ...response,
    ...(response.content ? { content: resolveContent(document, response.content) } : {}),
    ...(response.headers
      ? {
          headers: Object.fromEntries(
            Object.entries(response.headers).map(([name, header]) => [
              name,
              resolveExamples(document, resolveRef<OpenAPIV3_1.HeaderObject>(document, header)),
            ]),
          ),
        }
      : {}),
  }
}

function resolveContent(
  document: OpenAPIV3_1.Document,
  content: Record<string, OpenAPIV3_1.MediaTypeObject>,
): Record<string, OpenAPIV3_1.MediaTypeObject> {
  return Object.fromEntries(
    Object.entries(content).map(([mediaType, media]) => [mediaType, resolveExamples(document, media)]),
  )
}

/** A media type, parameter or header whose named examples are Example Objects, never `$ref`s. */
function resolveExamples<T extends { examples?: unknown }>(document: OpenAPIV3_1.Document, holder: T): T {
  const { examples } = holder
  if (typeof examples !== 'object' || examples === null || !Object.values(examples).some(isReference)) return holder
  return {
    ...holder,
    examples: Object.fromEntries(
      Object.entries(examples).map(([name, example]) => [
        name,
        resolveRef<OpenAPIV3_1.ExampleObject>(document, example),
      ]),
    ),
  }
}

/** `x-chatmock-strict-query` of the operation, else of the document. */
function readStrictQuery(document: OpenAPIV3_1.Document, operation: OpenAPIV3_1.OperationObject): boolean {
  const own = (operation as { 'x-chatmock-strict-query'?: unknown })['x-chatmock-strict-query']
  return (own ?? (document as { 'x-chatmock-strict-query'?: unknown })['x-chatmock-strict-query']) === true
}

type ParameterList = Array<OpenAPIV3_1.ParameterObject | OpenAPIV3_1.ReferenceObject>

function mergeParameters(
  document: OpenAPIV3_1.Document,
  shared: ParameterList,
  own: ParameterList,
): OpenAPIV3_1.ParameterObject[] {
  const byKey = new Map<string, OpenAPIV3_1.ParameterObject>()
  for (const maybe of [...shared, ...own]) {
    const parameter = resolveExamples(document, resolveRef<OpenAPIV3_1.ParameterObject>(document, maybe))
    if (parameter.in === 'header' && IGNORED_HEADERS.has(parameter.name.toLowerCase())) continue
    byKey.set(`${parameter.in}:${parameter.name}`, parameter)
  }
  return [...byKey.values()]
}

/**
 * OpenAPI: a header parameter named Accept, Content-Type or Authorization "SHALL be ignored" (the
 * response's media types, the body's and the security schemes say those). fetch sends its own
 * `Accept: *\/*`, which such a parameter's enum would refuse.
 */
const IGNORED_HEADERS = new Set(['accept', 'content-type', 'authorization'])
