import type { OpenAPIV3_1 } from 'openapi-types'
import { isJsonMediaType, parseMediaType } from '../contract/media-type.js'
import { resolveRef } from '../openapi/resolve-ref.js'
import { isRecord } from './parameter-styles/value-parts.js'

type Schema = Record<string, unknown>

const utf8 = new TextEncoder()

/**
 * A drafted body as its media type carries it: binary content (bytes, images, a `format: binary`
 * string, a multipart file part) as bytes; for JSON, an example written as JSON text (a string
 * where the schema takes no string) as the value that text is.
 */
export function prepareBody(
  document: OpenAPIV3_1.Document,
  mediaType: string,
  media: OpenAPIV3_1.MediaTypeObject,
  value: unknown,
): unknown {
  const essence = parseMediaType(mediaType) ?? mediaType
  const schema = resolveRef<Schema>(document, (media.schema ?? {}) as never)
  if (isJsonMediaType(essence)) return typeof value === 'string' && !takesString(schema) ? parseJson(value) : value
  if (essence === 'multipart/form-data' && isRecord(value)) return toFileParts(document, schema, media, value)
  if (typeof value === 'string' && (isBinaryMediaType(essence) || isBinarySchema(schema))) return utf8.encode(value)
  return value
}

function toFileParts(
  document: OpenAPIV3_1.Document,
  schema: Schema,
  media: OpenAPIV3_1.MediaTypeObject,
  value: Record<string, unknown>,
): Record<string, unknown> {
  const properties = (schema.properties ?? {}) as Record<string, Schema>
  const parts: Record<string, unknown> = {}
  for (const [name, part] of Object.entries(value)) {
    const property = resolveRef<Schema>(document, (properties[name] ?? {}) as never)
    const items = property.type === 'array' ? resolveRef<Schema>(document, (property.items ?? {}) as never) : property
    const contentType = parseMediaType(media.encoding?.[name]?.contentType?.split(',')[0])
    const binary = isBinarySchema(items) || (contentType !== undefined && isBinaryMediaType(contentType))
    const toBytes = (item: unknown) => (binary && typeof item === 'string' ? utf8.encode(item) : item)
    parts[name] = Array.isArray(part) ? part.map(toBytes) : toBytes(part)
  }
  return parts
}

/** A string of bytes: OpenAPI 3.0's `format: binary`, 3.1's `contentMediaType` (not base64 text: no `contentEncoding`). */
function isBinarySchema(schema: Schema): boolean {
  return schema.format === 'binary' || (schema.contentMediaType !== undefined && schema.contentEncoding === undefined)
}

function isBinaryMediaType(essence: string): boolean {
  return essence === 'application/octet-stream' || /^(image|audio|video|font)\//.test(essence)
}

function takesString(schema: Schema): boolean {
  const types = Array.isArray(schema.type) ? schema.type : [schema.type]
  return schema.type === undefined || types.includes('string')
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text)
  } catch {
    return text
  }
}
