/** JSON with object keys sorted: equal for values JSON Schema calls equal (`enum`, `const`, `uniqueItems`). */
export function toStableJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(toStableJson).join(',')}]`
  if (typeof value === 'object' && value !== null) {
    const entries = Object.keys(value)
      .sort()
      .map((key) => `${JSON.stringify(key)}:${toStableJson((value as Record<string, unknown>)[key])}`)
    return `{${entries.join(',')}}`
  }
  return JSON.stringify(value) ?? 'null'
}

/** The JSON Schema type of a value (`integer` for whole numbers). */
function getJsonType(value: unknown): string {
  if (value === null) return 'null'
  if (Array.isArray(value)) return 'array'
  if (typeof value === 'number') return Number.isInteger(value) ? 'integer' : 'number'
  return typeof value
}

/** Whether a value has one of the types a schema lists (`number` includes whole numbers). */
export function hasJsonType(value: unknown, types: readonly string[]): boolean {
  const type = getJsonType(value)
  return types.includes(type) || (type === 'integer' && types.includes('number'))
}

/** A copy of a value taken from the document, so a caller changing it cannot change the document. */
export function copyJson<T>(value: T): T {
  return value === undefined || value === null || typeof value !== 'object'
    ? value
    : (JSON.parse(JSON.stringify(value)) as T)
}
