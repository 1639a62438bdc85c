import type { ApiSpec } from '../spec/types.js'
import type { InvalidRequest, Issue, PlainResponse } from './types.js'

/** The API's own answer to a request that failed validation, naming every issue. */
export function renderRequestFailure(api: ApiSpec, failure: InvalidRequest): PlainResponse {
  const response = renderError(api, api.errorStyle.status[failure.reason], failure.issues.map((issue) => issue.message).join('; '), failure.issues)
  if (failure.allow) response.headers.allow = failure.allow.join(', ')
  return response
}

/** An error response in the API's own shape (its error style). */
export function renderError(api: ApiSpec, status: number, detail: string, issues: Issue[] = []): PlainResponse {
  return api.errorStyle.render(status, detail, issues)
}
