/** One event for the clients of one topic (a contact's pubsub token, a chat's stream). */
export interface RealtimeEvent {
  api: string
  /** Who receives it: the topic a client subscribed to. */
  topic: string
  /** The event's name, as its AsyncAPI message names it (`message.created`). */
  name: string
  data: unknown
  /** Who caused it: a client's request, or the other side (an action, a scripted reply). */
  origin: 'client' | 'other-side'
  /** Its place in its topic: 1, 2, 3… per API and topic (what an SSE `id:` line carries). */
  seq: number
}

export type EventListener = (event: RealtimeEvent) => void

/** How many past events each topic keeps for a client that resumes (`Last-Event-ID`). */
const EVENTS_KEPT_PER_TOPIC = 256
/** How many topics keep their past events; the least recently used one forgets first. */
const TOPICS_KEPT = 10_000

interface Topic {
  seq: number
  recent: RealtimeEvent[]
}

/**
 * The runtime's events, from whatever made them (an HTTP request, the other side's action, a
 * scripted reply) to whoever listens (an ActionCable connection, an SSE stream, a scripted reply).
 * Listeners are found by API and topic, and `*` listens to every topic of an API. Each topic
 * numbers its events and keeps the last few, so that a client that reconnects loses none.
 */
export class EventHub {
  readonly #listeners = new Map<string, Set<EventListener>>()
  readonly #topics = new Map<string, Topic>()

  subscribe(api: string, topic: string, listener: EventListener): () => void {
    const key = keyOf(api, topic)
    let listeners = this.#listeners.get(key)
    if (!listeners) this.#listeners.set(key, (listeners = new Set()))
    listeners.add(listener)
    return () => {
      listeners.delete(listener)
      if (listeners.size === 0 && this.#listeners.get(key) === listeners) this.#listeners.delete(key)
    }
  }

  publish(event: Omit<RealtimeEvent, 'seq'>): RealtimeEvent {
    const key = keyOf(event.api, event.topic)
    const topic = this.#topic(key)
    const numbered = { ...event, seq: ++topic.seq }
    topic.recent.push(numbered)
    if (topic.recent.length > EVENTS_KEPT_PER_TOPIC) topic.recent.shift()
    for (const listenerKey of [key, keyOf(event.api, '*')]) {
      for (const listener of [...(this.#listeners.get(listenerKey) ?? [])]) listener(numbered)
    }
    return numbered
  }

  /** The number of the topic's last event (0 before its first). */
  lastSeq(api: string, topic: string): number {
    return this.#topics.get(keyOf(api, topic))?.seq ?? 0
  }

  /**
   * The topic's events after `seq`, oldest first; undefined when some of them are no longer kept
   * (or `seq` is one the topic never reached), so the caller starts the client over.
   */
  since(api: string, topic: string, seq: number): RealtimeEvent[] | undefined {
    const kept = this.#topics.get(keyOf(api, topic))
    const last = kept?.seq ?? 0
    if (seq > last) return undefined
    if (seq === last) return []
    const recent = kept!.recent
    if (recent.length === 0 || recent[0]!.seq > seq + 1) return undefined
    return recent.slice(recent.length - (last - seq))
  }

  /** Forgets the numbering of an API's topics (or every API's): its store starts over. */
  reset(api?: string): void {
    for (const key of [...this.#topics.keys()])
      if (api === undefined || key.startsWith(`${api}\u0000`)) this.#topics.delete(key)
  }

  /** How many listeners there are, for the limits and the tests. */
  get size(): number {
    let size = 0
    for (const listeners of this.#listeners.values()) size += listeners.size
    return size
  }

  #topic(key: string): Topic {
    let topic = this.#topics.get(key)
    if (topic) {
      // Most recently used last, so the first key is the one to forget.
      this.#topics.delete(key)
    } else {
      topic = { seq: 0, recent: [] }
      if (this.#topics.size >= TOPICS_KEPT) this.#topics.delete(this.#topics.keys().next().value!)
    }
    this.#topics.set(key, topic)
    return topic
  }
}

function keyOf(api: string, topic: string): string {
  return `${api}\u0000${topic}`
}
