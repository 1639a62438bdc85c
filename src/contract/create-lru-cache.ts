/** A map that keeps at most `capacity` entries, dropping the least recently used one past it. */
export interface LruCache<K, V> {
  /** The value, now the most recently used. */
  get(key: K): V | undefined
  set(key: K, value: V): void
  delete(key: K): void
  readonly size: number
}

/** `onEvict` hears of each entry dropped to make room (not of a delete). */
export function createLruCache<K, V>(capacity: number, onEvict?: (key: K, value: V) => void): LruCache<K, V> {
  if (!Number.isInteger(capacity) || capacity < 1)
    throw new RangeError(`an LRU cache holds at least one entry (got ${capacity})`)
  // A Map iterates in insertion order: re-inserting on use keeps the least recently used first.
  const entries = new Map<K, V>()
  return {
    get(key) {
      if (!entries.has(key)) return undefined
      const value = entries.get(key)!
      entries.delete(key)
      entries.set(key, value)
      return value
    },
    set(key, value) {
      entries.delete(key)
      entries.set(key, value)
      if (entries.size <= capacity) return
      const [oldest, dropped] = entries.entries().next().value!
      entries.delete(oldest)
      onEvict?.(oldest, dropped)
    },
    delete(key) {
      entries.delete(key)
    },
    get size() {
      return entries.size
    },
  }
}
