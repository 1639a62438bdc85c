import { ErrorCodes } from '../errors/error-codes.js'
import { SpecError } from '../errors/spec-error.js'
import type { EventHub, RealtimeEvent } from '../realtime/event-hub.js'
import type { Act } from './act.js'
import type { Api } from './types.js'

/**
 * A reply of the other side that comes by itself: when a client's request causes the event `on`
 * (whose data has the fields `where` gives), the action `act` runs after `afterMs`, with `with` as
 * its input. A string `"$event.data.conversation_id"` in `with` takes that field of the event.
 *
 * @example
 * { api: 'chatwoot', on: 'message.created', where: { conversation_id: 56, message_type: 0 }, afterMs: 800,
 *   act: 'agentMessage', with: { conversationId: 56, content: 'Thanks! An agent will be with you shortly.' } }
 */
export interface ScriptedReply {
  api: string
  on: string
  where?: Record<string, unknown>
  afterMs?: number
  act: string
  with?: Record<string, unknown>
}

/** Runs the scripted replies of the settings: one listener per rule, a timer per reply due. */
export class ScriptedReplies {
  readonly #hub: EventHub
  readonly #act: Act
  readonly #apis: readonly Api[]
  #rules: ScriptedReply[] = []
  readonly #unsubscribes: Array<() => void> = []
  readonly #timers = new Set<ReturnType<typeof setTimeout>>()

  constructor(hub: EventHub, act: Act, apis: readonly Api[]) {
    this.#hub = hub
    this.#act = act
    this.#apis = apis
  }

  get rules(): ScriptedReply[] {
    return structuredClone(this.#rules)
  }

  /** Throws a SpecError naming an API, event or action not served, a RangeError naming a bad value. */
  validate(rules: unknown): asserts rules is ScriptedReply[] | undefined {
    if (rules === undefined) return
    if (!Array.isArray(rules)) throw new RangeError('settings.replies must be a list of rules')
    rules.forEach((rule: Partial<ScriptedReply>, index) => {
      const where = `settings.replies[${index}]`
      if (typeof rule !== 'object' || rule === null) throw new RangeError(`${where} must be an object`)
      const unknown = Object.keys(rule).find((key) => !['api', 'on', 'where', 'afterMs', 'act', 'with'].includes(key))
      if (unknown) throw new RangeError(`${where} has an unknown field "${unknown}"; expected api, on, where, afterMs, act, with`)
      const api = this.#apis.find((candidate) => candidate.id === rule.api)
      if (!api) throw new SpecError(ErrorCodes.UNKNOWN_API, `${where}.api: "${rule.api}" is not served here; served: ${this.#apis.map((candidate) => candidate.id).join(', ')}`)
      if (!Object.hasOwn(api.events ?? {}, rule.on ?? '')) throw new SpecError(ErrorCodes.UNKNOWN_OPERATION, `${where}.on: ${api.id} sends no event "${rule.on}"; its events are ${Object.keys(api.events ?? {}).join(', ') || 'none'}`)
      if (!Object.hasOwn(api.declaredActions ?? {}, rule.act ?? '')) throw new SpecError(ErrorCodes.UNKNOWN_OPERATION, `${where}.act: ${api.id} has no action "${rule.act}"; its actions are ${Object.keys(api.declaredActions ?? {}).join(', ') || 'none'}`)
      if (rule.afterMs !== undefined && !(Number.isSafeInteger(rule.afterMs) && rule.afterMs >= 0)) throw new RangeError(`${where}.afterMs must be milliseconds >= 0, got ${JSON.stringify(rule.afterMs)}`)
      for (const key of ['where', 'with'] as const) {
        if (rule[key] !== undefined && (typeof rule[key] !== 'object' || rule[key] === null || Array.isArray(rule[key]))) throw new RangeError(`${where}.${key} must be an object`)
      }
    })
  }

  /** Replaces the rules; replies already due are cancelled. */
  set(rules: ScriptedReply[] | undefined): void {
    this.validate(rules)
    this.stop()
    this.#rules = structuredClone(rules ?? [])
    for (const rule of this.#rules) {
      this.#unsubscribes.push(this.#hub.subscribe(rule.api, '*', (event) => this.#consider(rule, event)))
    }
  }

  /** Cancels every reply that is due and stops listening. */
  stop(): void {
    for (const unsubscribe of this.#unsubscribes.splice(0)) unsubscribe()
    for (const timer of this.#timers) clearTimeout(timer)
    this.#timers.clear()
  }

  #consider(rule: ScriptedReply, event: RealtimeEvent): void {
    // Only what a client did is answered: a reply never answers a reply.
    if (event.origin !== 'client' || event.name !== rule.on || !matches(event.data, rule.where)) return
    const input = fill(rule.with ?? {}, event)
    const timer = setTimeout(() => {
      this.#timers.delete(timer)
      this.#act(rule.api, rule.act, input).catch((error: unknown) => console.warn(`chatmock: a scripted reply (${rule.api} ${rule.act}) failed: ${(error as Error).message}`))
    }, rule.afterMs ?? 0)
    // A reply still due must not keep a test process alive.
    ;(timer as { unref?: () => void }).unref?.()
    this.#timers.add(timer)
  }
}

function matches(data: unknown, where: Record<string, unknown> | undefined): boolean {
  if (!where) return true
  if (typeof data !== 'object' || data === null) return false
  return Object.entries(where).every(([key, expected]) => JSON.stringify((data as Record<string, unknown>)[key]) === JSON.stringify(expected))
}

/** The rule's input, with `"$event.data.x.y"` strings replaced by that field of the event. */
function fill(input: Record<string, unknown>, event: RealtimeEvent): Record<string, unknown> {
  const read = (path: string) => path.split('.').slice(1).reduce<unknown>((node, key) => (typeof node === 'object' && node !== null ? (node as Record<string, unknown>)[key] : undefined), event)
  const visit = (value: unknown): unknown => {
    if (typeof value === 'string' && value.startsWith('$event.')) return read(value)
    if (Array.isArray(value)) return value.map(visit)
    if (typeof value === 'object' && value !== null) return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, visit(item)]))
    return value
  }
  return visit(input) as Record<string, unknown>
}
