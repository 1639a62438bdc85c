import { ErrorCodes } from '../errors/error-codes.js'
import { SpecError } from '../errors/spec-error.js'
import type { QuotaSettings } from './quotas.js'
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

export interface MockSettings<OperationId extends string = string, Id extends string = string> extends FaultSettings {
  /** Overrides per operationId; a field left out falls back to the defaults above. */
  operations?: { [K in OperationId]?: FaultSettings }
  /** Request quotas, per API id (one whose spec declares `x-chatmock-quota`), then per scope (e.g. workspace id). */
  quota?: { [K in Id]?: Record<string, QuotaSettings> }
  /** Replies of the other side that come by themselves (see ScriptedReply). */
  replies?: Array<ScriptedReply & { api: Id }>
}

export type Fault = 'none' | 'error' | 'network-error'

/**
 * The latency and fault settings every runtime shares, changeable at any time (CLI flags, the Node
 * and browser helpers, the admin API). `random` is injectable so that tests can be exact.
 */
export class Faults {
  #settings: MockSettings = {}
  readonly #random: () => number
  readonly #operationIds: ReadonlySet<string> | undefined

  /** `operationIds`: the operations served, so that settings naming any other are refused. */
  constructor(settings: MockSettings = {}, random: () => number = Math.random, operationIds?: Iterable<string>) {
    this.#random = random
    this.#operationIds = operationIds && new Set(operationIds)
    this.set(settings)
  }

  /** The latency and fault settings (quotas are the Quotas'). */
  get settings(): MockSettings {
    return structuredClone(this.#settings)
  }

  /** Replaces the settings; throws a RangeError naming the first invalid value. */
  set(settings: MockSettings): void {
    validateFaultSettings(settings, 'settings')
    for (const [operationId, overrides] of Object.entries(settings.operations ?? {})) {
      if (this.#operationIds && !this.#operationIds.has(operationId)) {
        throw new SpecError(ErrorCodes.UNKNOWN_OPERATION, `settings.operations names an unknown operation "${operationId}"; the operations served are ${[...this.#operationIds].join(', ')}.`)
      }
      validateFaultSettings(overrides, `operations.${operationId}`)
    }
    const { quota: _, replies: __, ...faults } = settings
    this.#settings = structuredClone(faults)
  }

  /** Draws the delay and the fault for one request to an operation. */
  draw(operationId: string | undefined): { delayMs: number; fault: Fault } {
    const own = operationId === undefined ? undefined : (this.#settings.operations as Record<string, FaultSettings> | undefined)?.[operationId]
    const latency = own?.latency ?? this.#settings.latency
    const errorRate = own?.errorRate ?? this.#settings.errorRate ?? 0
    const networkErrorRate = own?.networkErrorRate ?? this.#settings.networkErrorRate ?? 0
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

function validateFaultSettings(settings: unknown, where: string): void {
  if (typeof settings !== 'object' || settings === null || Array.isArray(settings)) throw new RangeError(`${where} must be an object`)
  const { latency, errorRate, networkErrorRate, operations, quota, replies, ...rest } = settings as MockSettings
  const unknown = Object.keys(rest)
  if (unknown.length > 0) throw new RangeError(`${where} has an unknown field "${unknown[0]}"; expected latency, errorRate, networkErrorRate${where === 'settings' ? ', operations, quota, replies' : ''}`)
  if (where !== 'settings' && (quota !== undefined || replies !== undefined)) throw new RangeError(`${where} cannot hold ${quota !== undefined ? 'a quota' : 'replies'}`)
  if (where !== 'settings' && operations !== undefined) throw new RangeError(`${where} cannot nest operations`)
  if (latency !== undefined) {
    const valid = typeof latency === 'number' ? latency >= 0 && Number.isFinite(latency) : Array.isArray(latency) && latency.length === 2 && latency.every((value) => typeof value === 'number' && value >= 0 && Number.isFinite(value)) && latency[0] <= latency[1]
    if (!valid) throw new RangeError(`${where}.latency must be milliseconds >= 0 or [min, max] with min <= max, got ${JSON.stringify(latency)}`)
  }
  for (const [name, rate] of [['errorRate', errorRate], ['networkErrorRate', networkErrorRate]] as const) {
    if (rate !== undefined && !(typeof rate === 'number' && rate >= 0 && rate <= 1)) throw new RangeError(`${where}.${name} must be a number from 0 to 1, got ${JSON.stringify(rate)}`)
  }
  if ((errorRate ?? 0) + (networkErrorRate ?? 0) > 1) throw new RangeError(`${where}: errorRate and networkErrorRate add up to more than 1`)
}
