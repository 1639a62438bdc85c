import { getContract } from '../../contract/get-contract.js'
import { locateRequest } from '../../contract/locate-request.js'
import { parseMediaType } from '../../contract/media-type.js'
import { normalizeHeaders } from '../../contract/normalize-headers.js'
import { checkResponse, STREAMED_BODY } from '../../contract/validate-response.js'
import { ContractError } from '../../errors/contract-error.js'
import type { MockApi } from '../../mock/create-mock-api.js'
import { applyViolationPolicy, type ResponseViolationPolicy } from '../../mock/violation-policy.js'

/** What the guard of a runtime's overrides checks against. */
export interface OverrideContext {
  apis: readonly MockApi[]
  policy: ResponseViolationPolicy
  baseUrls: (api: MockApi) => readonly string[]
  runtime: symbol
}

/**
 * Checks an override's response to one of the mocked APIs as chatmock's own responses are:
 * journaled, counted for coverage, and its violations handed to the policy (`'error'` throws the
 * ContractError). A response to any other URL, or to a path no operation declares, is not checked.
 */
export async function checkOverride(
  request: Request,
  response: Response,
  { apis, policy, baseUrls }: OverrideContext,
): Promise<void> {
  for (const mockApi of apis) {
    const located = locateRequest(mockApi.api, request.url, baseUrls(mockApi))
    if (!located) continue
    const match = mockApi.route(request.method, located.path)
    if (match.kind !== 'operation') return
    const headers = normalizeHeaders(response.headers)
    // An event stream may never end: its status and media type are checked, not its events.
    const body =
      parseMediaType(headers['content-type']) === 'text/event-stream' ? STREAMED_BODY : await response.clone().text()
    const result = checkResponse(getContract(mockApi.api).compiled(match.operation), response.status, headers, body)
    const violations = result.valid ? [] : result.issues
    mockApi.journal.record({
      time: Date.now(),
      api: mockApi.api.id,
      operationId: match.operation.operationId,
      method: request.method,
      path: located.path,
      status: response.status,
      durationMs: 0,
      violations,
    })
    mockApi.coverage.record(mockApi.api.id, match.operation.operationId, response.status)
    // msw sends the override's own Response, so the violations header cannot be added here.
    if (violations.length > 0)
      applyViolationPolicy(policy, new ContractError(match.operation.operationId, response.status, violations), {
        method: request.method,
        path: located.path,
        response: { status: response.status, headers, body: typeof body === 'string' ? body : undefined },
      })
    return
  }
}
