import type { ValueShape } from './parameter-styles/value-shape.js'

/** A form body's fields: text, or the bytes of a file part as a binary string (one char per byte). */
type Fields = Array<[name: string, value: string, contentType: string | undefined]>

const utf8 = new TextDecoder('utf-8', { fatal: false })

/**
 * An `application/x-www-form-urlencoded` or `multipart/form-data` body as the object its schema
 * describes: repeated names make an array where the property is one, integers, numbers and
 * booleans are coerced from their text (as query parameters are), and a part sent as JSON (its own
 * `Content-Type`) is parsed. A multipart body without its boundary, or one cut short, is refused.
 */
export function parseFormBody(
  raw: string | Uint8Array,
  contentType: string,
  shape: ValueShape,
): { value: Record<string, unknown> } | { refused: string } {
  const multipart = /^multipart\/form-data/i.test(contentType)
  const fields = multipart ? splitMultipart(raw, contentType) : splitUrlEncoded(raw)
  if ('refused' in fields) return fields
  const value: Record<string, unknown> = {}
  for (const [name, text, partType] of fields) {
    const property = shape.kind === 'object' ? shape.property(name) : { array: false, coerce: keepText }
    const item = partType !== undefined && /json/i.test(partType) ? parseJson(text) : property.coerce(text)
    if (property.array) ((value[name] ??= []) as unknown[]).push(item)
    else value[name] = name in value ? [value[name], item].flat() : item
  }
  return { value }
}

function splitUrlEncoded(raw: string | Uint8Array): Fields {
  const text = typeof raw === 'string' ? raw : utf8.decode(raw)
  return [...new URLSearchParams(text)].map(([name, value]) => [name, value, undefined])
}

/** RFC 7578: parts between `--boundary` lines, each with headers, a blank line and its content. */
function splitMultipart(raw: string | Uint8Array, contentType: string): Fields | { refused: string } {
  const boundary = /boundary=(?:"([^"]+)"|([^;]+))/i.exec(contentType)
  if (!boundary) return { refused: 'a multipart/form-data body needs the boundary its content-type names' }
  const delimiter = `--${(boundary[1] ?? boundary[2])!.trim()}`
  const text = typeof raw === 'string' ? raw : toBinaryString(raw)
  const sections = text.split(delimiter)
  if (sections.length < 2 || !sections.at(-1)!.startsWith('--'))
    return { refused: `the multipart body does not end with "${delimiter}--"` }
  const fields: Fields = []
  for (const section of sections.slice(1, -1)) {
    const part = section.replace(/^\r\n/, '').replace(/\r\n$/, '')
    const split = part.indexOf('\r\n\r\n')
    const head = split === -1 ? part : part.slice(0, split)
    const content = split === -1 ? '' : part.slice(split + 4)
    const name = /content-disposition:[^\r\n]*;\s*name="([^"]*)"/i.exec(head)?.[1]
    if (name === undefined) return { refused: 'a multipart part has no Content-Disposition name' }
    const partType = /content-type:\s*([^\r\n;]+)/i.exec(head)?.[1]?.trim()
    const isFile = /content-disposition:[^\r\n]*;\s*filename=/i.test(head)
    // Text is UTF-8; a file's bytes stay as they came (a `format: binary` string).
    fields.push([name, isFile || typeof raw === 'string' ? content : fromBinaryString(content), partType])
  }
  return fields
}

/** Bytes as a string of one char per byte, which a `type: string` schema (`format: binary`) checks. */
export function toBinaryString(bytes: Uint8Array): string {
  let text = ''
  for (let index = 0; index < bytes.length; index += 0x8000)
    text += String.fromCharCode(...bytes.subarray(index, index + 0x8000))
  return text
}

function fromBinaryString(text: string): string {
  return utf8.decode(Uint8Array.from(text, (character) => character.charCodeAt(0)))
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text)
  } catch {
    return text
  }
}

function keepText(text: string): string {
  return text
}
