import { createStores, type CreateStoresOptions, resolveApis, type Stores } from '../store/create-stores.js'
import { describeEvalBlocked } from '../contract/get-contract.js'
import { ErrorCodes } from '../errors/error-codes.js'
import { SpecError } from '../errors/spec-error.js'
import { Coverage } from './coverage.js'
import { createMockApi, type MockApi } from './create-mock-api.js'
import { Faults, type MockSettings } from './faults.js'
import { Journal } from './journal.js'
import { Quotas, type QuotaSettingsByApi } from './quotas.js'
import type { AllRegistered, Api, ApiRef, IdOf, OperationIdOf } from './types.js'
import type { ResponseViolationPolicy } from './violation-policy.js'

export interface MockApisOptions<Refs extends readonly ApiRef[] = AllRegistered> extends CreateStoresOptions<Refs> {
  onResponseViolation?: ResponseViolationPolicy
  /** How many exchanges the journal keeps (default 1,000). */
  journalSize?: number
  /** The mock's clock, for timestamps and the CSAT lock. */
  now?: () => Date
  /** Latency, faults and quotas to start with (changeable later through the admin API). */
  settings?: MockSettings<OperationIdOf<Refs[number]>, IdOf<Refs[number]>>
  /** The random source of latency ranges and fault rates (default Math.random). */
  random?: () => number
}

export interface MockApis<Refs extends readonly ApiRef[] = AllRegistered> extends Stores<Refs> {
  apis: MockApi[]
  journal: Journal
  coverage: Coverage
  faults: Faults
  quotas: Quotas
}

/**
 * An API without precompiled validators compiles them on first use, which needs code generation:
 * in a page whose Content-Security-Policy forbids 'unsafe-eval', say so at start, not at the first
 * request.
 */
function checkCodeGeneration(apis: readonly Api[]): void {
  const compiled = apis.find((api) => api.validators === undefined)
  if (!compiled) return
  try {
    new Function('return 0')()
  } catch (error) {
    if (error instanceof EvalError) throw new SpecError(ErrorCodes.UNSAFE_EVAL_BLOCKED, describeEvalBlocked(compiled.id), { cause: error })
    throw error
  }
}

/** Every chosen API's mock on shared stores and one journal: what each runtime is a shell around. */
export async function createMockApis<const Refs extends readonly ApiRef[] = AllRegistered>(options: MockApisOptions<Refs> = {}): Promise<MockApis<Refs>> {
  const chosen = resolveApis(options.apis)
  checkCodeGeneration(chosen)
  const stores = await createStores({ ...options, apis: chosen } as CreateStoresOptions<readonly ApiRef[]>)
  const journal = new Journal(options.journalSize)
  const coverage = new Coverage()
  const now = options.now ?? (() => new Date())
  const quotas: Quotas = new Quotas(chosen, now)
  quotas.validate(options.settings?.quota)
  const faults = new Faults(options.settings, options.random, chosen.flatMap((api) => api.operations.map((operation) => operation.operationId)))
  quotas.set(options.settings?.quota as QuotaSettingsByApi | undefined)
  const byId = stores.stores as Record<string, unknown>
  const apis = chosen.map((api) => createMockApi(api, { store: byId[api.id], journal, coverage, faults, quotas, onResponseViolation: options.onResponseViolation, now }))
  const reset = async (id?: string) => {
    await (stores.reset as (id?: string) => Promise<void>)(id)
    quotas.reset(id)
  }
  return { ...(stores as unknown as Stores<Refs>), reset, apis, journal, coverage, faults, quotas }
}
