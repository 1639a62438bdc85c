/** How many real-time connections a runtime holds at most, unless told otherwise. */
const DEFAULT_MAX_CONNECTIONS = 1000

/**
 * The real-time connections a runtime holds open (ActionCable sockets, event streams): bounded,
 * and each with what ends it, so that closing the runtime leaves none behind.
 */
export class ConnectionLimit {
  readonly max: number
  readonly #open = new Set<() => void>()

  constructor(max = DEFAULT_MAX_CONNECTIONS) {
    if (!Number.isSafeInteger(max) || max < 1)
      throw new RangeError(`maxConnections must be a whole number >= 1, got ${JSON.stringify(max)}`)
    this.max = max
  }

  get open(): number {
    return this.#open.size
  }

  /** Takes a place for a connection that `end` ends; returns what gives it back, or undefined when every place is taken. */
  acquire(end: () => void): (() => void) | undefined {
    if (this.#open.size >= this.max) return undefined
    // Its own function, so that the same `end` twice is two places.
    const entry = () => end()
    this.#open.add(entry)
    return () => void this.#open.delete(entry)
  }

  /** Ends every open connection. */
  endAll(): void {
    for (const end of [...this.#open]) end()
  }
}
