import type { OpenAPIV3_1 } from 'openapi-types'
import { isJsonMediaType, parseMediaType } from '../contract/media-type.js'
import type { Operation } from '../api/spec.js'
import { writeParameterPairs } from './parameter-styles/write-parameter.js'
import { isRecord, stringifyScalar } from './parameter-styles/value-parts.js'
import type { DraftRequest } from './types.js'

/**
 * A drafted body as `fetch` sends it, with the content type to say: JSON text for JSON;
 * `application/x-www-form-urlencoded` as a form, each property as its `encoding` says; multipart as
 * `FormData` (fetch then writes the content type with its boundary); bytes as they are; anything
 * else as text.
 */
export function encodeRequestBody(
  operation: Operation,
  request: DraftRequest,
): { body?: string | Uint8Array<ArrayBuffer> | FormData; contentType?: string } {
  const mediaType = request.mediaType ?? 'application/json'
  const contentType = toContentType(mediaType)
  if (request.rawBody !== undefined) return { body: request.rawBody, contentType }
  const { body } = request
  if (body === undefined) return {}
  const essence = parseMediaType(mediaType) ?? mediaType
  const encoding = operation.requestBody?.content?.[mediaType]?.encoding ?? {}
  if (isJsonMediaType(essence)) return { body: JSON.stringify(body), contentType }
  if (body instanceof Uint8Array) return { body: copyBytes(body), contentType }
  if (essence === 'application/x-www-form-urlencoded' && isRecord(body))
    return { body: writeFormBody(body, encoding), contentType }
  if (essence === 'multipart/form-data' && isRecord(body)) return { body: writeMultipartBody(body, encoding) }
  return { body: stringifyScalar(body), contentType }
}

/** What to send for a declared media type: a range (`*\/*`, `text/*`) as one type it takes. */
function toContentType(mediaType: string): string {
  const essence = parseMediaType(mediaType) ?? mediaType
  if (essence === '*/*' || essence === 'application/*') return 'application/octet-stream'
  if (essence === 'text/*') return 'text/plain'
  return mediaType
}

/**
 * A form's properties: with a `style`, `explode` or `allowReserved` in their encoding, as a query
 * parameter of that name; else (by their content type) a scalar as text, an array as its key
 * repeated, an object as JSON.
 */
function writeFormBody(body: Record<string, unknown>, encoding: Record<string, OpenAPIV3_1.EncodingObject>): string {
  const pairs = Object.entries(body).flatMap(([name, value]) => {
    if (value === undefined) return []
    const how = encoding[name] ?? {}
    if (how.style !== undefined || how.explode !== undefined || how.allowReserved !== undefined)
      return writeParameterPairs({ name, in: 'query', ...how } as OpenAPIV3_1.ParameterObject, value)
    const items = Array.isArray(value) ? value : [value]
    return items.map((item) => [encodeURIComponent(name), encodeURIComponent(stringifyScalar(item))] as const)
  })
  return pairs.map(([key, value]) => `${key}=${value}`).join('&')
}

/** A part per property (an array's items each a part of that name): bytes as a file, an object as JSON, a scalar as text. */
function writeMultipartBody(
  body: Record<string, unknown>,
  encoding: Record<string, OpenAPIV3_1.EncodingObject>,
): FormData {
  const form = new FormData()
  for (const [name, value] of Object.entries(body)) {
    const contentType = encoding[name]?.contentType?.split(',')[0]?.trim()
    for (const item of Array.isArray(value) ? value : value === undefined ? [] : [value]) {
      if (item instanceof Uint8Array)
        form.append(name, new Blob([copyBytes(item)], { type: contentType ?? 'application/octet-stream' }), name)
      else if (typeof item === 'object' && item !== null)
        form.append(name, new Blob([JSON.stringify(item)], { type: contentType ?? 'application/json' }))
      else form.append(name, stringifyScalar(item))
    }
  }
  return form
}

/** Bytes over an ArrayBuffer of their own, as fetch and Blob take them. */
function copyBytes(bytes: Uint8Array): Uint8Array<ArrayBuffer> {
  return new Uint8Array(bytes)
}
