import type { ApiRef } from '../api/api.js'
import type { ApiSpec } from '../api/spec.js'
import { checkRequest } from './check-request.js'
import { getContract } from './get-contract.js'
import { locateRequest, parseQuery } from './locate-request.js'
import { normalizeHeaders } from './normalize-headers.js'
import type { RequestInput, RequestValidationResult } from './types.js'

export interface ValidateRequestOptions {
  /** Base URLs besides the documented server URL and the mount prefix. */
  baseUrls?: readonly string[]
}

/**
 * Checks a request against an API's spec: which operation it is (404 when none, 405 when only the
 * method is wrong), its credentials, content type, parameters and body. Returns typed and coerced
 * values when it is valid, and every issue when it is not.
 */
export function validateRequest(
  api: ApiRef | ApiSpec,
  request: RequestInput,
  options: ValidateRequestOptions = {},
): RequestValidationResult {
  const contract = getContract(api)
  const located = locateRequest(contract.api, request.url, options.baseUrls)
  const method = request.method.toUpperCase()
  if (!located) {
    return {
      valid: false,
      reason: 'not-found',
      issues: [
        {
          location: 'path',
          pointer: '',
          keyword: 'operation',
          message: `${request.url} is not under ${[contract.api.serverUrl, ...contract.api.baseUrls, ...(options.baseUrls ?? []), contract.api.prefix].filter(Boolean).join(' or ')}`,
        },
      ],
    }
  }
  const match = contract.route(method, located.path)
  if (match.kind === 'not-found') {
    return {
      valid: false,
      reason: 'not-found',
      issues: [
        {
          location: 'path',
          pointer: '',
          keyword: 'operation',
          message: `no operation of ${contract.api.id} matches ${method} ${located.path}`,
        },
      ],
    }
  }
  if (match.kind === 'method-not-allowed') {
    return {
      valid: false,
      reason: 'method-not-allowed',
      allow: match.allow,
      issues: [
        {
          location: 'path',
          pointer: '',
          keyword: 'method',
          message: `${located.path} does not accept ${method}; it accepts ${match.allow.join(', ')}`,
        },
      ],
    }
  }
  return checkRequest(contract.compiled(match.operation), {
    pathParams: match.params,
    query: parseQuery(located.search),
    headers: normalizeHeaders(request.headers),
    body: request.body,
  })
}
