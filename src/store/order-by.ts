/**
 * A comparator from `order_by` fields: each a field name, a leading `-` meaning descending; later
 * fields break ties of earlier ones, and the id breaks the rest so the order is total.
 */
export function compareByFields<T extends { id: number }>(fields: readonly string[]): (a: T, b: T) => number {
  const keys = fields.map((field) =>
    field.startsWith('-') ? { name: field.slice(1), sign: -1 } : { name: field, sign: 1 },
  )
  return (a, b) => {
    for (const { name, sign } of keys) {
      const order = compareValues((a as Record<string, unknown>)[name], (b as Record<string, unknown>)[name])
      if (order !== 0) return order * sign
    }
    return a.id - b.id
  }
}

function compareValues(a: unknown, b: unknown): number {
  if (a === b) return 0
  if (a === null || a === undefined) return 1
  if (b === null || b === undefined) return -1
  if (typeof a === 'number' && typeof b === 'number') return a - b
  return String(a).localeCompare(String(b))
}

/**
 * One page of the records that pass a filter. In the records' own order (id order) it stops as
 * soon as the page is full; any other order has to sort every match first.
 */
export function selectPage<T extends { id: number }>(
  records: readonly T[],
  options: { page: number; perPage: number; orderBy?: readonly string[]; keep?: (record: T) => boolean },
): T[] {
  const { page, perPage, orderBy, keep = () => true } = options
  const skip = (page - 1) * perPage
  if (orderBy && orderBy.length > 0)
    return records
      .filter(keep)
      .sort(compareByFields(orderBy))
      .slice(skip, skip + perPage)
  const result: T[] = []
  let passed = 0
  for (const record of records) {
    if (!keep(record) || passed++ < skip) continue
    result.push(record)
    if (result.length === perPage) break
  }
  return result
}
