import { DEFAULT_FAILURE_STATUS, jsonResponse } from '../error-style.js'
import { type ErrorStyle } from '../../api/error-style.js'

const codes: Record<number, string> = {
  400: 'validation',
  401: 'unauthorized',
  402: 'payment_required',
  404: 'not_found',
  405: 'method_not_allowed',
  413: 'payload_too_large',
  414: 'uri_too_long',
  415: 'unsupported_media_type',
  500: 'internal',
  507: 'insufficient_storage',
}

/** `{ error, error_description, trace_id }`: an error code, the detail, and a trace id (the style of many Go services). */
export const errorDescriptionStyle: ErrorStyle = {
  name: 'error-description',
  status: DEFAULT_FAILURE_STATUS,
  render: (status, detail) =>
    jsonResponse(status, {
      error: codes[status] ?? `status_${status}`,
      error_description: detail,
      trace_id: crypto.randomUUID().replace(/-/g, ''),
    }),
}
