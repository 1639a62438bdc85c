import type { Paging } from '../../api/resource-plan.js'

/** One page of a list, and where it stands among the rest. */
export interface RecordPage<T> {
  items: T[]
  total: number
  size: number
  /** The page's number, as the operation counts pages (from `firstPage`). */
  page: number
  offset: number
  hasMore: boolean
  /** What the request names to get the next page: a page number, an offset or a cursor; undefined on the last page. */
  next?: number | string
}

/** How a cursor finds its place: records in insertion order, each with its ordinal, and a cursor's record's. */
export interface CursorPlaces<T> {
  idOf(record: T): unknown
  ordinalOf(record: T): number
  /** The ordinal of the record a cursor names, undefined when none has that id. */
  ordinalOfId(id: unknown): number | undefined
}

/**
 * The page a list request asks for, as its operation pages: `page`/`per_page`, `offset`/`limit`,
 * or a cursor (`after`/`before`, which name a record's id: the next page's cursor is the last
 * item's). A cursor that names no record gives an empty page.
 */
export function pageRecords<T>(
  records: readonly T[],
  paging: Paging,
  query: Readonly<Record<string, unknown>>,
  places: CursorPlaces<T>,
): RecordPage<T> {
  const { idOf } = places
  const total = records.length
  const asked = paging.size === undefined ? undefined : Number(query[paging.size])
  const size = asked !== undefined && Number.isFinite(asked) && asked > 0 ? Math.floor(asked) : paging.defaultSize
  let start = 0
  let page = paging.firstPage
  if (paging.style === 'page' && paging.page !== undefined) {
    // A page before the first (or none) is the first: its `next` then leads on, never back to it.
    const asked = query[paging.page] === '' ? Number.NaN : Number(query[paging.page])
    page = Number.isFinite(asked) ? Math.max(paging.firstPage, Math.floor(asked)) : paging.firstPage
    start = Math.max(0, page - paging.firstPage) * size
  } else if (paging.style === 'offset' && paging.offset !== undefined) {
    const asked = Number(query[paging.offset])
    start = Number.isFinite(asked) && asked > 0 ? Math.floor(asked) : 0
  } else if (paging.style === 'cursor') {
    const after = paging.after === undefined ? undefined : query[paging.after]
    const before = paging.before === undefined ? undefined : query[paging.before]
    // Records are in insertion order, so a cursor's place is found by halving, never by a scan:
    // how many records come before it (`before`), or up to and including it (`after`).
    const countUpTo = (cursor: unknown, including: boolean) => {
      const ordinal = places.ordinalOfId(cursor)
      if (ordinal === undefined) return -1
      let low = 0
      let high = records.length
      while (low < high) {
        const middle = (low + high) >>> 1
        const at = places.ordinalOf(records[middle]!)
        if (at < ordinal || (including && at === ordinal)) low = middle + 1
        else high = middle
      }
      return low
    }
    if (after !== undefined && after !== '') {
      const index = countUpTo(after, true)
      start = index === -1 ? total : index
    } else if (before !== undefined && before !== '') {
      const index = countUpTo(before, false)
      const end = index === -1 ? 0 : index
      const items = records.slice(Math.max(0, end - size), end)
      return { items, total, size, page, offset: Math.max(0, end - size), hasMore: end < total }
    }
  }
  const items = records.slice(start, Number.isFinite(size) ? start + size : undefined)
  const hasMore = start + items.length < total
  const next = !hasMore
    ? undefined
    : paging.style === 'page'
      ? page + 1
      : paging.style === 'cursor'
        ? String(idOf(items.at(-1)!))
        : start + items.length
  return {
    items,
    total,
    size: Number.isFinite(size) ? size : total,
    page,
    offset: start,
    hasMore,
    ...(next === undefined ? {} : { next }),
  }
}
