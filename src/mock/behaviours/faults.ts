import type { Fault, FaultSource } from '../../api/fault-source.js'
import type { ApiSpec } from '../../api/spec.js'
import type { QuotaSettings } from './quotas.js'
import { type FaultTable, indexOperations, resolveFaultSettings, type ServedOperations } from './resolve-fault-settings.js'
import type { ScriptedReply } from './scripted-replies.js'

/** Latency and faults for one operation or, as defaults, for all. */
export interface FaultSettings {
  /** Milliseconds before answering: a fixed delay, or `[min, max]` for a random one. */
  latency?: number | [number, number]
  /** The share of requests (0 to 1) answered with the operation's declared 5xx. */
  errorRate?: number
  /** The share of requests (0 to 1) that fail as a network error (no response at all). */
  networkErrorRate?: number
}

/** One API's latency and faults: its defaults, and overrides for its own operations. */
export interface ApiFaultSettings<OperationId extends string = string> extends FaultSettings {
  operations?: { [K in OperationId]?: FaultSettings }
}

/** The operation ids of each API, by API id: `{ roosted: 'listChatMessages' | …, … }`. */
export type OperationIdsByApi = Record<string, string>

/** The operation ids that exactly one of the APIs has: the ones a bare `operations` entry may name. */
export type UnambiguousOperationId<Ops extends OperationIdsByApi> = string extends Ops[keyof Ops] ? string : Exclude<Ops[keyof Ops], { [K in keyof Ops]: Ops[K] & Ops[Exclude<keyof Ops, K>] }[keyof Ops]>

/**
 * Latency, faults, quotas and scripted replies. Each field of a request's latency and faults comes
 * from the most specific setting that has it:
 *   1 `apis.<api>.operations.<operation>`
 *   2 `operations.<operation>`: a bare operation id, allowed while one served API alone has it
 *   3 `apis.<api>`: the API's defaults
 *   4 the top-level `latency`, `errorRate`, `networkErrorRate`: every API's defaults
 * Real-time events draw latency and network errors the same way: an event stream's as the
 * operation that opened it, a WebSocket's (ActionCable) as its API (3, then 4).
 *
 * @example
 * { errorRate: 0.01, apis: { roosted: { latency: [100, 400], operations: { listChatMessages: { errorRate: 1 } } } } }
 */
export interface MockSettings<Ops extends OperationIdsByApi = OperationIdsByApi> extends FaultSettings {
  /** Overrides per operation id; an id that more than one served API has is refused: name it under `apis`. */
  operations?: { [K in UnambiguousOperationId<Ops>]?: FaultSettings }
  /** Defaults and per-operation overrides of one API, by API id. */
  apis?: { [K in keyof Ops & string]?: ApiFaultSettings<Ops[K]> }
  /** Request quotas, per API id (one whose spec declares `x-chatmock-quota`), then per scope (e.g. workspace id). */
  quota?: { [K in keyof Ops & string]?: Record<string, QuotaSettings> }
  /** Replies of the other side that come by themselves (see ScriptedReply). */
  replies?: Array<ScriptedReply & { api: keyof Ops & string }>
}

/**
 * The latency and fault settings every runtime shares, changeable at any time (CLI flags, the Node
 * and browser helpers, the admin API). `random` is injectable so that tests can be exact.
 */
export class Faults implements FaultSource {
  #settings: MockSettings = {}
  #table!: FaultTable
  readonly #random: () => number
  readonly #served: ServedOperations | undefined

  /** `apis`: the APIs served, so that settings naming another API or operation are refused. */
  constructor(settings: MockSettings = {}, random: () => number = Math.random, apis?: readonly Pick<ApiSpec, 'id' | 'operationsById'>[]) {
    this.#random = random
    this.#served = apis && indexOperations(apis)
    this.set(settings)
  }

  /** The latency and fault settings (quotas are the Quotas'). */
  get settings(): MockSettings {
    return structuredClone(this.#settings)
  }

  /** Replaces the settings; throws a RangeError naming the first invalid value, a SpecError naming an unknown or ambiguous name. */
  set(settings: MockSettings): void {
    this.#table = resolveFaultSettings(settings, this.#served)
    const { quota: _, replies: __, ...faults } = settings
    this.#settings = structuredClone(faults)
  }

  /** Draws the delay and the fault for one request to an API's operation, or for one of its events (no operation). */
  draw(api: string, operationId?: string): { delayMs: number; fault: Fault } {
    // An API without settings of its own falls back to the bare operations and the global defaults.
    const scope = this.#table.apis.get(api) ?? this.#table
    const { latency, errorRate, networkErrorRate } = (operationId !== undefined && scope.operations.get(operationId)) || scope.defaults
    const delayMs = latency === undefined ? 0 : typeof latency === 'number' ? latency : latency[0] + this.#random() * (latency[1] - latency[0])
    const roll = networkErrorRate > 0 || errorRate > 0 ? this.#random() : 1
    const fault: Fault = roll < networkErrorRate ? 'network-error' : roll < networkErrorRate + errorRate ? 'error' : 'none'
    return { delayMs, fault }
  }
}

/** Reads a latency flag: `200` or `100-400`. */
export function parseLatency(text: string): number | [number, number] {
  const match = /^(\d+)(?:-(\d+))?$/.exec(text.trim())
  if (!match) throw new RangeError(`latency must be milliseconds (200) or a range (100-400), got "${text}"`)
  return match[2] === undefined ? Number(match[1]) : [Number(match[1]), Number(match[2])]
}
