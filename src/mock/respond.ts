import { renderError } from '../contract/render-error.js'
import type { PlainResponse } from '../api/exchange.js'
import type { ApiSpec } from '../api/spec.js'

/** A JSON response. */
export function json(status: number, body: unknown, headers: Record<string, string> = {}): PlainResponse {
  return { status, headers: { 'content-type': 'application/json', ...headers }, body }
}

/**
 * A response without a body (204, or any status the spec declares without content), with the
 * headers given: Rails' `head :ok` names a JSON content type it sends nothing of.
 */
export function empty(status = 204, headers: Record<string, string> = {}): PlainResponse {
  return { status, headers }
}

/** An error in the API's own shape (see renderError). */
export function fail(api: ApiSpec, status: number, detail: string): PlainResponse {
  return renderError(api, status, detail)
}
