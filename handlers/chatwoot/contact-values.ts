/** Rails' `presence`: a blank string counts as none. */
export function presence(value: string | undefined): string | null {
  return value === undefined || value.trim() === '' ? null : value
}

/** Hash#deep_merge, as the server merges custom attributes: nested objects are merged, anything else replaced. */
export function mergeDeep(target: Record<string, unknown>, source: Record<string, unknown>): Record<string, unknown> {
  const result: Record<string, unknown> = { ...target }
  for (const [key, value] of Object.entries(source)) {
    const current = result[key]
    result[key] = isPlainObject(current) && isPlainObject(value) ? mergeDeep(current, value) : value
  }
  return result
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}
