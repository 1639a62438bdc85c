import type { OpenAPIV3_1 } from 'openapi-types'
import type { FormFile, Issue } from '../api/exchange.js'
import type { LenientHandling } from '../api/spec.js'
import { checkRequest, type RoutedRequest } from '../contract/check-request.js'
import type { CompiledOperation } from '../contract/compile-operation.js'
import { REQUEST } from '../contract/create-ajv.js'
import { escapePointer } from '../contract/format-issue.js'
import { matchMediaType, parseMediaType } from '../contract/media-type.js'
import type { InvalidRequest, RequestValidationResult } from '../contract/types.js'
import { resolveRef } from '../openapi/resolve-ref.js'

/** Whitespace as Ruby's `String#to_i` skips it. */
const RUBY_SPACE = '[ \\t\\n\\v\\f\\r]*'
const RUBY_INTEGER = new RegExp(`^${RUBY_SPACE}([+-]?)(\\d+(?:_\\d+)*)`)
/** What ActiveRecord casts to a number (`ActiveModel::Type::Helpers::Numeric::NUMERIC_REGEX`); anything else finds no record. */
const ACTIVE_RECORD_NUMBER = new RegExp(`^${RUBY_SPACE}[+-]?\\d`)
/** A blank value, as Rails' `present?` sees it. */
const BLANK = /^\s*$/

/**
 * A refused request as a lenient real server takes it (the document's `x-chatmock-lenient`): its
 * unknown body fields dropped, its integer parameters read as `String#to_i` reads them, then
 * checked again, so what is left of its issues is still refused; a path parameter that still
 * breaks its schema is the API's 404. Run on refusals only: a valid request costs nothing.
 * `seen` is the body as the first check parsed it, and its file parts.
 */
export function relaxRequest(
  compiled: CompiledOperation,
  document: OpenAPIV3_1.Document,
  lenient: LenientHandling,
  request: RoutedRequest,
  seen: { body?: unknown; files?: FormFile[] },
  failure: InvalidRequest,
): RequestValidationResult {
  if (failure.reason !== 'invalid') return failure
  const pathParams =
    lenient.invalidPathParameters === 'to-i' ? readPathIntegers(compiled, document, request, failure.issues) : undefined
  const query =
    lenient.invalidIntegerQueries === 'to-i'
      ? readQueryIntegers(compiled, document, request, failure.issues)
      : undefined
  const body =
    lenient.unknownBodyFields === 'drop'
      ? dropUnknownFields(compiled, request.headers['content-type'], seen.body, failure.issues)
      : undefined
  const result =
    pathParams || query || body
      ? checkRequest(compiled, {
          pathParams: pathParams ?? request.pathParams,
          query: query ?? request.query,
          headers: request.headers,
          body: body ? body.value : request.body,
        })
      : failure
  // A body checked as already parsed keeps the file parts the first check read from it.
  if (result.valid && body && seen.files?.length) return { ...result, files: seen.files }
  if (result.valid || !lenient.invalidPathParameters) return result
  const pathIssues = result.issues.filter((issue) => issue.location === 'path')
  return pathIssues.length > 0 ? { ...result, reason: 'not-found', issues: pathIssues } : result
}

/** The path parameters with each refused integer that starts like a number read as ActiveRecord reads an id; undefined when none is. */
function readPathIntegers(
  compiled: CompiledOperation,
  document: OpenAPIV3_1.Document,
  request: RoutedRequest,
  issues: readonly Issue[],
): Record<string, string> | undefined {
  let read: Record<string, string> | undefined
  for (const name of listRefusedIntegers(compiled, document, 'path', issues)) {
    const value = request.pathParams[name]
    if (value === undefined || !ACTIVE_RECORD_NUMBER.test(value)) continue
    read ??= { ...request.pathParams }
    read[name] = toRubyInteger(value)
  }
  return read
}

/** The query with each refused integer read as `String#to_i` reads it, a blank one left out; undefined when none is. */
function readQueryIntegers(
  compiled: CompiledOperation,
  document: OpenAPIV3_1.Document,
  request: RoutedRequest,
  issues: readonly Issue[],
): Map<string, string[]> | undefined {
  let read: Map<string, string[]> | undefined
  for (const name of listRefusedIntegers(compiled, document, 'query', issues)) {
    const values = request.query.get(name)
    // A repeated value is refused for being repeated, whatever each one says.
    if (values?.length !== 1) continue
    read ??= new Map(request.query)
    if (BLANK.test(values[0]!)) read.delete(name)
    else read.set(name, [toRubyInteger(values[0]!)])
  }
  return read
}

/** The names of the integer parameters (not lists of them) at a location that have an issue. */
function listRefusedIntegers(
  compiled: CompiledOperation,
  document: OpenAPIV3_1.Document,
  location: 'path' | 'query',
  issues: readonly Issue[],
): string[] {
  const refused = new Set(
    issues
      .filter((issue) => issue.location === location)
      .map((issue) => unescapePointer(issue.pointer.split('/')[1] ?? '')),
  )
  return compiled.operation.parameters
    .filter((parameter) => parameter.in === location && refused.has(parameter.name))
    .filter((parameter) => isIntegerSchema(document, parameter.schema))
    .map((parameter) => parameter.name)
}

function isIntegerSchema(document: OpenAPIV3_1.Document, schema: unknown): boolean {
  if (schema === undefined) return false
  const { type } = resolveRef<{ type?: unknown }>(document, schema as OpenAPIV3_1.SchemaObject)
  return (Array.isArray(type) ? type.find((name) => name !== 'null') : type) === 'integer'
}

/** Ruby's `String#to_i`: leading whitespace, a sign and digits (`_` between them), else 0: `12abc` is 12, `abc` 0. */
export function toRubyInteger(text: string): string {
  const match = RUBY_INTEGER.exec(text)
  return match ? BigInt(`${match[1]}${match[2]!.replace(/_/g, '')}`).toString() : '0'
}

/**
 * A copy of the body without the fields its schema forbids (as Rails' `params.permit` drops them);
 * undefined when it has none. A field that only alternatives (`oneOf`, `anyOf`) refuse is dropped
 * too when that leaves a body that is valid, for one of them may take it.
 */
function dropUnknownFields(
  compiled: CompiledOperation,
  contentType: string | undefined,
  body: unknown,
  issues: readonly Issue[],
): { value: unknown } | undefined {
  if (typeof body !== 'object' || body === null) return undefined
  const certain = issues.filter((issue) => issue.location === 'body' && UNKNOWN_FIELD.has(issue.keyword))
  const value = structuredClone(body)
  deleteFields(
    value,
    certain.map((issue) => issue.pointer),
  )
  const mediaType = parseMediaType(contentType)
  const declared = mediaType && compiled.body && matchMediaType(compiled.body.mediaTypes, mediaType)
  const validate = declared ? compiled.body!.validator(declared) : undefined
  if (validate && !validate.call(REQUEST, value)) {
    const guessed = (validate.errors ?? [])
      .filter((error) => UNKNOWN_FIELD.has(error.keyword))
      .map((error) => `${error.instancePath}/${escapePointer(String(Object.values(error.params)[0]))}`)
    const attempt = structuredClone(value)
    if (guessed.length > 0 && deleteFields(attempt, guessed) && validate.call(REQUEST, attempt))
      return { value: attempt }
  }
  return certain.length > 0 ? { value } : undefined
}

/** The keywords that name a field the schema does not take. */
const UNKNOWN_FIELD = new Set(['additionalProperties', 'unevaluatedProperties'])

/** Deletes the fields at the pointers; whether it deleted any. */
function deleteFields(value: unknown, pointers: readonly string[]): boolean {
  let deleted = false
  for (const pointer of pointers) {
    const segments = pointer.slice(1).split('/').map(unescapePointer)
    const name = segments.pop()!
    let holder: unknown = value
    for (const segment of segments) holder = (holder as Record<string, unknown> | undefined)?.[segment]
    if (typeof holder === 'object' && holder !== null && !Array.isArray(holder) && Object.hasOwn(holder, name)) {
      delete (holder as Record<string, unknown>)[name]
      deleted = true
    }
  }
  return deleted
}

function unescapePointer(segment: string): string {
  return segment.replace(/~1/g, '/').replace(/~0/g, '~')
}
