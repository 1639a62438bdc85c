import type { RequestHandler } from 'express'
import { problemDetailsStyle } from '../contract/error-styles/problem-details.js'
import { grantCors } from './cors.js'
import { sendResponse } from './send-response.js'

/** `http(s)://` localhost, any `*.localhost`, 127.x.x.x or [::1], on any port: pages of this machine. */
const LOOPBACK_ORIGIN = /^https?:\/\/(?:(?:[a-z0-9-]+\.)*localhost|127(?:\.\d{1,3}){3}|\[::1\])(?::\d{1,5})?$/i

/**
 * Who may steer the mock from a browser: a request with an `Origin` (every cross-origin request a
 * page makes, and every POST, PUT or DELETE) is served only from a loopback origin or one of
 * `adminOrigins`; any other is answered 403 before anything runs, preflight or not, so a "simple"
 * text/plain POST cannot reset a store either. A request without an `Origin` (curl, a test, a
 * server) is served as before. Nothing is cached: whether an answer may be read depends on who asks.
 */
export function createAdminOriginGuard(adminOrigins: readonly string[] = []): RequestHandler {
  const listed = new Set(adminOrigins.map((origin) => normalizeOrigin(origin, 'adminOrigins')))
  return (request, response, next) => {
    response.setHeader('vary', 'Origin')
    response.setHeader('cache-control', 'no-store')
    const origin = request.headers.origin
    if (origin === undefined) return next()
    if (LOOPBACK_ORIGIN.test(origin) || listed.has(origin)) {
      if (!grantCors(request, response, origin)) next()
      return
    }
    const detail = `a page on ${origin} may not call the admin API (only loopback origins may); to let it steer the mock, start chatmock with --allow-origin ${origin} (option adminOrigins)`
    sendResponse(response, problemDetailsStyle.render(403, detail, []))
  }
}

/**
 * An origin as a browser sends it in `Origin`: scheme, host and port, lower-cased, no default port,
 * no trailing slash. Throws a RangeError, naming `option`, for anything else (a path, `*`, `null`).
 */
export function normalizeOrigin(value: string, option: string): string {
  const text = value.trim().replace(/\/$/, '')
  if (/^[a-z][a-z0-9+.-]*:\/\/[^/?#\s@]+$/i.test(text)) {
    if (!/^https?:/i.test(text)) return text.toLowerCase()
    if (URL.canParse(text)) return new URL(text).origin
  }
  throw new RangeError(
    `${option}: "${value}" is not an origin; give its scheme, host and port, such as http://app.test:3000`,
  )
}
