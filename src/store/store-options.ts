/** What every API store is created with. */
export interface StoreOptions {
  /** The most records one table holds (default 1,000,000). */
  recordLimit?: number
}

export const DEFAULT_RECORD_LIMIT = 1_000_000
