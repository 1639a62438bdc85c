import type { ServerResponse } from 'node:http'
import type { PlainResponse } from '../contract/types.js'

/** Writes a plain response straight to Node's response: no Express helpers on the hot path. */
export function sendResponse(response: ServerResponse, plain: PlainResponse): void {
  if (plain.body === undefined) {
    response.writeHead(plain.status, plain.headers)
    response.end()
    return
  }
  const text = JSON.stringify(plain.body)
  response.writeHead(plain.status, { ...plain.headers, 'content-length': Buffer.byteLength(text) })
  response.end(text)
}
