import type { PlainResponse } from '../api/exchange.js'
import { isJsonMediaType, parseMediaType } from '../contract/media-type.js'

/**
 * The response with its JSON content type naming the charset (`application/json; charset=utf-8`,
 * as Rails sends it), unless it names one already; any other response as it is.
 */
export function withJsonCharset(response: PlainResponse, charset: string): PlainResponse {
  const type = response.headers['content-type']
  const mediaType = parseMediaType(type)
  if (!mediaType || !isJsonMediaType(mediaType) || /;\s*charset\s*=/i.test(type!)) return response
  return { ...response, headers: { ...response.headers, 'content-type': `${type}; charset=${charset}` } }
}
