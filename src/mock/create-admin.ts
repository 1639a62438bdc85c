import type { CoverageReport } from './behaviours/coverage.js'
import type { MockStore } from '../api/api.js'
import type { MockApis } from './create-mock-apis.js'
import type { MockSettings, OperationIdsByApi } from './behaviours/mock-settings.js'
import type { JournalEntry } from './behaviours/journal.js'
import { ChatmockError } from '../errors/chatmock-error.js'
import { ErrorCodes } from '../errors/error-codes.js'
import { checkCoverage } from './behaviours/check-coverage.js'
import { SpecError } from '../errors/spec-error.js'

/**
 * What the admin API offers, in-process as functions and on the server under `/__chatmock`.
 * `Id`: the served APIs' ids; `Ops`: each one's operation ids, by API id (see OperationIdsByApiOf).
 */
export interface Admin<Id extends string = string, Ops extends OperationIdsByApi = Record<Id, string>> {
  /** Restores every store, or one API's, to its fixtures. */
  reset(api?: Id): Promise<void>
  /** The last `limit` exchanges (all kept ones by default), oldest first, with their violations. */
  journal(limit?: number): { total: number; capacity: number; entries: JournalEntry[] }
  clearJournal(): void
  /** Which operations and declared statuses were exercised so far (of all served APIs, or some). */
  coverage(apis?: readonly Id[]): CoverageReport
  /** Throws COVERAGE_BELOW_MINIMUM, listing what was not exercised, when coverage is below `minPercent`. */
  assertCoverage(minPercent: number, apis?: readonly Id[]): CoverageReport
  clearCoverage(): void
  /** Latency, faults, quotas and scripted replies. */
  settings(): MockSettings<Ops>
  /**
   * Replaces the latency, fault, quota and scripted-reply settings, all or nothing; throws a
   * RangeError naming an invalid value, a SpecError naming an unknown API, operation, event or action.
   */
  updateSettings(settings: MockSettings<Ops>): void
  /**
   * Does what the other side of a conversation does (an agent answers, a colleague posts): one of
   * the API's actions, by name, through the same store the HTTP operations use. Resolves to what it
   * made or changed.
   */
  act(api: Id, action: string, input?: unknown): Promise<unknown>
  /** The actions of every served API, with what each does and its input's schema. */
  actions(): Record<string, Record<string, { summary: string; input: object }>>
  /**
   * What an API's store holds now, as its fixtures are written (a copy): the built-ins' tables, or
   * the records of a user document's resources (every top-level collection, and the scopes used
   * so far). Rejects with UNKNOWN_API for an API not served here, or one that keeps no state (a
   * stateless document).
   */
  state(api: Id): Promise<unknown>
}

/** What the admin functions work on: the mocks of a runtime. */
export type AdminSource = Pick<MockApis, 'apis' | 'journal' | 'coverage' | 'settings' | 'act'> & {
  reset(api?: string): Promise<void>
}

export function createAdmin(mock: AdminSource): Admin {
  const specs = mock.apis.map((mockApi) => mockApi.api)
  const chooseSpecs = (apis?: readonly string[]) => {
    if (!apis) return specs
    const unknown = apis.find((id) => !specs.some((spec) => spec.id === id))
    if (unknown !== undefined)
      throw new SpecError(
        ErrorCodes.UNKNOWN_API,
        `"${unknown}" is not served here; served: ${specs.map((spec) => spec.id).join(', ')}`,
      )
    return specs.filter((spec) => apis.includes(spec.id))
  }
  return {
    async reset(api) {
      if (api !== undefined) chooseSpecs([api])
      await mock.reset(api)
    },
    journal: (limit) => ({
      total: mock.journal.total,
      capacity: mock.journal.capacity,
      entries: mock.journal.entries(limit),
    }),
    clearJournal: () => mock.journal.clear(),
    coverage: (apis) => mock.coverage.report(chooseSpecs(apis)),
    assertCoverage(minPercent, apis) {
      const report = mock.coverage.report(chooseSpecs(apis))
      const { passed, message } = checkCoverage(report, minPercent)
      if (!passed) throw new ChatmockError(ErrorCodes.COVERAGE_BELOW_MINIMUM, message)
      return report
    },
    clearCoverage: () => mock.coverage.clear(),
    settings: () => mock.settings.get(),
    updateSettings: (settings) => mock.settings.set(settings as MockSettings),
    act: (api, action, input) => mock.act(api, action, input),
    async state(api) {
      chooseSpecs([api])
      const store = mock.apis.find((mockApi) => mockApi.api.id === api)!.store as
        (Partial<MockStore> & { open?(): Promise<void> }) | undefined
      if (typeof store?.snapshot !== 'function')
        throw new SpecError(
          ErrorCodes.UNKNOWN_API,
          `"${api}" keeps no state: it answers every operation from its document (stateless, or no resource was inferred)`,
        )
      // A user document's collections are seeded when first used: what it holds includes those not used yet.
      await store.open?.()
      return store.snapshot()
    },
    actions: () =>
      Object.fromEntries(
        mock.apis
          .filter(({ api }) => api.declaredActions)
          .map(({ api }) => [api.id, structuredClone(api.declaredActions!)]),
      ),
  }
}
