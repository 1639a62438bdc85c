import { ErrorCodes } from '../../errors/error-codes.js'
import { SpecError } from '../../errors/spec-error.js'
import type { EventHub, RealtimeEvent } from '../../realtime/event-hub.js'
import type { Act } from '../act.js'
import type { AnsweredExchange } from '../answer.js'
import type { Api } from '../../api/api.js'

/**
 * A reply of the other side that comes by itself. When a client's request causes `on` (one of the
 * API's events, or one of its operations answered with success) and the fields `where` names have
 * those values, the action `act` runs after `afterMs`, with `with` as its input.
 *
 * `where` and `$` paths in `with` read an event's data (`conversation_id`, `$event.data.id`), or an
 * operation's request and response (`params.chat_id`, `body.message`, `response.body.id`;
 * `$request.params.chat_id`, `$response.body.id`).
 *
 * @example
 * { api: 'chatwoot', on: 'message.created', where: { conversation_id: 56, message_type: 0 }, afterMs: 800,
 *   act: 'agentMessage', with: { conversation_id: 56, content: 'Thanks! An agent will be with you shortly.' } }
 */
export interface ScriptedReply {
  api: string
  on: string
  where?: Record<string, unknown>
  afterMs?: number
  act: string
  with?: Record<string, unknown>
}

const FIELDS = ['api', 'on', 'where', 'afterMs', 'act', 'with']

/** Runs the scripted replies of the settings: one listener per rule, a timer per reply due. */
export class ScriptedReplies {
  readonly #hub: EventHub
  readonly #act: Act
  readonly #apis: readonly Api[]
  readonly #warn: (line: string) => void
  #rules: ScriptedReply[] = []
  readonly #unsubscribes: Array<() => void> = []
  readonly #timers = new Set<ReturnType<typeof setTimeout>>()

  constructor(
    hub: EventHub,
    act: Act,
    apis: readonly Api[],
    warn: (line: string) => void = (line) => console.warn(line),
  ) {
    this.#warn = warn
    this.#hub = hub
    this.#act = act
    this.#apis = apis
  }

  get rules(): ScriptedReply[] {
    return structuredClone(this.#rules)
  }

  /** Throws a SpecError naming an API, trigger or action not served, a RangeError naming a bad value. */
  validate(rules: unknown): asserts rules is ScriptedReply[] | undefined {
    validateReplies(rules, this.#apis)
  }

  /** Replaces the rules; replies already due are cancelled. */
  set(rules: ScriptedReply[] | undefined): void {
    this.validate(rules)
    this.stop()
    this.#rules = structuredClone(rules ?? [])
    for (const rule of this.#rules) {
      if (this.#isOperation(rule)) continue
      this.#unsubscribes.push(this.#hub.subscribe(rule.api, '*', (event) => this.#onEvent(rule, event)))
    }
  }

  /** A request a resolver answered with success: the rules on its operation consider it. */
  observe(exchange: AnsweredExchange): void {
    for (const rule of this.#rules) {
      if (rule.api !== exchange.api || rule.on !== exchange.operationId) continue
      const request = { params: exchange.params, query: exchange.query, body: exchange.body }
      if (matches({ ...request, response: exchange.response }, rule.where))
        this.#schedule(rule, { request, response: exchange.response })
    }
  }

  /** Cancels every reply that is due and stops listening. */
  stop(): void {
    for (const unsubscribe of this.#unsubscribes.splice(0)) unsubscribe()
    this.cancelDue()
  }

  /** Cancels the replies still due (the stores are being reset: they would answer what is gone). */
  cancelDue(): void {
    for (const timer of this.#timers) clearTimeout(timer)
    this.#timers.clear()
  }

  #isOperation(rule: ScriptedReply): boolean {
    return !Object.hasOwn(this.#apis.find((api) => api.id === rule.api)?.events ?? {}, rule.on)
  }

  #onEvent(rule: ScriptedReply, event: RealtimeEvent): void {
    // Only what a client did is answered: a reply never answers a reply.
    if (event.origin !== 'client' || event.name !== rule.on || !matches(event.data, rule.where)) return
    this.#schedule(rule, { event: { name: event.name, data: event.data } })
  }

  #schedule(rule: ScriptedReply, trigger: Record<string, unknown>): void {
    const input = fill(rule.with ?? {}, trigger)
    const timer = setTimeout(() => {
      this.#timers.delete(timer)
      this.#act(rule.api, rule.act, input).catch((error: unknown) =>
        this.#warn(`chatmock: a scripted reply (${rule.api} ${rule.act}) failed: ${(error as Error).message}`),
      )
    }, rule.afterMs ?? 0)
    // A reply still due must not keep a test process alive.
    ;(timer as { unref?: () => void }).unref?.()
    this.#timers.add(timer)
  }
}

/** The value at a dotted path (`response.body.id`). */
function read(root: unknown, path: string): unknown {
  return path
    .split('.')
    .reduce<unknown>(
      (node, key) => (typeof node === 'object' && node !== null ? (node as Record<string, unknown>)[key] : undefined),
      root,
    )
}

function matches(data: unknown, where: Record<string, unknown> | undefined): boolean {
  if (!where) return true
  return Object.entries(where).every(
    ([path, expected]) => JSON.stringify(read(data, path)) === JSON.stringify(expected),
  )
}

/** The rule's input, with `"$event.data.x"`, `"$request.body.x"` or `"$response.body.x"` strings replaced by that value of the trigger. */
function fill(input: Record<string, unknown>, trigger: Record<string, unknown>): Record<string, unknown> {
  const visit = (value: unknown): unknown => {
    if (typeof value === 'string' && value.startsWith('$')) return read(trigger, value.slice(1))
    if (Array.isArray(value)) return value.map(visit)
    if (typeof value === 'object' && value !== null)
      return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, visit(item)]))
    return value
  }
  return visit(input) as Record<string, unknown>
}

/** Throws a SpecError naming an API, trigger or action that the APIs do not have, a RangeError naming a bad value. */
export function validateReplies(rules: unknown, apis: readonly Api[]): asserts rules is ScriptedReply[] | undefined {
  if (rules === undefined) return
  if (!Array.isArray(rules)) throw new RangeError('settings.replies must be a list of rules')
  rules.forEach((rule: Partial<ScriptedReply>, index) => {
    const where = `settings.replies[${index}]`
    if (typeof rule !== 'object' || rule === null) throw new RangeError(`${where} must be an object`)
    const unknown = Object.keys(rule).find((key) => !FIELDS.includes(key))
    if (unknown) throw new RangeError(`${where} has an unknown field "${unknown}"; expected ${FIELDS.join(', ')}`)
    const api = apis.find((candidate) => candidate.id === rule.api)
    if (!api)
      throw new SpecError(
        ErrorCodes.UNKNOWN_API,
        `${where}.api: "${rule.api}" is not served here; served: ${apis.map((candidate) => candidate.id).join(', ')}`,
      )
    if (!Object.hasOwn(api.events ?? {}, rule.on ?? '') && !api.operationsById.has(rule.on ?? '')) {
      const events = Object.keys(api.events ?? {})
      throw new SpecError(
        ErrorCodes.UNKNOWN_OPERATION,
        `${where}.on: ${api.id} has no event or operation "${rule.on}"; its events are ${events.join(', ') || 'none'}, its operations ${[...api.operationsById.keys()].join(', ')}`,
      )
    }
    if (!Object.hasOwn(api.declaredActions ?? {}, rule.act ?? ''))
      throw new SpecError(
        ErrorCodes.UNKNOWN_OPERATION,
        `${where}.act: ${api.id} has no action "${rule.act}"; its actions are ${Object.keys(api.declaredActions ?? {}).join(', ') || 'none'}`,
      )
    if (rule.afterMs !== undefined && !(Number.isSafeInteger(rule.afterMs) && rule.afterMs >= 0))
      throw new RangeError(`${where}.afterMs must be milliseconds >= 0, got ${JSON.stringify(rule.afterMs)}`)
    for (const key of ['where', 'with'] as const) {
      if (rule[key] !== undefined && (typeof rule[key] !== 'object' || rule[key] === null || Array.isArray(rule[key])))
        throw new RangeError(`${where}.${key} must be an object`)
    }
  })
}
