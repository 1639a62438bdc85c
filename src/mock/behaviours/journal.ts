import type { Issue } from '../../api/exchange.js'

/** One exchange the mock answered. */
export interface JournalEntry {
  /** Increases by one per exchange, from 1 after the journal is created or cleared. */
  seq: number
  /** Epoch milliseconds when the request arrived. */
  time: number
  api: string
  /** Absent when no operation matched (404, 405). */
  operationId?: string
  method: string
  path: string
  status: number
  durationMs: number
  violations: Issue[]
}

const DEFAULT_JOURNAL_SIZE = 1000

/** The last exchanges, in a ring buffer: memory stays bounded however long the mock runs. */
export class Journal {
  readonly capacity: number
  readonly #entries: Array<JournalEntry | undefined>
  #next = 0
  #seq = 0

  constructor(capacity = DEFAULT_JOURNAL_SIZE) {
    if (!Number.isInteger(capacity) || capacity < 1)
      throw new RangeError(`[chatmock] The journal size must be a positive integer (got ${capacity}).`)
    this.capacity = capacity
    this.#entries = new Array(capacity)
  }

  /** How many exchanges were recorded since the last clear, including those the ring has dropped. */
  get total(): number {
    return this.#seq
  }

  record(entry: Omit<JournalEntry, 'seq'>): JournalEntry {
    const full = { seq: ++this.#seq, ...entry }
    this.#entries[this.#next] = full
    this.#next = (this.#next + 1) % this.capacity
    return full
  }

  /** The last `limit` exchanges (all kept ones by default), oldest first. */
  entries(limit = this.capacity): JournalEntry[] {
    const kept = Math.min(this.#seq, this.capacity)
    const count = Math.min(limit, kept)
    const result: JournalEntry[] = []
    for (let i = count; i > 0; i--) result.push(this.#entries[(this.#next - i + this.capacity) % this.capacity]!)
    return result
  }

  clear(): void {
    this.#entries.fill(undefined)
    this.#next = 0
    this.#seq = 0
  }
}
