import { parseLatency } from '../mock/behaviours/faults.js'
import type { FaultSettings, MockSettings } from '../mock/behaviours/mock-settings.js'
import { explainUnknownScope, indexOperations } from '../mock/behaviours/resolve-fault-settings.js'
import type { Api } from '../api/api.js'
import { UsageError } from './command.js'

/** The fault flags of `chatmock serve`, each repeatable, and the setting each one sets. */
const FAULT_FLAGS = { latency: 'latency', 'error-rate': 'errorRate', 'network-error-rate': 'networkErrorRate' } as const

export type FaultFlags = { [K in keyof typeof FAULT_FLAGS]?: string[] }

/**
 * Applies the fault flags over `base` (the `--settings` file's): `0.1` for every API, `<api>=0.1`
 * for one API, `<api>:<operationId>=0.1` for one of its operations; a later flag of the same
 * scope wins. A scope that names nothing served is a usage error naming what is.
 */
export function applyFaultFlags(base: MockSettings, flags: FaultFlags, apis: readonly Api[]): MockSettings {
  const settings = structuredClone(base)
  const served = indexOperations(apis)
  const given = new Map<string, FaultSettings>()
  for (const [flag, field] of Object.entries(FAULT_FLAGS) as Array<[keyof typeof FAULT_FLAGS, keyof FaultSettings]>) {
    for (const text of flags[flag] ?? []) {
      const { scope, apiId, operationId, value } = splitScope(flag, text)
      const unknown = apiId === undefined ? undefined : explainUnknownScope(served, apiId, operationId)
      if (unknown) throw new UsageError(`--${flag} ${text} names ${unknown.reason}`)
      const parsed = field === 'latency' ? readLatency(value) : readRate(`--${flag}`, value)
      Object.assign(locate(settings, apiId, operationId), { [field]: parsed })
      given.set(scope, { ...given.get(scope), [field]: parsed })
    }
  }
  for (const [scope, { errorRate = 0, networkErrorRate = 0 }] of given) {
    if (errorRate + networkErrorRate > 1)
      throw new UsageError(`--error-rate and --network-error-rate add up to more than 1${scope ? ` for ${scope}` : ''}`)
  }
  return settings
}

function splitScope(
  flag: string,
  text: string,
): { scope: string; apiId?: string; operationId?: string; value: string } {
  const at = text.indexOf('=')
  if (at === -1) return { scope: '', value: text }
  const scope = text.slice(0, at)
  const [apiId, operationId, ...rest] = scope.split(':')
  if (!apiId || operationId === '' || rest.length > 0)
    throw new UsageError(
      `--${flag} ${text}: a scope is an API (<api>=…) or one of its operations (<api>:<operationId>=…)`,
    )
  return { scope, apiId, operationId, value: text.slice(at + 1) }
}

/** The object a flag's scope sets fields on, made where the settings have none yet. */
function locate(settings: MockSettings, apiId: string | undefined, operationId: string | undefined): FaultSettings {
  if (apiId === undefined) return settings
  const apis = (settings.apis ??= {}) as Record<string, NonNullable<MockSettings['apis']>[string]>
  const api = (apis[apiId] ??= {})
  if (operationId === undefined) return api
  const operations = (api.operations ??= {}) as Record<string, FaultSettings>
  return (operations[operationId] ??= {})
}

function readLatency(text: string): number | [number, number] {
  try {
    return parseLatency(text)
  } catch (error) {
    throw new UsageError(`--${(error as Error).message}`)
  }
}

function readRate(flag: string, text: string): number {
  const rate = Number(text)
  if (text.trim() === '' || !(rate >= 0 && rate <= 1))
    throw new UsageError(`${flag} must be a number from 0 to 1 (got "${text}")`)
  return rate
}
