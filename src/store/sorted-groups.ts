/**
 * Records grouped by a key (chats by workspace, messages by chat or conversation), each group kept
 * in the order of a comparator (ids by default), so that reading a page in that order is a slice,
 * not a sort. Records that compare equal keep the order they were added in, as a stable sort
 * would; a comparator that always returns 0 keeps insertion order. A group stays (empty) after
 * its last record goes, so the keys keep the order they were first seen in until `clear`.
 */
export class SortedGroups<K, V> {
  readonly #groups = new Map<K, V[]>()
  readonly #compare: (a: V, b: V) => number

  constructor(compare: (a: V, b: V) => number = (a, b) => (a as { id: number }).id - (b as { id: number }).id) {
    this.#compare = compare
  }

  get(key: K): readonly V[] {
    return this.#groups.get(key) ?? []
  }

  /** The keys of the groups, in the order they were first seen. */
  keys(): IterableIterator<K> {
    return this.#groups.keys()
  }

  /** Adds a record in its place, after any record it compares equal to, and returns the size of its group. */
  add(key: K, value: V): number {
    let group = this.#groups.get(key)
    if (!group) this.#groups.set(key, (group = []))
    if (group.length === 0 || this.#compare(group[group.length - 1]!, value) <= 0) group.push(value)
    else group.splice(this.#findUpperBound(group, value), 0, value)
    return group.length
  }

  /** Takes a record out of its group: a binary search to its place, then the records equal to it. */
  remove(key: K, value: V): boolean {
    const group = this.#groups.get(key)
    if (!group) return false
    for (let index = this.#findLowerBound(group, value); index < group.length; index++) {
      if (group[index] === value) {
        group.splice(index, 1)
        return true
      }
      if (this.#compare(group[index]!, value) > 0) break
    }
    return false
  }

  clear(): void {
    this.#groups.clear()
  }

  #findLowerBound(group: V[], value: V): number {
    return this.#search(group, (middle) => this.#compare(middle, value) < 0)
  }

  #findUpperBound(group: V[], value: V): number {
    return this.#search(group, (middle) => this.#compare(middle, value) <= 0)
  }

  #search(group: V[], isBefore: (middle: V) => boolean): number {
    let low = 0
    let high = group.length
    while (low < high) {
      const middle = (low + high) >>> 1
      if (isBefore(group[middle]!)) low = middle + 1
      else high = middle
    }
    return low
  }
}
