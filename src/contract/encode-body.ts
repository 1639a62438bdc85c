import { isJsonMediaType, parseMediaType } from './media-type.js'

/**
 * A response body as a shell sends it: bytes as they are; for a media type that is not JSON
 * (`text/html`, `text/plain`, `application/octet-stream`), a string as it is; anything else as
 * JSON text.
 */
export function encodeBody(body: unknown, contentType: string | undefined): string | Uint8Array {
  if (body instanceof Uint8Array) return body
  const mediaType = parseMediaType(contentType)
  if (typeof body === 'string' && mediaType !== undefined && !isJsonMediaType(mediaType)) return body
  return JSON.stringify(body)
}
