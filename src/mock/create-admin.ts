import type { CoverageReport } from './coverage.js'
import type { MockApis } from './create-mock-apis.js'
import type { MockSettings } from './faults.js'
import type { JournalEntry } from './journal.js'
import { isApiId } from '../spec/registry.js'
import type { ApiId } from '../spec/types.js'

/** What the admin API offers, in-process as functions and on the server under `/__chatmock`. */
export interface Admin {
  /** Restores every store, or one API's, to its fixtures. */
  reset(api?: ApiId): Promise<void>
  /** The last `limit` exchanges (all kept ones by default), oldest first, with their violations. */
  journal(limit?: number): { total: number; capacity: number; entries: JournalEntry[] }
  clearJournal(): void
  /** Which operations and declared statuses were exercised so far. */
  coverage(): CoverageReport
  clearCoverage(): void
  settings(): MockSettings
  /** Replaces the latency and fault settings; throws a RangeError naming an invalid value. */
  updateSettings(settings: MockSettings): void
}

export function createAdmin(mock: MockApis): Admin {
  const specs = mock.apis.map((mockApi) => mockApi.api)
  return {
    async reset(api) {
      if (api !== undefined && (!isApiId(api) || !specs.some((spec) => spec.id === api))) throw new RangeError(`"${api}" is not served here; served: ${specs.map((spec) => spec.id).join(', ')}`)
      await mock.reset(api)
    },
    journal: (limit) => ({ total: mock.journal.total, capacity: mock.journal.capacity, entries: mock.journal.entries(limit) }),
    clearJournal: () => mock.journal.clear(),
    coverage: () => mock.coverage.report(specs),
    clearCoverage: () => mock.coverage.clear(),
    settings: () => mock.faults.settings,
    updateSettings: (settings) => mock.faults.set(settings),
  }
}
