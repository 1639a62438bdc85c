import type { IncomingMessage, ServerResponse } from 'node:http'

export interface CorsOptions {
  /** Origins allowed to call the mock: `'*'` (the default) or a list. */
  origin?: '*' | readonly string[]
}

const EXPOSED = 'allow, x-chatmock-violations, x-toggl-quota-remaining, x-toggl-quota-resets-in'

/**
 * Adds CORS headers to a response and answers a preflight. Returns true when the request was a
 * preflight and has been answered.
 */
export function applyCors(request: IncomingMessage, response: ServerResponse, options: CorsOptions = {}): boolean {
  const origin = request.headers.origin
  const allowed = options.origin === undefined || options.origin === '*' ? '*' : origin !== undefined && options.origin.includes(origin) ? origin : undefined
  const preflight = request.method === 'OPTIONS' && request.headers['access-control-request-method'] !== undefined
  if (allowed) {
    response.setHeader('access-control-allow-origin', allowed)
    if (allowed !== '*') response.setHeader('vary', 'Origin')
    response.setHeader('access-control-expose-headers', EXPOSED)
  }
  if (!preflight) return false
  if (allowed) {
    response.setHeader('access-control-allow-methods', 'GET, POST, PUT, PATCH, DELETE, OPTIONS')
    response.setHeader('access-control-allow-headers', request.headers['access-control-request-headers'] ?? 'authorization, content-type')
    response.setHeader('access-control-max-age', '600')
  }
  response.statusCode = 204
  response.end()
  return true
}
