import type { IncomingMessage } from 'node:http'

import { MAX_BODY_BYTES } from '../mock/check-size.js'

export class BodyTooLargeError extends Error {}

/**
 * Reads a request's body as bytes, without a body parser: the contract guard decodes and parses it
 * by its declared content type. Stops reading, and rejects, past `limit` bytes.
 */
export function readBody(request: IncomingMessage, limit = MAX_BODY_BYTES): Promise<Buffer | undefined> {
  const declared = Number(request.headers['content-length'])
  if (declared > limit) return Promise.reject(new BodyTooLargeError(`body of ${declared} bytes`))
  if (request.headers['content-length'] === undefined && request.headers['transfer-encoding'] === undefined)
    return Promise.resolve(undefined)
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = []
    let size = 0
    request.on('data', (chunk: Buffer) => {
      size += chunk.length
      if (size > limit) {
        request.removeAllListeners('data')
        request.resume()
        reject(new BodyTooLargeError(`body over ${limit} bytes`))
        return
      }
      chunks.push(chunk)
    })
    request.on('end', () => resolve(size === 0 ? undefined : Buffer.concat(chunks)))
    request.on('error', reject)
  })
}
