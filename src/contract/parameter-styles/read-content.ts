import { isJsonMediaType } from '../media-type.js'
import type { Reading } from './reading.js'

/**
 * A parameter that declares `content` instead of a style: its whole text is one value of that
 * media type. JSON is parsed; any other media type is kept as text.
 */
export function readContent(text: string, mediaType: string): Reading {
  if (!isJsonMediaType(mediaType)) return { value: text }
  try {
    return { value: JSON.parse(text) }
  } catch (error) {
    return { refused: `"${text}" is not valid JSON (${mediaType}): ${(error as Error).message}` }
  }
}
