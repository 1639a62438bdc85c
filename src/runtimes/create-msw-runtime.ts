import type { HttpHandler } from 'msw'
import type { FixturesByApi } from '../../fixtures/index.js'
import { type Admin, createAdmin } from '../mock/create-admin.js'
import { createMockApis, type MockApisOptions } from '../mock/create-mock-apis.js'
import { guardOverride } from '../mock/guard-override.js'
import type { Journal } from '../mock/journal.js'
import { toMswHandlers } from '../mock/to-msw-handlers.js'
import type { StoresByApi } from '../mock/types.js'
import type { ApiId } from '../spec/types.js'

export interface MswRuntimeOptions extends MockApisOptions {
  /** More base URLs to intercept per API, besides its documented server URL. */
  baseUrls?: Partial<Record<ApiId, readonly string[]>>
}

/** What the Node and browser helpers have in common. */
export interface MswRuntime {
  stores: StoresByApi
  fixtures: FixturesByApi
  journal: Journal
  /** Restores every store (or one API's) to its fixtures. */
  reset(api?: ApiId): Promise<void>
  /** Reset, journal, coverage, latency and faults: the admin API as functions. */
  admin: Admin
}

/**
 * Builds the mocks and hands their msw handlers to `setup` (msw's setupServer or setupWorker);
 * the instance's `use()` is wrapped so that per-test overrides pass the drift guard too.
 */
export async function createMswRuntime<S extends { use(...handlers: never[]): void }>(options: MswRuntimeOptions, setup: (...handlers: HttpHandler[]) => S): Promise<MswRuntime & { instance: S }> {
  const mock = await createMockApis(options)
  const baseUrls = (mockApi: { api: { id: ApiId } }) => options.baseUrls?.[mockApi.api.id] ?? []
  const instance = setup(...mock.apis.flatMap((mockApi) => toMswHandlers(mockApi, baseUrls(mockApi))))
  const use = instance.use.bind(instance) as (...handlers: unknown[]) => void
  instance.use = ((...handlers: unknown[]) => use(...handlers.map((handler) => guardOverride(handler, mock.apis, options.onResponseViolation ?? 'error', baseUrls)))) as S['use']
  return { instance, stores: mock.stores, fixtures: mock.fixtures, journal: mock.journal, reset: mock.reset, admin: createAdmin(mock) }
}
