import type { OpenAPIV3_1 } from 'openapi-types'
import type { Operation, ParameterLocation } from '../api/spec.js'
import { encodeRequestBody } from './encode-request-body.js'
import { writeParameterPairs, writeParameterText } from './parameter-styles/write-parameter.js'
import type { DraftRequest } from './types.js'

/**
 * A drafted request as `fetch` arguments under a base URL: each parameter written as its style (or
 * `content`) says, cookie parameters after the `Cookie` header the run gave, the body encoded for
 * its media type. A value the operation does not declare (a credential in the query) is written as
 * a query parameter's default (`form`) writes it.
 */
export function toFetchArguments(
  baseUrl: string,
  operation: Operation,
  request: DraftRequest,
): [string, RequestInit & { headers: Record<string, string> }] {
  const declared = (location: ParameterLocation, name: string): OpenAPIV3_1.ParameterObject =>
    operation.parameters.find((parameter) => parameter.in === location && parameter.name === name) ?? {
      name,
      in: location,
    }
  const path = operation.path.replace(/\{([^}]+)\}/g, (_, name: string) =>
    request.path[name] === undefined ? '' : writeParameterText(declared('path', name), request.path[name]),
  )
  const search = Object.entries(request.query)
    .filter(([, value]) => value !== undefined)
    .flatMap(([name, value]) => writeParameterPairs(declared('query', name), value))
    .map(([key, value]) => `${key}=${value}`)
    .join('&')

  const headers: Record<string, string> = {}
  for (const [name, value] of Object.entries(request.header ?? {}))
    if (value !== undefined) headers[name.toLowerCase()] = writeParameterText(declared('header', name), value)
  // The run's own headers (its credentials) win over a header parameter's drafted value.
  Object.assign(headers, request.headers)
  const cookies = Object.entries(request.cookie ?? {})
    .filter(([, value]) => value !== undefined)
    .flatMap(([name, value]) => writeParameterPairs(declared('cookie', name), value))
    .map(([key, value]) => `${key}=${value}`)
  if (cookies.length > 0) headers.cookie = [...(headers.cookie ? [headers.cookie] : []), ...cookies].join('; ')

  const { body, contentType } = encodeRequestBody(operation, request)
  if (contentType !== undefined && !('content-type' in headers)) headers['content-type'] = contentType
  return [`${baseUrl}${path}${search ? `?${search}` : ''}`, { method: operation.method.toUpperCase(), headers, body }]
}
