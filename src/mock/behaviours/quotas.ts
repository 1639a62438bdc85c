import { ErrorCodes } from '../../errors/error-codes.js'
import { SpecError } from '../../errors/spec-error.js'
import type { ApiSpec, QuotaDeclaration } from '../../api/spec.js'

/** A quota of one scope (one workspace): so many requests per window. */
export interface QuotaSettings {
  limit: number
  resetsInSeconds: number
}

/** Quotas per API id, then per scope value (the value of the path parameter the spec names). */
export type QuotaSettingsByApi = Record<string, Record<string, QuotaSettings>>

/** What counting one request gave: the headers to send, and whether the quota was already spent (then the request is refused). */
export interface QuotaCharge {
  headers: Record<string, string>
  exceeded: boolean
}

interface Counter {
  remaining: number
  windowEndsAt: number
}

/**
 * Request quotas of the APIs whose spec declares one (`x-chatmock-quota`): while a scope (say,
 * workspace 1) has a quota, every request that reaches one of the API's operations in that scope
 * counts down and carries the quota's headers, and a request past the limit gets the declared
 * status (402 for Toggl) until the window resets. Without a quota nothing is counted or sent.
 */
export class Quotas {
  readonly #apis: ReadonlyMap<string, ApiSpec>
  readonly #now: () => Date
  #settings: QuotaSettingsByApi = {}
  readonly #counters = new Map<string, Counter>()

  constructor(apis: readonly ApiSpec[], now: () => Date) {
    this.#apis = new Map(apis.filter((api) => api.quota).map((api) => [api.id, api]))
    this.#now = now
  }

  get settings(): QuotaSettingsByApi {
    return structuredClone(this.#settings)
  }

  /** Throws a SpecError naming an API without a quota, a RangeError naming a bad value. */
  validate(settings: unknown): asserts settings is QuotaSettingsByApi | undefined {
    if (settings === undefined) return
    if (!isRecord(settings)) throw new RangeError('settings.quota must be an object keyed by API id')
    for (const [id, scopes] of Object.entries(settings)) {
      if (!this.#apis.has(id)) {
        throw new SpecError(
          ErrorCodes.UNKNOWN_API,
          `settings.quota names "${id}", which is not served here or declares no quota; the APIs with a quota are ${[...this.#apis.keys()].join(', ') || 'none'}.`,
        )
      }
      if (!isRecord(scopes))
        throw new RangeError(`settings.quota.${id} must be an object keyed by ${this.#apis.get(id)!.quota!.scope}`)
      for (const [scope, quota] of Object.entries(scopes)) {
        const where = `settings.quota.${id}.${scope}`
        if (!isRecord(quota) || Object.keys(quota).some((key) => key !== 'limit' && key !== 'resetsInSeconds'))
          throw new RangeError(`${where} must be { limit, resetsInSeconds }`)
        if (!Number.isSafeInteger(quota.limit) || (quota.limit as number) < 0)
          throw new RangeError(`${where}.limit must be an integer >= 0, got ${JSON.stringify(quota.limit)}`)
        if (!Number.isSafeInteger(quota.resetsInSeconds) || (quota.resetsInSeconds as number) < 1)
          throw new RangeError(
            `${where}.resetsInSeconds must be an integer >= 1, got ${JSON.stringify(quota.resetsInSeconds)}`,
          )
      }
    }
  }

  /** Replaces the quotas; every counter starts full, with a window from now. */
  set(settings: QuotaSettingsByApi | undefined): void {
    this.validate(settings)
    this.#settings = structuredClone(settings ?? {})
    this.#counters.clear()
  }

  /** Fills every counter (of one API, or all) again; the quotas stay. */
  reset(api?: string): void {
    for (const key of [...this.#counters.keys()])
      if (api === undefined || key.startsWith(`${api}\u0000`)) this.#counters.delete(key)
  }

  /** Counts one request to an operation of the API: undefined when no quota applies. */
  charge(api: ApiSpec, pathParams: Readonly<Record<string, string>>): QuotaCharge | undefined {
    const declaration = api.quota
    const scope = declaration && pathParams[declaration.scope]
    const quota = scope === undefined ? undefined : this.#settings[api.id]?.[scope]
    if (!declaration || !quota) return undefined
    const key = `${api.id}\u0000${scope}`
    const now = this.#now().getTime()
    const period = quota.resetsInSeconds * 1000
    let counter = this.#counters.get(key)
    if (!counter) this.#counters.set(key, (counter = { remaining: quota.limit, windowEndsAt: now + period }))
    if (now >= counter.windowEndsAt) {
      counter.remaining = quota.limit
      counter.windowEndsAt += Math.ceil((now - counter.windowEndsAt + 1) / period) * period
    }
    const exceeded = counter.remaining === 0
    if (!exceeded) counter.remaining--
    return {
      exceeded,
      headers: quotaHeaders(declaration, counter.remaining, Math.ceil((counter.windowEndsAt - now) / 1000)),
    }
  }
}

function quotaHeaders(declaration: QuotaDeclaration, remaining: number, resetsIn: number): Record<string, string> {
  return {
    [declaration.remainingHeader.toLowerCase()]: String(remaining),
    [declaration.resetsInHeader.toLowerCase()]: String(resetsIn),
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}
