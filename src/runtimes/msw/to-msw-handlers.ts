import { http, type HttpHandler, HttpResponse } from 'msw'
import { encodeBody } from '../../contract/encode-body.js'
import { normalizeHeaders } from '../../contract/normalize-headers.js'
import type { PlainResponse, ResponseStream } from '../../api/exchange.js'
import { ErrorCodes } from '../../errors/error-codes.js'
import { ContractError } from '../../errors/contract-error.js'
import { SpecError } from '../../errors/spec-error.js'
import { failRequest } from './fail-request.js'
import { violationLog } from '../../mock/violation-log.js'
import { startStream } from '../../realtime/start-stream.js'
import type { MockApi } from '../../mock/create-mock-api.js'

/**
 * The msw handlers of a mock API: one per base URL (the documented server URL and any other the
 * caller configures), each routing to the operations with chatmock's router compiled from the
 * spec, so msw does not match a path pattern per operation on every request.
 */
export function toMswHandlers(
  mockApi: MockApi,
  baseUrls: readonly string[] = [],
  runtime: symbol = Symbol('chatmock'),
): HttpHandler[] {
  const { serverUrl } = mockApi.api
  // A relative server URL (`/api/v3`) is relative to wherever the document is served: no URL to intercept.
  const documented = serverUrl !== undefined && URL.canParse(serverUrl) ? [serverUrl] : []
  const bases = [...new Set([...documented, ...mockApi.api.baseUrls, ...baseUrls])]
  if (bases.length === 0) {
    const why =
      serverUrl === undefined
        ? 'has no servers entry'
        : `names only a relative server URL (${JSON.stringify(serverUrl)})`
    throw new SpecError(
      ErrorCodes.SPEC_INVALID,
      `The spec of "${mockApi.api.id}" ${why}, so chatmock cannot tell which URL to intercept in process. Pass one: defineApi({ ..., baseUrl: 'https://api.example.com' }) or setupChatmock({ baseUrls: { '${mockApi.api.id}': ['https://api.example.com'] } }).`,
    )
  }
  return bases.map((base) => {
    const basePath = new URL(base).pathname.replace(/\/$/, '')
    return http.all(`${base.replace(/\/$/, '')}/*`, async ({ request }) => {
      const url = new URL(request.url)
      try {
        const response = await mockApi.handle({
          method: request.method,
          path: url.pathname.slice(basePath.length) || '/',
          search: url.search.slice(1),
          headers: normalizeHeaders(request.headers),
          body: request.body === null ? undefined : new Uint8Array(await request.arrayBuffer()),
        })
        return toFetchResponse(response)
      } catch (error) {
        if (!(error instanceof ContractError)) throw error
        violationLog.record({ runtime, method: request.method, url: request.url, error })
        return failRequest(error)
      }
    })
  })
}

export function toFetchResponse(response: PlainResponse): Response {
  // A network-error fault: fetch rejects, as it would if the connection failed.
  if (response.networkError) return HttpResponse.error()
  if (response.stream)
    return new Response(toReadableStream(response.stream), { status: response.status, headers: response.headers })
  if (response.body === undefined) {
    // As the standalone server says it: an empty body is `content-length: 0`, but for a 204 or 304, which has none.
    const headers =
      response.status === 204 || response.status === 304
        ? response.headers
        : { ...response.headers, 'content-length': '0' }
    return new Response(null, { status: response.status, headers })
  }
  return new Response(encodeBody(response.body, response.headers['content-type']) as BodyInit, {
    status: response.status,
    headers: response.headers,
  })
}

/** A body that keeps coming, as the stream a fetch Response reads; cancelled when the client stops reading. */
function toReadableStream(stream: ResponseStream): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder()
  let stop: () => void = () => {}
  return new ReadableStream<Uint8Array>(
    {
      start(controller) {
        stop = startStream(stream, {
          write: (text) => controller.enqueue(encoder.encode(text)),
          end: () => controller.close(),
          abort: () => controller.error(new TypeError('network error')),
          // With a byte-sized queue and no high-water mark, how far below zero desiredSize is = bytes unread.
          buffered: () => -(controller.desiredSize ?? 0),
        })
      },
      cancel: () => stop(),
    },
    new ByteLengthQueuingStrategy({ highWaterMark: 0 }),
  )
}
