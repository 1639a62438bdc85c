import type { IncomingMessage, ServerResponse } from 'node:http'
import { VIOLATIONS_HEADER } from '../mock/violation-policy.js'
import type { ApiSpec } from '../api/spec.js'

export interface CorsOptions {
  /** Origins allowed to call the mocked APIs: `'*'` (the default) or a list. The admin API has its own rule (`adminOrigins`). */
  origin?: '*' | readonly string[]
}

/** The response headers a page may read: `allow`, the violations header, and every header the specs declare. */
export function listExposedHeaders(apis: readonly ApiSpec[]): string {
  const names = new Set(['allow', VIOLATIONS_HEADER])
  for (const api of apis) {
    for (const operation of api.operations) {
      for (const response of Object.values(operation.responses))
        for (const name of Object.keys(response.headers ?? {})) names.add(name.toLowerCase())
    }
  }
  return [...names].join(', ')
}

/**
 * Adds the mocked APIs' CORS headers to a response and answers a preflight. Returns true when the
 * request was a preflight and has been answered.
 */
export function applyCors(
  request: IncomingMessage,
  response: ServerResponse,
  options: CorsOptions,
  exposedHeaders: string,
): boolean {
  const origin = request.headers.origin
  const allowed =
    options.origin === undefined || options.origin === '*'
      ? '*'
      : origin !== undefined && options.origin.includes(origin)
        ? origin
        : undefined
  return grantCors(request, response, allowed, exposedHeaders)
}

/**
 * Grants CORS to `allowed` (`'*'` or the request's origin; nothing when undefined) and answers a
 * preflight, granted or not, with a 204. Returns true when it answered one.
 */
export function grantCors(
  request: IncomingMessage,
  response: ServerResponse,
  allowed: string | undefined,
  exposedHeaders?: string,
): boolean {
  const preflight = request.method === 'OPTIONS' && request.headers['access-control-request-method'] !== undefined
  if (allowed) {
    response.setHeader('access-control-allow-origin', allowed)
    if (allowed !== '*') response.setHeader('vary', 'Origin')
    if (exposedHeaders) response.setHeader('access-control-expose-headers', exposedHeaders)
  }
  if (!preflight) return false
  if (allowed) {
    response.setHeader('access-control-allow-methods', 'GET, POST, PUT, PATCH, DELETE, OPTIONS')
    response.setHeader(
      'access-control-allow-headers',
      request.headers['access-control-request-headers'] ?? 'authorization, content-type',
    )
    response.setHeader('access-control-max-age', '600')
  }
  response.statusCode = 204
  response.end()
  return true
}
