/**
 * Records grouped by a key (chats by workspace, messages by chat or conversation), each group kept
 * in the order of a comparator (ids by default), so that reading a page in that order is a slice,
 * not a sort.
 */
export class SortedGroups<K, V extends { id: number }> {
  readonly #groups = new Map<K, V[]>()
  readonly #compare: (a: V, b: V) => number

  constructor(compare: (a: V, b: V) => number = (a, b) => a.id - b.id) {
    this.#compare = compare
  }

  get(key: K): readonly V[] {
    return this.#groups.get(key) ?? []
  }

  /** Adds a record in its place and returns the size of its group. */
  add(key: K, value: V): number {
    let group = this.#groups.get(key)
    if (!group) this.#groups.set(key, (group = []))
    if (group.length === 0 || this.#compare(group[group.length - 1]!, value) < 0) group.push(value)
    else group.splice(this.#findInsertionIndex(group, value), 0, value)
    return group.length
  }

  clear(): void {
    this.#groups.clear()
  }

  #findInsertionIndex(group: V[], value: V): number {
    let low = 0
    let high = group.length
    while (low < high) {
      const middle = (low + high) >>> 1
      if (this.#compare(group[middle]!, value) < 0) low = middle + 1
      else high = middle
    }
    return low
  }
}
