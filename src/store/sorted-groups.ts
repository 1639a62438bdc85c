/**
 * Records grouped by a key (chats by workspace, messages by chat), each group kept in ascending id
 * order, so that a page in the default order is a slice, not a sort.
 */
export class SortedGroups<K, V extends { id: number }> {
  readonly #groups = new Map<K, V[]>()

  get(key: K): readonly V[] {
    return this.#groups.get(key) ?? []
  }

  add(key: K, value: V): number {
    let group = this.#groups.get(key)
    if (!group) this.#groups.set(key, (group = []))
    if (group.length === 0 || group[group.length - 1]!.id < value.id) group.push(value)
    else group.splice(findInsertionIndex(group, value.id), 0, value)
    return group.length
  }

  clear(): void {
    this.#groups.clear()
  }
}

function findInsertionIndex<V extends { id: number }>(group: V[], id: number): number {
  let low = 0
  let high = group.length
  while (low < high) {
    const middle = (low + high) >>> 1
    if (group[middle]!.id < id) low = middle + 1
    else high = middle
  }
  return low
}
