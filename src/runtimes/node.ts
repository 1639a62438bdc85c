/**
 * The in-process runtime for Node: msw's `setupServer` with every chosen API's handlers.
 * @module
 */
import { setupServer, type SetupServer } from 'msw/node'
import type { FixturesByApi } from '../../fixtures/index.js'
import { createMockApis, type MockApisOptions } from '../mock/create-mock-apis.js'
import { guardOverride } from '../mock/guard-override.js'
import type { Journal } from '../mock/journal.js'
import { toMswHandlers } from '../mock/to-msw-handlers.js'
import type { StoresByApi } from '../mock/types.js'
import type { ApiId } from '../spec/types.js'

export interface SetupChatmockOptions extends MockApisOptions {
  /** More base URLs to intercept per API, besides its documented server URL. */
  baseUrls?: Partial<Record<ApiId, readonly string[]>>
}

export interface Chatmock {
  /** msw's server: call `listen()`, `close()`, `use()` as usual; `use()` overrides are drift-guarded. */
  server: SetupServer
  stores: StoresByApi
  fixtures: FixturesByApi
  journal: Journal
  /** Restores every store (or one API's) to its fixtures. */
  reset(api?: ApiId): Promise<void>
}

/**
 * Mocks the chosen APIs (all four by default) in this process.
 *
 * @example
 * const chatmock = await setupChatmock()
 * beforeAll(() => chatmock.server.listen({ onUnhandledRequest: 'error' }))
 * afterEach(() => chatmock.reset())
 * afterAll(() => chatmock.server.close())
 */
export async function setupChatmock(options: SetupChatmockOptions = {}): Promise<Chatmock> {
  const mock = await createMockApis(options)
  const baseUrls = (mockApi: { api: { id: ApiId } }) => options.baseUrls?.[mockApi.api.id] ?? []
  const server = setupServer(...mock.apis.flatMap((mockApi) => toMswHandlers(mockApi, baseUrls(mockApi))))
  const use = server.use.bind(server)
  server.use = (...handlers) => use(...handlers.map((handler) => guardOverride(handler, mock.apis, options.onResponseViolation ?? 'error', baseUrls)))
  return { server, stores: mock.stores, fixtures: mock.fixtures, journal: mock.journal, reset: mock.reset }
}
