import type { Fault, FaultSource } from '../../api/fault-source.js'
import type { ApiSpec } from '../../api/spec.js'
import type { MockSettings } from './mock-settings.js'
import { DEFAULT_JOB_DELAY_MS } from './background-jobs.js'
import {
  type FaultTable,
  indexOperations,
  resolveFaultSettings,
  type ServedOperations,
} from './resolve-fault-settings.js'

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
  constructor(
    settings: MockSettings = {},
    random: () => number = Math.random,
    apis?: readonly Pick<ApiSpec, 'id' | 'operationsById'>[],
  ) {
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
    const { latency, errorRate, networkErrorRate } =
      (operationId !== undefined && scope.operations.get(operationId)) || scope.defaults
    const delayMs =
      latency === undefined
        ? 0
        : typeof latency === 'number'
          ? latency
          : latency[0] + this.#random() * (latency[1] - latency[0])
    const roll = networkErrorRate > 0 || errorRate > 0 ? this.#random() : 1
    const fault: Fault =
      roll < networkErrorRate ? 'network-error' : roll < networkErrorRate + errorRate ? 'error' : 'none'
    return { delayMs, fault }
  }

  /** How long after answering a request to an API's operation (or one of its actions: no operation) its background work waits. */
  jobDelay(api: string, operationId?: string): number {
    const scope = this.#table.apis.get(api) ?? this.#table
    const resolved = (operationId !== undefined && scope.operations.get(operationId)) || scope.defaults
    return resolved.jobDelay ?? DEFAULT_JOB_DELAY_MS
  }
}

/** Reads a latency flag: `200` or `100-400`. */
export function parseLatency(text: string): number | [number, number] {
  const match = /^(\d+)(?:-(\d+))?$/.exec(text.trim())
  if (!match) throw new RangeError(`latency must be milliseconds (200) or a range (100-400), got "${text}"`)
  return match[2] === undefined ? Number(match[1]) : [Number(match[1]), Number(match[2])]
}
