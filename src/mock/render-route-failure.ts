import type { PlainResponse } from '../api/exchange.js'
import type { ApiSpec } from '../api/spec.js'
import type { RouteMatch } from '../contract/create-router.js'
import { renderRequestFailure } from '../contract/render-error.js'
import type { MockRequest } from './mock-request.js'

/** The API's 404 for a path none of its operations has, or its 405 (with `Allow`) for a method the path does not accept. */
export function renderRouteFailure(
  api: ApiSpec,
  request: MockRequest,
  match: Exclude<RouteMatch, { kind: 'operation' }>,
): PlainResponse {
  const allow = match.kind === 'method-not-allowed' ? match.allow : undefined
  const message = allow
    ? `${request.path} does not accept ${request.method}; it accepts ${allow.join(', ')}`
    : `no operation of ${api.id} matches ${request.method} ${request.path}`
  return renderRequestFailure(api, {
    valid: false,
    reason: allow ? 'method-not-allowed' : 'not-found',
    allow,
    issues: [{ location: 'path', pointer: '', keyword: allow ? 'method' : 'operation', message }],
  })
}
