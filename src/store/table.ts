import type { StandardSchemaV1 } from '@standard-schema/spec'
import { Collection } from '@msw/data'
import { ErrorCodes } from '../errors/error-codes.js'
import { StoreError } from '../errors/store-error.js'

export interface TableOptions<T> {
  /** For messages: `chats`, `messages`… */
  name: string
  schema: StandardSchemaV1<T, T>
  key(record: T): string | number
  /** The most records the table holds; inserting one more throws STORE_FULL. */
  limit: number
}

/**
 * An @msw/data collection whose records the spec accepts, with an index by key: a lookup by id
 * never scans the collection (@msw/data's `findFirst` does). Updates are validated against the
 * same schema before they touch the stored record, which is then changed in place, so the
 * collection and the index keep holding the same object.
 */
export class Table<T extends object> {
  /**
   * How many writes (insert, update, remove, clear) every table of this process has taken: a
   * change detector that costs nothing, where a snapshot of the stores costs a serialization.
   */
  static writes = 0

  readonly collection: Collection<StandardSchemaV1<T, T>>
  readonly #options: TableOptions<T>
  readonly #index = new Map<string | number, T>()

  constructor(options: TableOptions<T>) {
    this.#options = options
    this.collection = new Collection({ schema: options.schema })
  }

  get size(): number {
    return this.#index.size
  }

  get(key: string | number): T | undefined {
    return this.#index.get(key)
  }

  /** Every record, in the order they were inserted. */
  all(): readonly T[] {
    return this.collection.all() as T[]
  }

  /** Validates and inserts a record, under its own key or the one given. */
  async insert(values: T, key: string | number = this.#options.key(values)): Promise<T> {
    if (this.#index.has(key)) throw new StoreError(ErrorCodes.RECORD_DUPLICATE, `Failed to insert into ${this.#options.name}: a record with key ${JSON.stringify(key)} exists.`)
    if (this.#index.size >= this.#options.limit) {
      throw new StoreError(ErrorCodes.STORE_FULL, `Failed to insert into ${this.#options.name}: it holds its limit of ${this.#options.limit} records. Reset the store or raise the limit (recordLimit).`)
    }
    this.#check(values, `insert ${JSON.stringify(key)} into ${this.#options.name}`)
    const record = (await this.collection.create(values)) as T
    this.#index.set(key, record)
    Table.writes++
    return record
  }

  /** Replaces the given fields of a record (a field set to `undefined` is removed) and returns it. */
  update(key: string | number, patch: Partial<T>): T {
    const record = this.#index.get(key)
    if (!record) throw new StoreError(ErrorCodes.RECORD_INVALID, `Failed to update ${this.#options.name} ${JSON.stringify(key)}: no such record.`)
    const next: Record<string, unknown> = { ...(record as Record<string, unknown>) }
    for (const [field, value] of Object.entries(patch)) {
      if (value === undefined) delete next[field]
      else setField(next, field, value)
    }
    this.#check(next as T, `update ${this.#options.name} ${JSON.stringify(key)}`)
    for (const field of Object.keys(record)) if (!Object.hasOwn(next, field)) delete (record as Record<string, unknown>)[field]
    for (const [field, value] of Object.entries(next)) setField(record as Record<string, unknown>, field, value)
    Table.writes++
    return record
  }

  /** Removes a record. @msw/data finds it by reference; removal is rare (membership changes). */
  remove(key: string | number): boolean {
    const record = this.#index.get(key)
    if (!record) return false
    this.collection.delete(record as never)
    this.#index.delete(key)
    Table.writes++
    return true
  }

  clear(): void {
    this.collection.clear()
    this.#index.clear()
    Table.writes++
  }

  #check(values: T, what: string): void {
    const result = this.#options.schema['~standard'].validate(values)
    if (result instanceof Promise) throw new TypeError('[chatmock] Store schemas must validate synchronously.')
    if (result.issues) {
      throw new StoreError(
        ErrorCodes.RECORD_INVALID,
        `Failed to ${what}: the spec's schema rejects the record.`,
        result.issues.map((issue) => ({ location: 'body', pointer: `/${(issue.path ?? []).map(String).join('/')}`, keyword: 'schema', message: issue.message })),
      )
    }
  }
}

/** defineProperty, not assignment: a "__proto__" key from a JSON body must stay a plain field. */
function setField(target: Record<string, unknown>, field: string, value: unknown): void {
  Object.defineProperty(target, field, { value, writable: true, enumerable: true, configurable: true })
}
