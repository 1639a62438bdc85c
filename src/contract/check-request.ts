import type { CompiledOperation } from './compile-operation.js'
import { escapePointer, toIssues } from './format-issue.js'
import { PARAMETERS, REQUEST } from './create-ajv.js'
import { isJsonMediaType, matchMediaType, parseMediaType } from './media-type.js'
import type { RequestValidationResult } from './types.js'
import { parseFormBody, toBinaryString } from './parse-form-body.js'
import type { ValueShape } from './parameter-styles/value-shape.js'
import type { FormFile, Issue, IssueLocation } from '../api/exchange.js'

/** A request already routed to its operation, in the raw form every runtime can produce cheaply. */
export interface RoutedRequest {
  pathParams: Record<string, string>
  query: Map<string, string[]>
  /** Lower-cased names. */
  headers: Record<string, string>
  /** The raw body text (or bytes as text), or a value already parsed; `undefined` or `''` for none. */
  body: unknown
}

/**
 * Checks a routed request against its operation, in the order a client should fix things:
 * credentials (401), then the content type (415), then parameters and body together (every issue
 * at once). `seen` receives the body as parsed (and its file parts), valid or not, for a caller
 * that takes it further when the request is refused (a lenient mock drops its unknown fields).
 */
export function checkRequest(
  compiled: CompiledOperation,
  request: RoutedRequest,
  seen?: { body?: unknown; files?: FormFile[] },
): RequestValidationResult {
  const { operation } = compiled
  const security = compiled.checkSecurity(request.headers, request.query)
  if ('message' in security) {
    return {
      valid: false,
      reason: 'unauthorized',
      operation,
      issues: [{ location: 'security', pointer: '', keyword: 'security', message: security.message }],
    }
  }

  const issues: Issue[] = []
  let body: unknown
  let files: FormFile[] = []
  const empty =
    request.body === undefined ||
    request.body === null ||
    request.body === '' ||
    (request.body instanceof Uint8Array && request.body.length === 0)
  if (compiled.body && !empty) {
    const mediaType = parseMediaType(request.headers['content-type'])
    const declared = mediaType && matchMediaType(compiled.body.mediaTypes, mediaType)
    if (!declared) {
      const got = mediaType ? `"${mediaType}"` : 'none'
      return {
        valid: false,
        reason: 'unsupported-media-type',
        operation,
        issues: [
          {
            location: 'header',
            pointer: '/content-type',
            keyword: 'contentType',
            message: `header "content-type" must be ${compiled.body.mediaTypes.join(' or ')} (got ${got})`,
          },
        ],
      }
    }
    const parsed = !isRaw(request.body)
      ? { value: request.body }
      : isFormMediaType(declared)
        ? readForm(
            request.body as string | Uint8Array,
            request.headers['content-type']!,
            compiled.body.formShape(declared),
          )
        : parseBody(request.body, declared)
    if ('issue' in parsed) issues.push(parsed.issue)
    else {
      body = parsed.value
      if ('files' in parsed) files = parsed.files as FormFile[]
      if (seen) Object.assign(seen, { body, files })
      const validate = compiled.body.validator(declared)
      if (validate && !validate.call(REQUEST, body))
        issues.push(...toIssues(validate.errors, (path) => ({ location: 'body', pointer: path })))
    }
  } else if (compiled.body?.required && !BODILESS.has(compiled.operation.method)) {
    issues.push({
      location: 'body',
      pointer: '',
      keyword: 'required',
      message: `body is required (${compiled.body.mediaTypes.join(' or ')})`,
    })
  }

  const parameters = compiled.readParameters({
    path: request.pathParams,
    query: request.query,
    headers: request.headers,
  })
  const values = {
    path: parameters.path,
    query: parameters.query,
    header: parameters.header,
    cookie: parameters.cookie,
  }
  if (!compiled.validateParameters.call(PARAMETERS, values))
    issues.unshift(
      ...toIssues(compiled.validateParameters.errors, splitParameterPath)
        .filter((issue) => !isDefaulted(issue, parameters.defaulted))
        .map((issue) => showRawInteger(issue, request)),
    )
  for (const name of parameters.unknown) {
    const known = compiled.operation.parameters
      .filter((parameter) => parameter.in === 'query')
      .map((parameter) => parameter.name)
    issues.push({
      location: 'query',
      pointer: `/${escapePointer(name)}`,
      keyword: 'additionalProperties',
      message: `query parameter "${name}" is not allowed (${known.length > 0 ? `known: ${known.join(', ')}` : 'the operation takes none'})`,
    })
  }
  for (const { in: location, name } of parameters.repeated) {
    issues.push({
      location,
      pointer: `/${escapePointer(name)}`,
      keyword: 'maxItems',
      message: `${describeParameter(location, name)} must be given once${location === 'query' ? ` (got ${request.query.get(name)!.length} values)` : ''}`,
    })
  }
  for (const { in: location, name, reason } of parameters.unreadable) {
    issues.push({
      location,
      pointer: `/${escapePointer(location === 'header' ? name.toLowerCase() : name)}`,
      keyword: 'style',
      message: `${describeParameter(location, name)} cannot be read: ${reason}`,
    })
  }

  if (issues.length > 0) return { valid: false, reason: 'invalid', operation, issues }
  return {
    valid: true,
    operation,
    params: parameters.path,
    query: parameters.query,
    headers: parameters.header,
    cookies: parameters.cookie,
    body,
    credential: security.credential,
    ...(files.length > 0 ? { files } : {}),
  }
}

function describeParameter(location: IssueLocation, name: string): string {
  return location === 'header' ? `header "${name}"` : `${location} parameter "${name}"`
}

function splitParameterPath(instancePath: string): { location: IssueLocation; pointer: string } {
  const [, location, ...rest] = instancePath.split('/')
  return {
    location: (location === 'header' || location === 'path' || location === 'cookie'
      ? location
      : 'query') as IssueLocation,
    pointer: rest.length > 0 ? `/${rest.join('/')}` : '',
  }
}

/**
 * An integer beyond 2^53 - 1 reaches its bound as a rounded number: the message shows what the
 * client sent, `must be <= 9007199254740991 (got 9007199254740993)`, not the rounded value.
 */
function showRawInteger(issue: Issue, request: RoutedRequest): Issue {
  if (!/imum$/.test(issue.keyword) || (issue.location !== 'path' && issue.location !== 'query')) return issue
  const name = issue.pointer.slice(1)
  const raw = issue.location === 'path' ? request.pathParams[name] : request.query.get(name)?.[0]
  if (raw === undefined || !/^-?\d+$/.test(raw) || Number.isSafeInteger(Number(raw))) return issue
  return { ...issue, message: issue.message.replace(/\(got [^)]*\)$/, `(got ${raw})`) }
}

/**
 * Whether an issue is about a value the client did not send: a document whose own default breaks
 * its schema (`default: TBD` for a duration) must not refuse every request that leaves it out.
 */
function isDefaulted(issue: Issue, defaulted: readonly string[]): boolean {
  if (defaulted.length === 0) return false
  const key = issue.pointer.split('/')[1]
  return key !== undefined && defaulted.includes(`${issue.location}/${unescapePointer(key)}`)
}

function unescapePointer(segment: string): string {
  return segment.replace(/~1/g, '/').replace(/~0/g, '~')
}

/** A body as it came (text or bytes), not a value a caller already parsed. */
function isRaw(body: unknown): body is string | Uint8Array {
  return typeof body === 'string' || body instanceof Uint8Array
}

/** Media types whose bodies are text: JSON, `text/*`, XML, YAML and the like. */
function isTextual(mediaType: string): boolean {
  return isJsonMediaType(mediaType) || /^text\/|[+/](xml|yaml|x-yaml|csv|javascript|graphql)$/.test(mediaType)
}

/** fetch and browsers cannot send a body with these: one the document requires is read as optional. */
const BODILESS = new Set(['get', 'head'])

/** How deep a JSON body may nest: deeper ones are refused rather than walked (a mock decision). */
const MAX_JSON_DEPTH = 100

const utf8 = new TextDecoder('utf-8', { fatal: true })

function isFormMediaType(mediaType: string): boolean {
  return mediaType === 'application/x-www-form-urlencoded' || mediaType === 'multipart/form-data'
}

function readForm(
  raw: string | Uint8Array,
  contentType: string,
  shape: ValueShape,
): { value: unknown; files: FormFile[] } | { issue: Issue } {
  const read = parseFormBody(raw, contentType, shape)
  if ('value' in read) return read
  return {
    issue: { location: 'body', pointer: '', keyword: 'encoding', message: `body cannot be read: ${read.refused}` },
  }
}

function parseBody(raw: unknown, mediaType: string): { value: unknown } | { issue: Issue } {
  let text: string | undefined
  if (typeof raw === 'string') text = raw
  // Bytes of a binary media type (image/png, application/octet-stream) are checked as a binary string.
  else if (raw instanceof Uint8Array && !isTextual(mediaType)) return { value: toBinaryString(raw) }
  else if (raw instanceof Uint8Array) {
    try {
      text = utf8.decode(raw)
    } catch {
      return { issue: { location: 'body', pointer: '', keyword: 'encoding', message: 'body is not valid UTF-8' } }
    }
  }
  if (text === undefined || !isJsonMediaType(mediaType)) return { value: text ?? raw }
  if (measureDepth(text) > MAX_JSON_DEPTH) {
    return {
      issue: {
        location: 'body',
        pointer: '',
        keyword: 'maxDepth',
        message: `body nests deeper than ${MAX_JSON_DEPTH} levels`,
      },
    }
  }
  try {
    return { value: JSON.parse(text) }
  } catch (error) {
    return {
      issue: {
        location: 'body',
        pointer: '',
        keyword: 'json',
        message: `body is not valid JSON: ${(error as Error).message}`,
      },
    }
  }
}

/** The deepest nesting of objects and arrays in JSON text, strings skipped; one pass, no parse. */
function measureDepth(text: string): number {
  let depth = 0
  let deepest = 0
  let inString = false
  for (let i = 0; i < text.length; i++) {
    const char = text.charCodeAt(i)
    if (inString) {
      if (char === 92) i++
      else if (char === 34) inString = false
    } else if (char === 34) inString = true
    else if (char === 123 || char === 91) deepest = Math.max(deepest, ++depth)
    else if (char === 125 || char === 93) depth--
  }
  return deepest
}
