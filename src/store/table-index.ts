import { SortedGroups } from './sorted-groups.js'

export type IndexKey = string | number

/** What a record is indexed under: a key, several (a room under each participant), or none (null, undefined). */
export type IndexKeyOf<T> = (record: T, key: IndexKey) => IndexKey | readonly IndexKey[] | null | undefined

/** A group index: the records sharing a key, in `order` (insertion order when it is a bare key function). */
export type GroupDefinition<T> = IndexKeyOf<T> | { key: IndexKeyOf<T>; order: (a: T, b: T) => number }

/**
 * One declared index, kept by its table on insert, update, remove and clear. A unique one holds
 * the one record of each key (a second record with the same key is refused, RECORD_DUPLICATE); a
 * group lists the records sharing a key.
 */
export class TableIndex<T> {
  readonly unique: boolean
  readonly #keyOf: IndexKeyOf<T>
  readonly #records = new Map<IndexKey, T>()
  readonly #groups: SortedGroups<IndexKey, T>
  /** A group's order (insertion order compares every two records equal); unused by a unique index. */
  readonly compare: (a: T, b: T) => number

  constructor(unique: boolean, definition: GroupDefinition<T>) {
    this.unique = unique
    this.#keyOf = typeof definition === 'function' ? definition : definition.key
    this.compare = typeof definition === 'function' ? () => 0 : definition.order
    this.#groups = new SortedGroups<IndexKey, T>(this.compare)
  }

  /** The keys a record is indexed under, each once. */
  keysOf(record: T, key: IndexKey): readonly IndexKey[] {
    const keys = this.#keyOf(record, key)
    if (keys === null || keys === undefined) return []
    return typeof keys === 'object' ? [...new Set(keys)] : [keys]
  }

  find(key: IndexKey): T | undefined {
    return this.#records.get(key)
  }

  list(key: IndexKey): readonly T[] {
    return this.#groups.get(key)
  }

  groupKeys(): IterableIterator<IndexKey> {
    return this.#groups.keys()
  }

  /** The first key of a unique index that another record holds. */
  findTaken(record: T, keys: readonly IndexKey[]): IndexKey | undefined {
    if (!this.unique) return undefined
    return keys.find((key) => {
      const holder = this.#records.get(key)
      return holder !== undefined && holder !== record
    })
  }

  add(record: T, keys: readonly IndexKey[]): void {
    for (const key of keys) {
      if (this.unique) this.#records.set(key, record)
      else this.#groups.add(key, record)
    }
  }

  remove(record: T, keys: readonly IndexKey[]): void {
    for (const key of keys) {
      if (!this.unique) this.#groups.remove(key, record)
      else if (this.#records.get(key) === record) this.#records.delete(key)
    }
  }

  clear(): void {
    this.#records.clear()
    this.#groups.clear()
  }
}
