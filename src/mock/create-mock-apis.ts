import { resolversByApi } from '../../handlers/index.js'
import { apiIds } from '../spec/registry.js'
import { createStores, type CreateStoresOptions, type Stores } from '../store/create-stores.js'
import { Coverage } from './coverage.js'
import { createMockApi, type MockApi } from './create-mock-api.js'
import { Faults, type MockSettings } from './faults.js'
import { Journal } from './journal.js'
import type { ResponseViolationPolicy } from './violation-policy.js'

export interface MockApisOptions extends CreateStoresOptions {
  onResponseViolation?: ResponseViolationPolicy
  /** How many exchanges the journal keeps (default 1,000). */
  journalSize?: number
  /** The mock's clock, for timestamps and the CSAT lock. */
  now?: () => Date
  /** Latency and faults to start with (changeable later through `faults.set()` or the admin API). */
  settings?: MockSettings
  /** The random source of latency ranges and fault rates (default Math.random). */
  random?: () => number
}

export interface MockApis extends Stores {
  apis: MockApi[]
  journal: Journal
  coverage: Coverage
  faults: Faults
}

/** Every chosen API's mock on shared stores and one journal: what each runtime is a shell around. */
export async function createMockApis(options: MockApisOptions = {}): Promise<MockApis> {
  const chosen = options.apis ?? apiIds
  const stores = await createStores({ ...options, apis: chosen })
  const journal = new Journal(options.journalSize)
  const coverage = new Coverage()
  const faults = new Faults(options.settings, options.random)
  const apis = chosen.map((id) =>
    createMockApi(resolversByApi[id] as never, { store: stores.stores[id] as never, journal, coverage, faults, onResponseViolation: options.onResponseViolation, now: options.now }),
  )
  return { ...stores, apis, journal, coverage, faults }
}
