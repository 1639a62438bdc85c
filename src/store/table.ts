import type { StandardSchemaV1 } from '@standard-schema/spec'
import { Collection } from '@msw/data'
import { ErrorCodes } from '../errors/error-codes.js'
import { StoreError } from '../errors/store-error.js'
import { checkRecord } from './check-record.js'
import { TableIndex, type GroupDefinition, type IndexKey, type IndexKeyOf } from './table-index.js'

export interface TableOptions<T, U extends string, G extends string, S extends string> {
  /** For messages: `chats`, `messages`… */
  name: string
  schema: StandardSchemaV1<T, T>
  key(record: T): IndexKey
  /** The most records the table holds; inserting one more throws STORE_FULL. */
  limit: number
  /** Unique indexes by name: `{ byEmail: (contact) => contact.email }`; `find(name, key)` reads one. */
  unique?: Record<U, IndexKeyOf<T>>
  /** Group indexes by name: `{ byChat: (message) => message.chat_id }`, or `{ key, order }` to keep each group sorted; `list(name, key)` reads one. */
  groups?: Record<G, GroupDefinition<T>>
  /** Counters by name, each raised to at least the number a record gives on insert (`{ id: (chat) => chat.id }`); `next(name)` takes the next. */
  sequences?: Record<S, (record: T) => number>
}

/**
 * An @msw/data collection of the records the spec accepts, with the indexes the table declares:
 * a lookup by key or by an index never scans the collection (@msw/data's queries do). A record is
 * validated once, before it is stored; an update is validated before it touches the stored
 * record, which is then changed in place, so the collection and every index keep holding the same
 * object. Write through the table; `collection` is there to read and query.
 */
export class Table<T extends object, U extends string = never, G extends string = never, S extends string = never> {
  /**
   * How many writes (insert, update, remove, clear) every table of this process has taken: a
   * change detector that costs nothing, where a snapshot of the stores costs a serialization.
   */
  static writes = 0

  #collection: Collection<StandardSchemaV1<T, T>>
  readonly #options: TableOptions<T, U, G, S>
  readonly #byKey = new Map<IndexKey, T>()
  readonly #indexes: Array<[string, TableIndex<T>]>
  readonly #indexByName = new Map<string, TableIndex<T>>()
  readonly #sequences = new Map<S, number>()
  readonly #raisers: Array<[S, (record: T) => number]>
  #placed = new WeakMap<T, { key: IndexKey; ordinal: number }>()
  #inserted = 0

  constructor(options: TableOptions<T, U, G, S>) {
    this.#options = options
    this.#indexes = [
      ...Object.entries<IndexKeyOf<T>>(options.unique ?? ({} as Record<U, IndexKeyOf<T>>)).map(
        ([name, key]): [string, TableIndex<T>] => [name, new TableIndex(true, key)],
      ),
      ...Object.entries<GroupDefinition<T>>(options.groups ?? ({} as Record<G, GroupDefinition<T>>)).map(
        ([name, definition]): [string, TableIndex<T>] => [name, new TableIndex(false, definition)],
      ),
    ]
    for (const [name, index] of this.#indexes) this.#indexByName.set(name, index)
    this.#raisers = Object.entries(options.sequences ?? {}) as Array<[S, (record: T) => number]>
    this.#collection = createCollection<T>()
  }

  /** The @msw/data collection holding the records, in insertion order; a new one after `clear`. */
  get collection(): Collection<StandardSchemaV1<T, T>> {
    return this.#collection
  }

  get size(): number {
    return this.#byKey.size
  }

  get(key: IndexKey): T | undefined {
    return this.#byKey.get(key)
  }

  /** Every record, in the order they were inserted. */
  all(): readonly T[] {
    return this.#collection.all() as T[]
  }

  /** The record a unique index holds under a key. */
  find(index: U, key: IndexKey): T | undefined {
    return this.#indexByName.get(index)!.find(key)
  }

  /** The records a group index holds under a key, in its order. */
  list(index: G, key: IndexKey): readonly T[] {
    return this.#indexByName.get(index)!.list(key)
  }

  /** The keys of a group index, in the order they were first seen (a group emptied by removals stays until `clear`). */
  groupKeys(index: G): IterableIterator<IndexKey> {
    return this.#indexByName.get(index)!.groupKeys()
  }

  /** The key a stored record is held under. */
  keyOf(record: T): IndexKey | undefined {
    return this.#placed.get(record)?.key
  }

  /** Where a stored record stands in insertion order: the tie-break of a stable sort across groups. */
  ordinal(record: T): number {
    return this.#placed.get(record)?.ordinal ?? -1
  }

  /** Takes the next number of a sequence at once, so concurrent creates never share one. */
  next(sequence: S): number {
    const value = (this.#sequences.get(sequence) ?? 0) + 1
    this.#sequences.set(sequence, value)
    return value
  }

  /** Validates and inserts a record, under its own key or the one given. */
  async insert(values: T, key: IndexKey = this.#options.key(values)): Promise<T> {
    const { name, limit } = this.#options
    if (this.#byKey.has(key))
      throw new StoreError(
        ErrorCodes.RECORD_DUPLICATE,
        `Failed to insert into ${name}: a record with key ${JSON.stringify(key)} exists.`,
      )
    if (this.#byKey.size >= limit)
      throw new StoreError(
        ErrorCodes.STORE_FULL,
        `Failed to insert into ${name}: it holds its limit of ${limit} records. Reset the store or raise the limit (recordLimit).`,
      )
    checkRecord(this.#options.schema, values, `insert ${JSON.stringify(key)} into ${name}`)
    const keys = this.#indexKeysOf(values, key)
    this.#ensureUnique(values, keys, `insert ${JSON.stringify(key)} into ${name}`)
    const record = (await this.#collection.create(values)) as T
    this.#byKey.set(key, record)
    this.#placed.set(record, { key, ordinal: this.#inserted++ })
    this.#indexes.forEach(([, index], i) => index.add(record, keys[i]!))
    for (const [sequence, numberOf] of this.#raisers) {
      this.#sequences.set(sequence, Math.max(this.#sequences.get(sequence) ?? 0, numberOf(record)))
    }
    Table.writes++
    return record
  }

  /** Replaces the given fields of a record (a field set to `undefined` is removed) and returns it; an index whose key changed moves it. */
  update(key: IndexKey, patch: Partial<T>): T {
    const record = this.#byKey.get(key)
    const what = `update ${this.#options.name} ${JSON.stringify(key)}`
    if (!record) throw new StoreError(ErrorCodes.RECORD_INVALID, `Failed to ${what}: no such record.`)
    const next: Record<string, unknown> = { ...(record as Record<string, unknown>) }
    for (const [field, value] of Object.entries(patch)) {
      if (value === undefined) delete next[field]
      else setField(next, field, value)
    }
    checkRecord(this.#options.schema, next as T, what)
    const before = this.#indexKeysOf(record, key)
    const after = this.#indexKeysOf(next as T, key)
    this.#ensureUnique(record, after, what)
    const moved = this.#indexes.map(
      ([, index], i) => !sameKeys(before[i]!, after[i]!) || (!index.unique && index.compare(record, next as T) !== 0),
    )
    this.#indexes.forEach(([, index], i) => moved[i] && index.remove(record, before[i]!))
    for (const field of Object.keys(record))
      if (!Object.hasOwn(next, field)) delete (record as Record<string, unknown>)[field]
    for (const [field, value] of Object.entries(next)) setField(record as Record<string, unknown>, field, value)
    this.#indexes.forEach(([, index], i) => moved[i] && index.add(record, after[i]!))
    Table.writes++
    return record
  }

  /** Removes a record. @msw/data finds it in its collection by a scan; removal is rare (membership changes). */
  remove(key: IndexKey): boolean {
    const record = this.#byKey.get(key)
    if (!record) return false
    const keys = this.#indexKeysOf(record, key)
    this.#indexes.forEach(([, index], i) => index.remove(record, keys[i]!))
    this.#collection.delete(record as never)
    this.#byKey.delete(key)
    this.#placed.delete(record)
    Table.writes++
    return true
  }

  /** Empties the table, its indexes and its sequences. */
  clear(): void {
    // A new collection, not Collection.clear(), which takes quadratic time (a minute for 100,000 records).
    this.#collection = createCollection<T>()
    this.#byKey.clear()
    for (const [, index] of this.#indexes) index.clear()
    this.#sequences.clear()
    this.#placed = new WeakMap()
    this.#inserted = 0
    Table.writes++
  }

  #indexKeysOf(record: T, key: IndexKey): Array<readonly IndexKey[]> {
    return this.#indexes.map(([, index]) => index.keysOf(record, key))
  }

  /** Refuses a record whose key in a unique index another record holds, before anything is written. */
  #ensureUnique(record: T, keys: Array<readonly IndexKey[]>, what: string): void {
    this.#indexes.forEach(([name, index], i) => {
      const taken = index.findTaken(record, keys[i]!)
      if (taken !== undefined)
        throw new StoreError(
          ErrorCodes.RECORD_DUPLICATE,
          `Failed to ${what}: another record holds ${JSON.stringify(taken)} in the unique index ${name}.`,
        )
    })
  }
}

/**
 * The table validates each record itself, once, with the errors chatmock documents; the
 * collection's own validation would run the schema a second time, and on a rejection it logs the
 * issues with console.error and throws an OperationError that names none of them.
 */
function createCollection<T>(): Collection<StandardSchemaV1<T, T>> {
  const schema: StandardSchemaV1<T, T> = {
    '~standard': { version: 1, vendor: 'chatmock', validate: (value) => ({ value: value as T }) },
  }
  return new Collection({ schema })
}

function sameKeys(a: readonly IndexKey[], b: readonly IndexKey[]): boolean {
  return a.length === b.length && a.every((key, i) => key === b[i])
}

/** defineProperty, not assignment: a "__proto__" key from a JSON body must stay a plain field. */
function setField(target: Record<string, unknown>, field: string, value: unknown): void {
  Object.defineProperty(target, field, { value, writable: true, enumerable: true, configurable: true })
}
