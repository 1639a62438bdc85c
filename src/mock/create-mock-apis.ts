import { createStores, type CreateStoresOptions, resolveApis, type Stores } from '../store/create-stores.js'
import { Coverage } from './coverage.js'
import { createMockApi, type MockApi } from './create-mock-api.js'
import { Faults, type MockSettings } from './faults.js'
import { Journal } from './journal.js'
import type { AllRegistered, ApiRef, OperationIdOf } from './types.js'
import type { ResponseViolationPolicy } from './violation-policy.js'

export interface MockApisOptions<Refs extends readonly ApiRef[] = AllRegistered> extends CreateStoresOptions<Refs> {
  onResponseViolation?: ResponseViolationPolicy
  /** How many exchanges the journal keeps (default 1,000). */
  journalSize?: number
  /** The mock's clock, for timestamps and the CSAT lock. */
  now?: () => Date
  /** Latency and faults to start with (changeable later through `faults.set()` or the admin API). */
  settings?: MockSettings<OperationIdOf<Refs[number]>>
  /** The random source of latency ranges and fault rates (default Math.random). */
  random?: () => number
}

export interface MockApis<Refs extends readonly ApiRef[] = AllRegistered> extends Stores<Refs> {
  apis: MockApi[]
  journal: Journal
  coverage: Coverage
  faults: Faults
}

/** Every chosen API's mock on shared stores and one journal: what each runtime is a shell around. */
export async function createMockApis<const Refs extends readonly ApiRef[] = AllRegistered>(options: MockApisOptions<Refs> = {}): Promise<MockApis<Refs>> {
  const chosen = resolveApis(options.apis)
  const stores = await createStores({ ...options, apis: chosen } as CreateStoresOptions<readonly ApiRef[]>)
  const journal = new Journal(options.journalSize)
  const coverage = new Coverage()
  const faults = new Faults(options.settings, options.random, chosen.flatMap((api) => api.operations.map((operation) => operation.operationId)))
  const byId = stores.stores as Record<string, unknown>
  const apis = chosen.map((api) => createMockApi(api, { store: byId[api.id], journal, coverage, faults, onResponseViolation: options.onResponseViolation, now: options.now }))
  return { ...(stores as unknown as Stores<Refs>), apis, journal, coverage, faults }
}
