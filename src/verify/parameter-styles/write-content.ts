import { isJsonMediaType, parseMediaType } from '../../contract/media-type.js'
import { stringifyScalar } from './value-parts.js'

/** A parameter that declares `content`: its whole value as text of that media type, JSON for a JSON one; the inverse of read-content. */
export function writeContent(value: unknown, mediaType: string): string {
  return isJsonMediaType(parseMediaType(mediaType) ?? mediaType) ? JSON.stringify(value) : stringifyScalar(value)
}
