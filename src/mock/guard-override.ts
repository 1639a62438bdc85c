import { HttpHandler } from 'msw'
import { checkResponse } from '../contract/validate-response.js'
import { getContract } from '../contract/get-contract.js'
import { locateRequest } from '../contract/locate-request.js'
import { normalizeHeaders } from '../contract/normalize-headers.js'
import { ContractError } from '../errors/contract-error.js'
import type { MockApi } from './create-mock-api.js'
import { failRequest } from './fail-request.js'
import { violationLog } from './violation-log.js'
import { applyViolationPolicy, type ResponseViolationPolicy } from './violation-policy.js'

type Resolver = (info: { request: Request }) => unknown

/**
 * Wraps a per-test override (`server.use(http.get(...))`) so that its responses to one of the
 * mocked APIs pass the same drift guard as chatmock's own: a response its operation does not
 * declare is journaled and handled by the violation policy. Other handlers pass through as-is.
 */
export function guardOverride<H>(handler: H, apis: readonly MockApi[], policy: ResponseViolationPolicy, baseUrls: (api: MockApi) => readonly string[], runtime: symbol): H {
  if (!(handler instanceof HttpHandler)) return handler
  // msw keeps a handler's resolver and options private; the override is rebuilt around them.
  const { resolver, options } = handler as unknown as { resolver: Resolver; options?: { once?: boolean } }
  const guarded: Resolver = async (info) => {
    const result = await resolver(info)
    if (!(result instanceof Response)) return result
    try {
      await checkOverride(info.request, result, apis, policy, baseUrls)
    } catch (error) {
      if (!(error instanceof ContractError)) throw error
      violationLog.record({ runtime, method: info.request.method, url: info.request.url, error })
      return failRequest(error)
    }
    return result
  }
  return new HttpHandler(handler.info.method, handler.info.path, guarded as never, options) as H
}

async function checkOverride(request: Request, response: Response, apis: readonly MockApi[], policy: ResponseViolationPolicy, baseUrls: (api: MockApi) => readonly string[]): Promise<void> {
  for (const mockApi of apis) {
    const located = locateRequest(mockApi.api, request.url, baseUrls(mockApi))
    if (!located) continue
    const match = mockApi.route(request.method, located.path)
    if (match.kind !== 'operation') return
    const headers = normalizeHeaders(response.headers)
    const body = await response.clone().text()
    const result = checkResponse(getContract(mockApi.api).compiled(match.operation), response.status, headers, body)
    const violations = result.valid ? [] : result.issues
    mockApi.journal.record({ time: Date.now(), api: mockApi.api.id, operationId: match.operation.operationId, method: request.method, path: located.path, status: response.status, durationMs: 0, violations })
    mockApi.coverage.record(mockApi.api.id, match.operation.operationId, response.status)
    // msw sends the override's own Response, so the violations header cannot be added here.
    if (violations.length > 0) applyViolationPolicy(policy, new ContractError(match.operation.operationId, response.status, violations), { method: request.method, path: located.path, response: { status: response.status, headers, body } })
    return
  }
}
