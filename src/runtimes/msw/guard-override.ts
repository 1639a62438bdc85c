import { getResponse, HttpHandler } from 'msw'
import { ContractError } from '../../errors/contract-error.js'
import { checkOverride, type OverrideContext } from './check-override.js'
import { failRequest } from './fail-request.js'
import { isMockedResponse } from './is-mocked-response.js'
import { violationLog } from '../../mock/violation-log.js'

/**
 * A per-test override (`server.use(http.get(...))`) behind the drift guard: msw matches this
 * handler by the override's own method and path, and the override answers through msw's
 * `getResponse()`, so its params, cookies, `once` and fall-through behave as they would unwrapped.
 * A response that breaks the spec is journaled and handled by the violation policy; under
 * `'error'` it fails the request like `onUnhandledRequest: 'error'` does.
 */
export class GuardedOverride extends HttpHandler {
  constructor(
    readonly override: HttpHandler,
    context: OverrideContext,
  ) {
    super(override.info.method, override.info.path, async ({ request }) => {
      const response = await getResponse([override], request)
      if (response === undefined || !isMockedResponse(response)) return response
      try {
        await checkOverride(request, response, context)
      } catch (error) {
        if (!(error instanceof ContractError)) throw error
        violationLog.record({ runtime: context.runtime, method: request.method, url: request.url, error })
        return failRequest(error)
      }
      return response
    })
  }
}

/** Wraps the HTTP handlers of chatmock's msw; other handlers (WebSocket, GraphQL) pass as they are. */
export function guardOverride(handler: unknown, context: OverrideContext): unknown {
  return handler instanceof HttpHandler && !(handler instanceof GuardedOverride)
    ? new GuardedOverride(handler, context)
    : handler
}
