import type { PlainResponse } from '../api/exchange.js'
import type { ApiSpec } from '../api/spec.js'
import { renderError } from '../contract/render-error.js'
import type { MockRequest } from './mock-request.js'

/** The most of a body the mock reads (413 beyond), and of a URL (414 beyond). */
export const MAX_BODY_BYTES = 1024 * 1024
const MAX_URL_LENGTH = 8192

/** 414 for a URL, 413 for a body, larger than the mock reads, in the API's own shape; undefined for a request within both. */
export function checkSize(api: ApiSpec, request: MockRequest): PlainResponse | undefined {
  if (request.path.length + request.search.length > MAX_URL_LENGTH)
    return renderError(api, 414, `the URL is longer than ${MAX_URL_LENGTH} characters`)
  const size = typeof request.body === 'string' ? request.body.length : (request.body?.length ?? 0)
  if (size > MAX_BODY_BYTES) return renderError(api, 413, `the body is larger than ${MAX_BODY_BYTES} bytes`)
  return undefined
}
