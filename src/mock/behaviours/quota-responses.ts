import type { PlainResponse } from '../../api/exchange.js'
import type { ApiSpec } from '../../api/spec.js'
import { renderError } from '../../contract/render-error.js'
import type { QuotaCharge } from './quotas.js'

/** The declared status of a spent quota (402 for Toggl) in the API's own shape, with the quota's headers. */
export function renderQuotaSpent(
  api: ApiSpec,
  pathParams: Readonly<Record<string, string>>,
  charge: QuotaCharge,
): PlainResponse {
  const { scope, status, resetsInHeader } = api.quota!
  return withQuotaHeaders(
    renderError(
      api,
      status,
      `the request quota of ${scope} ${pathParams[scope]} is spent; it resets in ${charge.headers[resetsInHeader.toLowerCase()]} s`,
    ),
    charge,
  )
}

/** The response with the quota's headers: what is left, and when it resets. */
export function withQuotaHeaders(response: PlainResponse, charge: QuotaCharge): PlainResponse {
  return { ...response, headers: { ...response.headers, ...charge.headers } }
}
