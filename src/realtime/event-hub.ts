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
}

export type EventListener = (event: RealtimeEvent) => void

/**
 * The runtime's events, from whatever made them (an HTTP request, the other side's action, a
 * scripted reply) to whoever listens (an ActionCable connection, an SSE stream, a scripted reply).
 * Listeners are found by API and topic, and `*` listens to every topic of an API.
 */
export class EventHub {
  readonly #listeners = new Map<string, Set<EventListener>>()

  subscribe(api: string, topic: string, listener: EventListener): () => void {
    const key = `${api}\u0000${topic}`
    let listeners = this.#listeners.get(key)
    if (!listeners) this.#listeners.set(key, (listeners = new Set()))
    listeners.add(listener)
    return () => {
      listeners.delete(listener)
      if (listeners.size === 0) this.#listeners.delete(key)
    }
  }

  publish(event: RealtimeEvent): void {
    for (const key of [`${event.api}\u0000${event.topic}`, `${event.api}\u0000*`]) {
      for (const listener of [...(this.#listeners.get(key) ?? [])]) listener(event)
    }
  }

  /** How many listeners there are, for the limits and the tests. */
  get size(): number {
    let size = 0
    for (const listeners of this.#listeners.values()) size += listeners.size
    return size
  }
}
