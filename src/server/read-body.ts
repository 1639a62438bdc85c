import type { IncomingMessage } from 'node:http'

/** The largest request body the server reads; a larger one is answered 413. */
export const MAX_BODY_BYTES = 1024 * 1024

export class BodyTooLargeError extends Error {}

/**
 * Reads a request's body as text, without a body parser: the contract guard parses it by its
 * declared content type. Stops reading, and rejects, past `limit` bytes.
 */
export function readBody(request: IncomingMessage, limit = MAX_BODY_BYTES): Promise<string | undefined> {
  const declared = Number(request.headers['content-length'])
  if (declared > limit) return Promise.reject(new BodyTooLargeError(`body of ${declared} bytes`))
  if (request.headers['content-length'] === undefined && request.headers['transfer-encoding'] === undefined) return Promise.resolve(undefined)
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
    request.on('end', () => resolve(size === 0 ? undefined : Buffer.concat(chunks).toString('utf8')))
    request.on('error', reject)
  })
}
