/** An object value: named properties, not an array, not null. */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof Uint8Array)
}

/**
 * The text of one piece of a parameter's value: a scalar as it prints, `null` as nothing; what no
 * style can write (an object inside an object or an array) as JSON, which is how a reader that
 * keeps such text as it came will see it.
 */
export function stringifyScalar(value: unknown): string {
  if (typeof value === 'string') return value
  if (value === null || value === undefined) return ''
  if (typeof value === 'object') return JSON.stringify(value)
  return String(value)
}

/** An object's properties, each value as text, for the styles that write an object as key, value pairs. */
export function listProperties(
  value: Record<string, unknown>,
  encode: (text: string) => string,
): Array<[string, string]> {
  return Object.entries(value)
    .filter(([, property]) => property !== undefined)
    .map(([key, property]) => [encode(key), encode(stringifyScalar(property))])
}
