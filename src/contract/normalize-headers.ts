import type { HeadersLike } from '../api/exchange.js'

/** Lower-cased names; repeated headers joined with ", " as Fetch does. */
export function normalizeHeaders(headers: HeadersLike | undefined): Record<string, string> {
  const result: Record<string, string> = {}
  if (!headers) return result
  const entries: Iterable<readonly [string, unknown]> =
    typeof (headers as Headers).forEach === 'function' && typeof (headers as Headers).get === 'function'
      ? (headers as Headers).entries()
      : Symbol.iterator in headers
        ? (headers as Iterable<readonly [string, string]>)
        : Object.entries(headers)
  for (const [name, value] of entries) {
    if (value === undefined) continue
    const text = Array.isArray(value) ? value.join(', ') : String(value)
    const key = name.toLowerCase()
    result[key] = key in result ? `${result[key]}, ${text}` : text
  }
  return result
}
