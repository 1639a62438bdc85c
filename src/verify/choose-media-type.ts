import type { OpenAPIV3_1 } from 'openapi-types'
import { isJsonMediaType, parseMediaType } from '../contract/media-type.js'

/**
 * The request body's media type to draft, of those an operation declares: JSON (`application/json`
 * or any `+json`) first, else a form (`application/x-www-form-urlencoded`, then
 * `multipart/form-data`), text, bytes (`application/octet-stream`), else the first declared.
 */
export function chooseMediaType(content: Record<string, OpenAPIV3_1.MediaTypeObject>): string | undefined {
  const declared = Object.keys(content).map((key) => ({ key, essence: parseMediaType(key) ?? key }))
  const preferences: Array<(essence: string) => boolean> = [
    isJsonMediaType,
    (essence) => essence === 'application/x-www-form-urlencoded',
    (essence) => essence === 'multipart/form-data',
    (essence) => essence.startsWith('text/'),
    (essence) => essence === 'application/octet-stream',
  ]
  for (const prefers of preferences) {
    const found = declared.find(({ essence }) => prefers(essence))
    if (found) return found.key
  }
  return declared[0]?.key
}
