import type { CompiledOperation } from './compile-operation.js'
import { toIssues } from './format-issue.js'
import { REQUEST } from './create-ajv.js'
import { isJsonMediaType, matchMediaType, parseMediaType } from './media-type.js'
import type { Issue, IssueLocation, RequestValidationResult } from './types.js'

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
 * at once).
 */
export function checkRequest(compiled: CompiledOperation, request: RoutedRequest): RequestValidationResult {
  const { operation } = compiled
  const security = compiled.checkSecurity(request.headers, request.query)
  if ('message' in security) {
    return { valid: false, reason: 'unauthorized', operation, issues: [{ location: 'security', pointer: '', keyword: 'security', message: security.message }] }
  }

  const issues: Issue[] = []
  let body: unknown
  const empty = request.body === undefined || request.body === null || request.body === ''
  if (compiled.body && !empty) {
    const mediaType = parseMediaType(request.headers['content-type'])
    const declared = mediaType && matchMediaType(compiled.body.mediaTypes, mediaType)
    if (!declared) {
      const got = mediaType ? `"${mediaType}"` : 'none'
      return {
        valid: false,
        reason: 'unsupported-media-type',
        operation,
        issues: [{ location: 'header', pointer: '/content-type', keyword: 'contentType', message: `header "content-type" must be ${compiled.body.mediaTypes.join(' or ')} (got ${got})` }],
      }
    }
    const parsed = parseBody(request.body, declared)
    if ('issue' in parsed) issues.push(parsed.issue)
    else {
      body = parsed.value
      const validate = compiled.body.validator(declared)
      if (validate && !validate.call(REQUEST, body)) issues.push(...toIssues(validate.errors, (path) => ({ location: 'body', pointer: path })))
    }
  } else if (compiled.body?.required) {
    issues.push({ location: 'body', pointer: '', keyword: 'required', message: `body is required (${compiled.body.mediaTypes.join(' or ')})` })
  }

  const parameters = compiled.readParameters({ path: request.pathParams, query: request.query, headers: request.headers })
  const values = { path: parameters.path, query: parameters.query, header: parameters.header }
  if (!compiled.validateParameters.call(REQUEST, values)) issues.unshift(...toIssues(compiled.validateParameters.errors, splitParameterPath))
  for (const name of parameters.repeated) {
    issues.push({ location: 'query', pointer: `/${name}`, keyword: 'maxItems', message: `query parameter "${name}" must be given once (got ${request.query.get(name)!.length} values)` })
  }

  if (issues.length > 0) return { valid: false, reason: 'invalid', operation, issues }
  return { valid: true, operation, params: parameters.path, query: parameters.query, headers: parameters.header, body, credential: security.credential }
}

function splitParameterPath(instancePath: string): { location: IssueLocation; pointer: string } {
  const [, location, ...rest] = instancePath.split('/')
  return { location: (location === 'header' ? 'header' : location === 'path' ? 'path' : 'query') as IssueLocation, pointer: rest.length > 0 ? `/${rest.join('/')}` : '' }
}

function parseBody(raw: unknown, mediaType: string): { value: unknown } | { issue: Issue } {
  const text = typeof raw === 'string' ? raw : raw instanceof Uint8Array ? new TextDecoder().decode(raw) : undefined
  if (text === undefined || !isJsonMediaType(mediaType)) return { value: raw }
  try {
    return { value: JSON.parse(text) }
  } catch (error) {
    return { issue: { location: 'body', pointer: '', keyword: 'json', message: `body is not valid JSON: ${(error as Error).message}` } }
  }
}
