import type { IncomingMessage, ServerResponse } from 'node:http'
import { renderError } from '../contract/render-error.js'
import { MAX_BODY_BYTES } from '../mock/check-size.js'
import type { MockApi } from '../mock/create-mock-api.js'
import { BodyTooLargeError, readBody } from './read-body.js'
import { sendResponse } from './send-response.js'

/**
 * The Express side of one mocked API: the request's path (relative to the API's prefix), query
 * string, headers and raw body go straight into the same guarded pipeline msw uses. Nothing is
 * compiled per request, and Express's query and body parsers are not involved.
 */
export function createApiHandler(mockApi: MockApi, onError: (error: unknown) => void) {
  return async (request: IncomingMessage, response: ServerResponse): Promise<void> => {
    const url = request.url ?? '/'
    const question = url.indexOf('?')
    let body: Buffer | undefined
    try {
      body = await readBody(request)
    } catch (error) {
      if (!(error instanceof BodyTooLargeError)) throw error
      sendResponse(response, renderError(mockApi.api, 413, `the body is larger than ${MAX_BODY_BYTES} bytes`))
      return
    }
    try {
      const plain = await mockApi.handle({
        method: request.method ?? 'GET',
        path: question === -1 ? url : url.slice(0, question),
        search: question === -1 ? '' : url.slice(question + 1),
        headers: request.headers as Record<string, string>,
        body,
      })
      // A network-error fault: the connection is cut without a response.
      if (plain.networkError) request.socket.destroy()
      else sendResponse(response, plain)
    } catch (error) {
      // A bug of the mock itself: the client gets a 500 in the API's shape, never a stack trace.
      onError(error)
      if (!response.headersSent) sendResponse(response, renderError(mockApi.api, 500, 'Internal Server Error'))
    }
  }
}
