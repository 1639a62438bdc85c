import type { ApiSpec, ErrorStyle } from '../spec/types.js'
import { getStatusText } from './status-text.js'
import type { InvalidRequest, Issue, PlainResponse, RequestFailureReason } from './types.js'

const statusByReason: Record<ErrorStyle, Record<RequestFailureReason, number>> = {
  toggl: { invalid: 400, unauthorized: 401, 'not-found': 404, 'method-not-allowed': 405, 'unsupported-media-type': 415 },
  problem: { invalid: 400, unauthorized: 401, 'not-found': 404, 'method-not-allowed': 405, 'unsupported-media-type': 415 },
  // Rails answers what it cannot save with 422.
  chatwoot: { invalid: 422, unauthorized: 401, 'not-found': 404, 'method-not-allowed': 405, 'unsupported-media-type': 415 },
}

const togglCodes: Record<number, string> = {
  400: 'validation',
  401: 'unauthorized',
  404: 'not_found',
  405: 'method_not_allowed',
  413: 'payload_too_large',
  414: 'uri_too_long',
  415: 'unsupported_media_type',
  500: 'internal',
  507: 'insufficient_storage',
}

/** The API's own answer to a request that failed validation, naming every issue. */
export function renderRequestFailure(api: ApiSpec, failure: InvalidRequest): PlainResponse {
  const status = statusByReason[api.errorStyle][failure.reason]
  const response = renderError(api, status, failure.issues.map((issue) => issue.message).join('; '), failure.issues)
  if (failure.allow) response.headers.allow = failure.allow.join(', ')
  return response
}

/**
 * An error response in the API's own shape: Toggl's `{ error, error_description, trace_id }`,
 * Chatwoot's Rails bodies, or RFC 9457 problem+json where the vendor's shape is unknown.
 */
export function renderError(api: ApiSpec, status: number, detail: string, issues: Issue[] = []): PlainResponse {
  switch (api.errorStyle) {
    case 'toggl':
      return json(status, { error: togglCodes[status] ?? `status_${status}`, error_description: detail, trace_id: createTraceId() })
    case 'chatwoot':
      if (status === 422) return json(status, { message: detail, attributes: toAttributes(issues), ...(issues.length > 0 ? { issues } : {}) })
      if (status === 401) return json(status, { description: detail, errors: issues.map((issue) => ({ field: issue.pointer.slice(1), message: issue.message, code: issue.keyword })) })
      return json(status, { status, error: getStatusText(status) })
    case 'problem':
      return {
        status,
        headers: { 'content-type': 'application/problem+json' },
        body: { type: 'about:blank', title: getStatusText(status), status, detail, ...(issues.length > 0 ? { issues } : {}) },
      }
  }
}

function json(status: number, body: unknown): PlainResponse {
  return { status, headers: { 'content-type': 'application/json' }, body }
}

/** Rails lists the attributes that failed; here, the first segment of each issue's pointer. */
function toAttributes(issues: Issue[]): string[] {
  return [...new Set(issues.map((issue) => issue.pointer.split('/')[1] || issue.location))]
}

function createTraceId(): string {
  return crypto.randomUUID().replace(/-/g, '')
}
