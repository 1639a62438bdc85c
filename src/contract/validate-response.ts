import type { Operation } from '../api/spec.js'
import type { CompiledOperation } from './compile-operation.js'
import { RESPONSE } from './create-ajv.js'
import { toIssues } from './format-issue.js'
import { getContractOf } from './get-contract.js'
import { isJsonMediaType, matchMediaType, parseMediaType } from './media-type.js'
import { normalizeHeaders } from './normalize-headers.js'
import { toBinaryString } from './parse-form-body.js'
import type { ResponseInput, ResponseValidationResult } from './types.js'
import type { Issue } from '../api/exchange.js'

/**
 * Checks a response against what its operation declares: the status (or `default`), the content
 * type, required headers, the body (`writeOnly` refused), and no body where none is declared.
 */
export function validateResponse(operation: Operation, response: ResponseInput): ResponseValidationResult {
  return checkResponse(
    getContractOf(operation).compiled(operation),
    response.status,
    normalizeHeaders(response.headers),
    response.body,
  )
}

/**
 * Stands for a body that keeps coming (Server-Sent Events): its media type is checked, its events
 * are checked one by one against the API's event schemas as they are sent.
 */
export const STREAMED_BODY: unique symbol = Symbol('streamed body')

/**
 * With `asValue`, `body` is the value the shell will serialize (the mock's own answer): `null` is a
 * JSON null and a string a JSON string, and only `undefined` is no body. Otherwise it is what a
 * client received: a string under a JSON media type is JSON text, and `''` no body.
 */
export function checkResponse(
  compiled: CompiledOperation,
  status: number,
  headers: Record<string, string>,
  body: unknown,
  asValue = false,
): ResponseValidationResult {
  const { operationId } = compiled.operation
  // An operation that declares no response (OpenAPI 3.1 allows it) constrains none; one that
  // declares only 1xx, which HTTP never sends as a final response, is met by an empty 204.
  if (compiled.declaredStatuses.length === 0) return { valid: true }
  const empty = asValue ? body === undefined : isEmpty(body)
  if (status === 204 && empty && compiled.declaredStatuses.every((key) => /^1/.test(key))) return { valid: true }
  const declared = compiled.response(status)
  if (!declared) {
    return fail([
      {
        location: 'status',
        pointer: '',
        keyword: 'status',
        message: `status ${status} is not declared for ${operationId} (declared: ${compiled.declaredStatuses.join(', ')})`,
      },
    ])
  }
  const { compiled: expected } = declared
  const issues: Issue[] = []
  for (const name of expected.requiredHeaders) {
    if (headers[name] === undefined)
      issues.push({
        location: 'header',
        pointer: `/${name}`,
        keyword: 'required',
        message: `header "${name}" is required for ${status}`,
      })
  }
  if (expected.mediaTypes.length === 0) {
    if (!empty)
      issues.push({
        location: 'body',
        pointer: '',
        keyword: 'body',
        message: `body must be empty: ${operationId} declares no content for ${status}`,
      })
    return issues.length > 0 ? fail(issues) : { valid: true }
  }
  if (empty) {
    issues.push({
      location: 'body',
      pointer: '',
      keyword: 'required',
      message: `body is required: ${operationId} declares ${expected.mediaTypes.join(' or ')} for ${status}`,
    })
    return fail(issues)
  }
  const mediaType = parseMediaType(headers['content-type'])
  const match = mediaType && matchMediaType(expected.mediaTypes, mediaType)
  if (!match) {
    issues.push({
      location: 'header',
      pointer: '/content-type',
      keyword: 'contentType',
      message: `header "content-type" must be ${expected.mediaTypes.join(' or ')} (got ${mediaType ? `"${mediaType}"` : 'none'})`,
    })
    return fail(issues)
  }
  if (body === STREAMED_BODY) return issues.length > 0 ? fail(issues) : { valid: true }
  let value = body
  if (typeof body === 'string' && !asValue && isJsonMediaType(match)) {
    try {
      value = JSON.parse(body)
    } catch (error) {
      return fail([
        ...issues,
        {
          location: 'body',
          pointer: '',
          keyword: 'json',
          message: `body is not valid JSON: ${(error as Error).message}`,
        },
      ])
    }
  }
  // Bytes the mock answers with (a file it serves) are checked as a `format: binary` string is.
  if (value instanceof Uint8Array && !isJsonMediaType(match)) value = toBinaryString(value)
  const validate = expected.bodyValidator(match)
  if (validate && !validate.call(RESPONSE, value))
    issues.push(...toIssues(validate.errors, (path) => ({ location: 'body', pointer: path })))
  return issues.length > 0 ? fail(issues) : { valid: true }
}

function fail(issues: Issue[]): ResponseValidationResult {
  return { valid: false, issues }
}

/** No body, as ResponseInput says it; `null` is a JSON null that a client parsed. */
function isEmpty(body: unknown): boolean {
  return body === undefined || body === ''
}
