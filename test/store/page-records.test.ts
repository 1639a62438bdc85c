import { expect, it } from 'vitest'
import type { Paging } from '../../src/api/resource-plan.js'
import { type CursorPlaces, pageRecords } from '../../src/mock/resources/page-records.js'

// One page of a resource's records, as its list operation pages: page/per_page, offset/limit, a
// cursor naming a record's id (after or before it), or every record when it pages not at all.

interface Row {
  id: string
}

const rows: Row[] = ['a', 'b', 'c', 'd', 'e'].map((id) => ({ id }))

/** A record's ordinal is its index among every record, as the store keeps them in insertion order. */
function placesOf(all: readonly Row[]): CursorPlaces<Row> {
  return {
    idOf: (row) => row.id,
    ordinalOf: (row) => all.indexOf(row),
    ordinalOfId: (id) => {
      const index = all.findIndex((row) => row.id === id)
      return index === -1 ? undefined : index
    },
  }
}

const places = placesOf(rows)
const ids = (page: { items: Row[] }) => page.items.map((row) => row.id)

const byPage: Paging = { style: 'page', page: 'page', size: 'per_page', defaultSize: 20, firstPage: 1 }
const byOffset: Paging = { style: 'offset', offset: 'offset', size: 'limit', defaultSize: 20, firstPage: 1 }
const byCursor: Paging = {
  style: 'cursor',
  after: 'after',
  before: 'before',
  size: 'limit',
  defaultSize: 20,
  firstPage: 1,
}

it('answers page 2 of size 2 with the third and fourth records, the total and the next page', () => {
  const page = pageRecords(rows, byPage, { page: '2', per_page: '2' }, places)
  expect(page).toEqual({ items: [rows[2], rows[3]], total: 5, size: 2, page: 2, offset: 2, hasMore: true, next: 3 })
})

it('answers the last page with no next, and a page past the end empty', () => {
  const last = pageRecords(rows, byPage, { page: '3', per_page: '2' }, places)
  expect(ids(last)).toEqual(['e'])
  expect(last.hasMore).toBe(false)
  expect(last).not.toHaveProperty('next')
  const past = pageRecords(rows, byPage, { page: '9', per_page: '2' }, places)
  expect(past).toMatchObject({ items: [], total: 5, page: 9, hasMore: false })
  expect(past).not.toHaveProperty('next')
})

it('counts pages from the first page the operation names (0 or 1), the first when none is asked', () => {
  expect(ids(pageRecords(rows, { ...byPage, firstPage: 0 }, { page: '1', per_page: '2' }, places))).toEqual(['c', 'd'])
  const first = pageRecords(rows, { ...byPage, firstPage: 0 }, { per_page: '2' }, places)
  expect(first).toMatchObject({ page: 0, offset: 0, next: 1 })
  expect(ids(first)).toEqual(['a', 'b'])
  expect(pageRecords(rows, byPage, { per_page: '2' }, places)).toMatchObject({ page: 1, next: 2 })
})

it('answers offset 1 limit 2 with the second and third records, and the next offset', () => {
  const page = pageRecords(rows, byOffset, { offset: '1', limit: '2' }, places)
  expect(ids(page)).toEqual(['b', 'c'])
  expect(page).toMatchObject({ total: 5, size: 2, offset: 1, hasMore: true, next: 3 })
  const end = pageRecords(rows, byOffset, { offset: '3', limit: '2' }, places)
  expect(ids(end)).toEqual(['d', 'e'])
  expect(end.hasMore).toBe(false)
  expect(end).not.toHaveProperty('next')
})

it("answers the records after a cursor, the next cursor being the last item's id", () => {
  const page = pageRecords(rows, byCursor, { after: 'b', limit: '2' }, places)
  expect(ids(page)).toEqual(['c', 'd'])
  expect(page).toMatchObject({ total: 5, offset: 2, hasMore: true, next: 'd' })
  const last = pageRecords(rows, byCursor, { after: page.next, limit: '2' }, places)
  expect(ids(last)).toEqual(['e'])
  expect(last).not.toHaveProperty('next')
  const first = pageRecords(rows, byCursor, { limit: '2' }, places)
  expect(first).toMatchObject({ offset: 0, next: 'b' })
})

it('answers an empty page for a cursor that names no record', () => {
  const page = pageRecords(rows, byCursor, { after: 'zz', limit: '2' }, places)
  expect(page).toMatchObject({ items: [], total: 5, hasMore: false })
  expect(page).not.toHaveProperty('next')
  expect(pageRecords(rows, byCursor, { before: 'zz', limit: '2' }, places).items).toEqual([])
})

it('answers the records just before a before cursor', () => {
  const page = pageRecords(rows, byCursor, { before: 'd', limit: '2' }, places)
  expect(ids(page)).toEqual(['b', 'c'])
  expect(page).toMatchObject({ total: 5, size: 2, offset: 1 })
  expect(ids(pageRecords(rows, byCursor, { before: 'b', limit: '2' }, places))).toEqual(['a'])
})

it('finds the place of a cursor whose record a filter left out of the list', () => {
  const kept = [rows[0]!, rows[2]!, rows[4]!]
  expect(ids(pageRecords(kept, byCursor, { after: 'b', limit: '5' }, places))).toEqual(['c', 'e'])
  expect(ids(pageRecords(kept, byCursor, { before: 'd', limit: '5' }, places))).toEqual(['a', 'c'])
})

it("takes the operation's default size when the request names none, or none of use", () => {
  const paging = { ...byOffset, defaultSize: 3 }
  for (const query of [{}, { limit: '0' }, { limit: '-2' }, { limit: 'many' }]) {
    const page = pageRecords(rows, paging, query, places)
    expect(ids(page), JSON.stringify(query)).toEqual(['a', 'b', 'c'])
    expect(page).toMatchObject({ size: 3, hasMore: true, next: 3 })
  }
  expect(ids(pageRecords(rows, byPage, { page: '1' }, places))).toEqual(['a', 'b', 'c', 'd', 'e'])
})

it('answers every record when the list pages not at all (an infinite default size)', () => {
  const none: Paging = { style: 'none', defaultSize: Number.POSITIVE_INFINITY, firstPage: 1 }
  const page = pageRecords(rows, none, { page: '2', limit: '1' }, places)
  expect(page).toEqual({ items: rows, total: 5, size: 5, page: 1, offset: 0, hasMore: false })
  expect(pageRecords([], none, {}, places)).toEqual({
    items: [],
    total: 0,
    size: 0,
    page: 1,
    offset: 0,
    hasMore: false,
  })
})
