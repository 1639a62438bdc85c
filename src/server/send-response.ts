import type { ServerResponse } from 'node:http'
import type { PlainResponse } from '../api/exchange.js'
import { encodeBody } from '../contract/encode-body.js'
import { startStream } from '../realtime/start-stream.js'

/** Statuses HTTP sends without content, and so without a `content-length`. */
const BODILESS = new Set([204, 304])

/** Writes a plain response straight to Node's response: no Express helpers on the hot path. */
export function sendResponse(response: ServerResponse, plain: PlainResponse): void {
  if (plain.stream) {
    sendStream(response, plain)
    return
  }
  if (plain.body === undefined) {
    // Said, not chunked, as Rails' `head :ok` says it; a 204 or 304 carries no length at all.
    response.writeHead(
      plain.status,
      BODILESS.has(plain.status) ? plain.headers : { ...plain.headers, 'content-length': 0 },
    )
    response.end()
    return
  }
  const body = encodeBody(plain.body, plain.headers['content-type'])
  response.writeHead(plain.status, { ...plain.headers, 'content-length': Buffer.byteLength(body) })
  response.end(body)
}

/** A body that keeps coming: written as it comes, stopped when the client goes away. */
function sendStream(response: ServerResponse, plain: PlainResponse): void {
  response.writeHead(plain.status, plain.headers)
  response.flushHeaders()
  const stop = startStream(plain.stream!, {
    write: (text) => void response.write(text),
    end: () => response.end(),
    abort: () => response.socket?.destroy(),
    buffered: () => response.writableLength,
  })
  // The client went away: stop sending, and let go of its half-closed socket rather than wait on it.
  response.on('close', () => {
    stop()
    response.destroy()
  })
}
