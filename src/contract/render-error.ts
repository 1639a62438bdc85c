import type { ApiSpec } from '../api/spec.js'
import type { InvalidRequest } from './types.js'
import type { Issue, PlainResponse } from '../api/exchange.js'

/** The API's own answer to a request that failed validation, naming every issue. */
export function renderRequestFailure(api: ApiSpec, failure: InvalidRequest): PlainResponse {
  const response = fitMediaType(
    renderError(
      api,
      chooseStatus(api, failure),
      failure.issues.map((issue) => issue.message).join('; '),
      failure.issues,
    ),
    failure,
  )
  if (failure.allow) response.headers.allow = failure.allow.join(', ')
  return response
}

/** An error response in the API's own shape (its error style). */
export function renderError(api: ApiSpec, status: number, detail: string, issues: Issue[] = []): PlainResponse {
  return api.errorStyle.render(status, detail, issues)
}

/**
 * The error style's status for the failure; for invalid input, the one the operation declares when
 * it declares only the other of 400 and 422 (a document of the user's own that answers invalid
 * input with 422, in any style), so that the mock does not drift from it.
 */
function chooseStatus(api: ApiSpec, failure: InvalidRequest): number {
  const status = api.errorStyle.status[failure.reason]
  const declared = failure.operation?.responses
  if (failure.reason !== 'invalid' || !declared || String(status) in declared) return status
  return [400, 422].find((candidate) => String(candidate) in declared) ?? status
}

/**
 * The error in the JSON media type the operation declares for its status, when that is not the
 * style's own (a document of the user's own whose 422 is `application/json`, not problem+json).
 */
function fitMediaType(response: PlainResponse, failure: InvalidRequest): PlainResponse {
  const declared = Object.keys(failure.operation?.responses[String(response.status)]?.content ?? {})
  const type = response.headers['content-type']
  if (declared.length === 0 || type === undefined || declared.includes(type)) return response
  const json = declared.find((mediaType) => /^application\/(.+\+)?json$/.test(mediaType))
  return json ? { ...response, headers: { ...response.headers, 'content-type': json } } : response
}
