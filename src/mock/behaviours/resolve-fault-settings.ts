import { type ErrorCode, ErrorCodes } from '../../errors/error-codes.js'
import { SpecError } from '../../errors/spec-error.js'
import type { ApiSpec } from '../../api/spec.js'
import type { FaultSettings, MockSettings } from './mock-settings.js'

/** The served APIs' operations (each API's `operationsById`), by API id. */
export type ServedOperations = ReadonlyMap<string, ReadonlyMap<string, unknown>>

/** Latency and rates with every fallback applied: what a request draws from. */
interface ResolvedFaults {
  latency: number | [number, number] | undefined
  errorRate: number
  networkErrorRate: number
  jobDelay: number | undefined
}

/** What a request draws from: the defaults, and the operations that have settings of their own. */
interface FaultScope {
  defaults: ResolvedFaults
  operations: Map<string, ResolvedFaults>
}

/**
 * The settings resolved once when they are set, so that a request's draw is two map lookups: the
 * scope of each API with settings of its own, and for the others the global defaults and the bare
 * `operations` entries.
 */
export interface FaultTable extends FaultScope {
  apis: Map<string, FaultScope>
}

const FAULT_FIELDS = ['latency', 'errorRate', 'networkErrorRate', 'jobDelay']
const API_FIELDS = [...FAULT_FIELDS, 'operations']
const TOP_FIELDS = [...FAULT_FIELDS, 'operations', 'apis', 'quota', 'replies']

export function indexOperations(apis: readonly Pick<ApiSpec, 'id' | 'operationsById'>[]): ServedOperations {
  return new Map(apis.map((api) => [api.id, api.operationsById]))
}

/**
 * Checks latency and fault settings and resolves, for every API and operation they name, each
 * field from the most specific setting that has it (see MockSettings). With `served`, a name that
 * no served API has, or a bare operation id that more than one has, is a SpecError.
 */
export function resolveFaultSettings(settings: MockSettings, served?: ServedOperations): FaultTable {
  checkFields(settings, 'settings', TOP_FIELDS)
  const bare = readOperations(settings.operations, 'settings.operations')
  const owners = new Map([...bare.keys()].map((operationId) => [operationId, served && findOwner(operationId, served)]))
  const table: FaultTable = { defaults: merge('settings', [settings]), apis: new Map(), operations: new Map() }
  for (const [operationId, own] of bare)
    table.operations.set(operationId, merge(`settings.operations.${operationId}`, [own, settings]))
  for (const [id, api] of readApis(settings.apis, served)) {
    const where = `settings.apis.${id}`
    const own = readOperations(api.operations, `${where}.operations`)
    const operations = new Map<string, ResolvedFaults>()
    for (const [operationId, rates] of own)
      operations.set(
        operationId,
        merge(`${where}.operations.${operationId}`, [rates, bare.get(operationId), api, settings]),
      )
    for (const [operationId, rates] of bare) {
      if (!own.has(operationId) && (owners.get(operationId) ?? id) === id)
        operations.set(operationId, merge(`settings.operations.${operationId}`, [rates, api, settings]))
    }
    table.apis.set(id, { defaults: merge(where, [api, settings]), operations })
  }
  return table
}

/**
 * Why an API id, or an operation id of that API, names nothing served: the end of a sentence that
 * starts "… names ", or undefined when it is served.
 */
export function explainUnknownScope(
  served: ServedOperations,
  apiId: string,
  operationId?: string,
): { code: ErrorCode; reason: string } | undefined {
  const operations = served.get(apiId)
  if (!operations)
    return {
      code: ErrorCodes.UNKNOWN_API,
      reason: `"${apiId}", which is not served here; served: ${[...served.keys()].join(', ')}`,
    }
  if (operationId === undefined || operations.has(operationId)) return undefined
  const elsewhere = [...served].filter(([, others]) => others.has(operationId)).map(([id]) => id)
  return {
    code: ErrorCodes.UNKNOWN_OPERATION,
    reason: `"${operationId}", which ${apiId} does not have${elsewhere.length > 0 ? ` (${elsewhere.join(' and ')} does)` : ''}; the operations of ${apiId} are ${[...operations.keys()].join(', ')}`,
  }
}

function readApis(apis: unknown, served: ServedOperations | undefined): Map<string, MockSettings> {
  if (apis === undefined) return new Map()
  if (!isRecord(apis)) throw new RangeError('settings.apis must be an object keyed by API id')
  for (const [id, api] of Object.entries(apis)) {
    const unknown = served && explainUnknownScope(served, id)
    if (unknown) throw new SpecError(unknown.code, `settings.apis names ${unknown.reason}.`)
    checkFields(api, `settings.apis.${id}`, API_FIELDS)
    for (const operationId of readOperations(
      (api as MockSettings).operations,
      `settings.apis.${id}.operations`,
    ).keys()) {
      const missing = served && explainUnknownScope(served, id, operationId)
      if (missing) throw new SpecError(missing.code, `settings.apis.${id}.operations names ${missing.reason}.`)
    }
  }
  return new Map(Object.entries(apis as Record<string, MockSettings>))
}

function readOperations(operations: unknown, where: string): Map<string, FaultSettings> {
  if (operations === undefined) return new Map()
  if (!isRecord(operations)) throw new RangeError(`${where} must be an object keyed by operation id`)
  for (const [operationId, rates] of Object.entries(operations))
    checkFields(rates, `${where}.${operationId}`, FAULT_FIELDS)
  return new Map(Object.entries(operations as Record<string, FaultSettings>))
}

/** The one served API that has the operation; throws when none or several have it. */
function findOwner(operationId: string, served: ServedOperations): string {
  const owners = [...served].filter(([, operations]) => operations.has(operationId)).map(([id]) => id)
  if (owners.length === 0) {
    const all = new Set([...served.values()].flatMap((operations) => [...operations.keys()]))
    throw new SpecError(
      ErrorCodes.UNKNOWN_OPERATION,
      `settings.operations names an unknown operation "${operationId}"; the operations served are ${[...all].join(', ')}.`,
    )
  }
  if (owners.length > 1) {
    const candidates = owners.map((id) => `apis.${id}.operations.${operationId}`)
    throw new SpecError(
      ErrorCodes.AMBIGUOUS_OPERATION,
      `settings.operations names "${operationId}", which more than one served API has (${owners.join(', ')}); name one: ${candidates.join(', ')}.`,
    )
  }
  return owners[0]!
}

/** Each field from the first level that has it; the rates must leave room for each other. */
function merge(where: string, levels: ReadonlyArray<FaultSettings | undefined>): ResolvedFaults {
  const pick = <K extends keyof FaultSettings>(key: K): FaultSettings[K] =>
    levels.find((level) => level?.[key] !== undefined)?.[key]
  const latency = pick('latency')
  const errorRate = pick('errorRate') ?? 0
  const networkErrorRate = pick('networkErrorRate') ?? 0
  if (errorRate + networkErrorRate > 1) {
    const inherited = levels[0]?.errorRate === undefined || levels[0]?.networkErrorRate === undefined
    throw new RangeError(
      `${where}: errorRate and networkErrorRate add up to more than 1 (${errorRate} + ${networkErrorRate}${inherited ? ', counting what it inherits' : ''})`,
    )
  }
  return {
    latency: Array.isArray(latency) ? [latency[0], latency[1]] : latency,
    errorRate,
    networkErrorRate,
    jobDelay: pick('jobDelay'),
  }
}

function checkFields(settings: unknown, where: string, allowed: readonly string[]): void {
  if (!isRecord(settings)) throw new RangeError(`${where} must be an object`)
  const unknown = Object.keys(settings).find((key) => !allowed.includes(key))
  if (unknown !== undefined)
    throw new RangeError(`${where} has an unknown field "${unknown}"; expected ${allowed.join(', ')}`)
  const { latency, errorRate, networkErrorRate, jobDelay } = settings as FaultSettings
  if (jobDelay !== undefined && !(typeof jobDelay === 'number' && jobDelay >= 0 && Number.isFinite(jobDelay)))
    throw new RangeError(`${where}.jobDelay must be milliseconds >= 0, got ${JSON.stringify(jobDelay)}`)
  if (latency !== undefined) {
    const valid =
      typeof latency === 'number'
        ? latency >= 0 && Number.isFinite(latency)
        : Array.isArray(latency) &&
          latency.length === 2 &&
          latency.every((value) => typeof value === 'number' && value >= 0 && Number.isFinite(value)) &&
          latency[0] <= latency[1]
    if (!valid)
      throw new RangeError(
        `${where}.latency must be milliseconds >= 0 or [min, max] with min <= max, got ${JSON.stringify(latency)}`,
      )
  }
  for (const [name, rate] of [
    ['errorRate', errorRate],
    ['networkErrorRate', networkErrorRate],
  ] as const) {
    if (rate !== undefined && !(typeof rate === 'number' && rate >= 0 && rate <= 1))
      throw new RangeError(`${where}.${name} must be a number from 0 to 1, got ${JSON.stringify(rate)}`)
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}
