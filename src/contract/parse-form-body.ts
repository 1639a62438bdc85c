import type { FormFile } from '../api/exchange.js'
import type { ValueShape } from './parameter-styles/value-shape.js'

/** One field of a form body: text, or the bytes of a file part as a binary string (one char per byte). */
interface Field {
  name: string
  value: string
  /** A multipart part's own Content-Type. */
  contentType?: string
  /** A multipart part's file name: it is a file. */
  filename?: string
}

/** How deep bracketed names may nest (`a[b][c]…`); Rack refuses deeper ones too. */
const MAX_NAME_DEPTH = 32

const utf8 = new TextDecoder('utf-8', { fatal: false })
const encoder = new TextEncoder()

/**
 * An `application/x-www-form-urlencoded` or `multipart/form-data` body as the object its schema
 * describes: repeated names make an array where the property is one, integers, numbers and
 * booleans are coerced from their text (as query parameters are), and a part sent as JSON (its own
 * `Content-Type`) is parsed. A name with brackets that the schema does not declare as it is nests
 * as Rack (Rails, PHP) reads it: `a[b]=1` is `{ a: { b: 1 } }`, `a[]=1&a[]=2` is `{ a: [1, 2] }`,
 * `a[][b]=1&a[][b]=2` is `{ a: [{ b: 1 }, { b: 2 }] }`. The file parts come back as `files` too,
 * with their names and media types. A multipart body without its boundary, or one cut short, is
 * refused.
 */
export function parseFormBody(
  raw: string | Uint8Array,
  contentType: string,
  shape: ValueShape,
): { value: Record<string, unknown>; files: FormFile[] } | { refused: string } {
  const multipart = /^multipart\/form-data/i.test(contentType)
  const fields = multipart ? splitMultipart(raw, contentType) : splitUrlEncoded(raw)
  if ('refused' in fields) return fields
  const value: Record<string, unknown> = {}
  const files: FormFile[] = []
  const nested = new Set<string>()
  for (const field of fields) {
    if (field.filename !== undefined) files.push(toFormFile(field, typeof raw === 'string'))
    const isJson = field.contentType !== undefined && /json/i.test(field.contentType)
    const path = shape.kind === 'object' && !shape.names.includes(field.name) ? splitBrackets(field.name) : undefined
    if (path) {
      if (path.length > MAX_NAME_DEPTH) return { refused: `field "${field.name}" nests deeper than ${MAX_NAME_DEPTH}` }
      if (!placeNested(value, path, isJson ? parseJson(field.value) : field.value))
        return { refused: `field "${field.name}" does not fit the fields sent before it under "${path[0]}"` }
      nested.add(path[0]!)
      continue
    }
    const property = shape.kind === 'object' ? shape.property(field.name) : { array: false, coerce: keepText }
    const item = isJson ? parseJson(field.value) : property.coerce(field.value)
    if (property.array)
      ((Object.hasOwn(value, field.name) ? value[field.name] : setOwn(value, field.name, [])) as unknown[]).push(item)
    else setOwn(value, field.name, Object.hasOwn(value, field.name) ? [value[field.name], item].flat() : item)
  }
  if (shape.kind === 'object') for (const name of nested) setOwn(value, name, shape.nested(name, value[name]))
  return { value, files }
}

function splitUrlEncoded(raw: string | Uint8Array): Field[] {
  const text = typeof raw === 'string' ? raw : utf8.decode(raw)
  return [...new URLSearchParams(text)].map(([name, value]) => ({ name, value }))
}

/** RFC 7578: parts between `--boundary` lines, each with headers, a blank line and its content. */
function splitMultipart(raw: string | Uint8Array, contentType: string): Field[] | { refused: string } {
  const boundary = /boundary=(?:"([^"]+)"|([^;]+))/i.exec(contentType)
  if (!boundary) return { refused: 'a multipart/form-data body needs the boundary its content-type names' }
  const delimiter = `--${(boundary[1] ?? boundary[2])!.trim()}`
  const text = typeof raw === 'string' ? raw : toBinaryString(raw)
  const sections = text.split(delimiter)
  if (sections.length < 2 || !sections.at(-1)!.startsWith('--'))
    return { refused: `the multipart body does not end with "${delimiter}--"` }
  const fields: Field[] = []
  for (const section of sections.slice(1, -1)) {
    const part = section.replace(/^\r\n/, '').replace(/\r\n$/, '')
    const split = part.indexOf('\r\n\r\n')
    const head = split === -1 ? part : part.slice(0, split)
    const content = split === -1 ? '' : part.slice(split + 4)
    const name = /content-disposition:[^\r\n]*;\s*name="([^"]*)"/i.exec(head)?.[1]
    if (name === undefined) return { refused: 'a multipart part has no Content-Disposition name' }
    const partType = /content-type:\s*([^\r\n;]+)/i.exec(head)?.[1]?.trim()
    const filename = /content-disposition:[^\r\n]*;\s*filename="([^"]*)"/i.exec(head)?.[1]
    const isFile = filename !== undefined || /content-disposition:[^\r\n]*;\s*filename=/i.test(head)
    // Text is UTF-8; a file's bytes stay as they came (a `format: binary` string).
    fields.push({
      name: decodeHeaderText(name, raw),
      value: isFile || typeof raw === 'string' ? content : fromBinaryString(content),
      ...(partType !== undefined ? { contentType: partType } : {}),
      ...(isFile ? { filename: decodeHeaderText(filename ?? '', raw) } : {}),
    })
  }
  return fields
}

/** Header text of a byte body is read as UTF-8, as browsers write names and file names. */
function decodeHeaderText(text: string, raw: string | Uint8Array): string {
  return typeof raw === 'string' ? text : fromBinaryString(text)
}

function toFormFile(field: Field, fromText: boolean): FormFile {
  return {
    field: field.name,
    filename: field.filename!,
    contentType: field.contentType ?? 'application/octet-stream',
    bytes: fromText
      ? encoder.encode(field.value)
      : Uint8Array.from(field.value, (character) => character.charCodeAt(0)),
  }
}

/** `a[b][]` as `['a', 'b', '']`; undefined for a name that is not bracketed that way. */
function splitBrackets(name: string): string[] | undefined {
  const match = /^([^[\]]+)((?:\[[^[\]]*\])+)$/.exec(name)
  if (!match) return undefined
  return [match[1]!, ...[...match[2]!.matchAll(/\[([^[\]]*)\]/g)].map((segment) => segment[1]!)]
}

/**
 * Puts a value where a bracketed name says, as Rack's `normalize_params` does: `[]` appends to a
 * list, and a key after `[]` goes into the list's last object unless that one has it already (then
 * a new object starts). False when an earlier field already holds something else there.
 */
function placeNested(target: Record<string, unknown>, path: readonly string[], value: unknown): boolean {
  const [key, next, ...rest] = path as [string, string | undefined, ...string[]]
  if (next === undefined) {
    setOwn(target, key, value)
    return true
  }
  if (next === '') {
    const list = Object.hasOwn(target, key) ? target[key] : setOwn(target, key, [])
    if (!Array.isArray(list)) return false
    if (rest.length === 0) {
      list.push(value)
      return true
    }
    const last = list.at(-1)
    const open = isPlainObject(last) && !holds(last, rest) ? last : (list[list.push({}) - 1] as Record<string, unknown>)
    return placeNested(open, rest, value)
  }
  const child = Object.hasOwn(target, key) ? target[key] : setOwn(target, key, {})
  if (!isPlainObject(child)) return false
  return placeNested(child, [next, ...rest], value)
}

/** Whether an object already has a value at the keys of a path; never for a path with `[]` (as Rack decides). */
function holds(object: Record<string, unknown>, path: readonly string[]): boolean {
  if (path.includes('')) return false
  let node: unknown = object
  for (const key of path) {
    if (!isPlainObject(node) || !Object.hasOwn(node, key)) return false
    node = node[key]
  }
  return true
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/** Sets an own property, `__proto__` included (as a field name, never the prototype). */
function setOwn<T>(target: Record<string, unknown>, key: string, value: T): T {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true })
  return value
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
