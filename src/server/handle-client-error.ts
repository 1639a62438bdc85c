import type { Socket } from 'node:net'
import { renderError } from '../contract/render-error.js'
import type { PlainResponse } from '../api/exchange.js'
import type { ApiSpec } from '../api/spec.js'

/**
 * Answers a request Node's HTTP parser refuses (CR/LF in a header value, a malformed request
 * line, oversized headers) in the shape of the API its path names, instead of Node's bare 400.
 */
export function handleClientError(apis: readonly ApiSpec[]) {
  return (error: NodeJS.ErrnoException & { rawPacket?: Buffer }, socket: Socket): void => {
    if (!socket.writable) {
      socket.destroy()
      return
    }
    const requestLine = error.rawPacket?.toString('latin1').split('\r\n', 1)[0] ?? ''
    const path = requestLine.split(' ')[1] ?? ''
    const api = apis.find((candidate) => path === candidate.prefix || path.startsWith(`${candidate.prefix}/`))
    const status = error.code === 'HPE_HEADER_OVERFLOW' ? 431 : 400
    const detail =
      status === 431
        ? 'the request headers are too large'
        : 'the request is malformed (an invalid header value or request line)'
    const response: PlainResponse = api
      ? renderError(api, status === 431 ? 400 : status, detail)
      : {
          status,
          headers: { 'content-type': 'application/problem+json' },
          body: { type: 'about:blank', title: 'Bad Request', status, detail },
        }
    const body = JSON.stringify(response.body)
    const head = [
      `HTTP/1.1 ${response.status} Bad Request`,
      `content-type: ${response.headers['content-type']}`,
      `content-length: ${Buffer.byteLength(body)}`,
      'connection: close',
      '',
      '',
    ]
    socket.end(head.join('\r\n') + body)
  }
}
