/** What every API store is created with. */
export interface StoreOptions {
  /** The most records one table holds (default 1,000,000). */
  recordLimit?: number
}
