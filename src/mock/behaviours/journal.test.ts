import { expect, it } from 'vitest'
import { Journal } from './journal.js'

const entry = (path: string) => ({
  time: 0,
  api: 'hapihub',
  method: 'GET',
  path,
  status: 200,
  durationMs: 1,
  violations: [],
})

it('keeps the last entries up to its capacity, oldest first', () => {
  const journal = new Journal(3)
  for (const path of ['/a', '/b', '/c', '/d', '/e']) journal.record(entry(path))
  expect(journal.entries().map((item) => [item.seq, item.path])).toEqual([
    [3, '/c'],
    [4, '/d'],
    [5, '/e'],
  ])
  expect(journal.total).toBe(5)
})

it('returns only the last N when asked', () => {
  const journal = new Journal(10)
  for (const path of ['/a', '/b', '/c']) journal.record(entry(path))
  expect(journal.entries(2).map((item) => item.path)).toEqual(['/b', '/c'])
})

it('empties on clear', () => {
  const journal = new Journal(2)
  journal.record(entry('/a'))
  journal.clear()
  expect(journal.entries()).toEqual([])
  expect(journal.total).toBe(0)
})

it('refuses a size that is not a positive integer', () => {
  expect(() => new Journal(0)).toThrow('The journal size must be a positive integer (got 0).')
})
