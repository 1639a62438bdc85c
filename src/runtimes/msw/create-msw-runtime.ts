import type { HttpHandler, WebSocketHandler } from 'msw'
import { toMswCableHandlers } from './to-msw-cable-handlers.js'
import { type Admin, createAdmin } from '../../mock/create-admin.js'
import { createMockApis, type MockApisOptions } from '../../mock/create-mock-apis.js'
import type { LocateMswCopies } from './assert-same-msw.js'
import type { Journal } from '../../mock/behaviours/journal.js'
import { type Violation, violationLog } from '../../mock/violation-log.js'
import { toMswHandlers } from './to-msw-handlers.js'
import type { AllRegistered, ApiRef, FixturesByApiOf, IdOf, OperationIdsByApiOf, StoresOf } from '../../api/api.js'
import { guardHandlerMethods, type HandlerMethods } from './guard-handler-methods.js'

export interface MswRuntimeOptions<Refs extends readonly ApiRef[] = AllRegistered> extends MockApisOptions<Refs> {
  /** More base URLs to intercept per API id, besides its documented server URL. */
  baseUrls?: { [K in IdOf<Refs[number]>]?: readonly string[] }
}

/** What the Node and browser helpers have in common. */
export interface MswRuntime<Refs extends readonly ApiRef[] = AllRegistered> {
  stores: StoresOf<Refs>
  fixtures: FixturesByApiOf<Refs>
  journal: Journal
  /** Restores every store (or one API's) to its fixtures. */
  reset(api?: IdOf<Refs[number]>): Promise<void>
  /** Reset, journal, coverage, latency and faults: the admin API as functions. */
  admin: Admin<IdOf<Refs[number]>, OperationIdsByApiOf<Refs>>
  /**
   * The responses that broke their spec and failed their request (policy `'error'`) since the last
   * call of `clearViolations()`. `chatmock/vitest` and `chatmock/jest` fail the test that caused
   * them by themselves; with another runner, assert that this is empty after each test.
   */
  violations(): Violation[]
  clearViolations(): void
}

/**
 * Builds the mocks and hands their msw handlers to `setup` (msw's setupServer or setupWorker,
 * `name`d as the user knows it); the instance's `use()` and `resetHandlers()` are wrapped so that
 * per-test overrides pass the drift guard too, and a handler of another copy of msw is refused.
 */
export async function createMswRuntime<const Refs extends readonly ApiRef[], S extends HandlerMethods>(
  options: MswRuntimeOptions<Refs>,
  setup: (...handlers: Array<HttpHandler | WebSocketHandler>) => S,
  name: string,
  locate?: LocateMswCopies,
): Promise<MswRuntime<Refs> & { instance: S }> {
  const runtime = Symbol('chatmock runtime')
  const mock = await createMockApis({ ...options, runtime })
  const extra = (options.baseUrls ?? {}) as Record<string, readonly string[] | undefined>
  const baseUrls = (mockApi: { api: { id: string } }) => extra[mockApi.api.id] ?? []
  const instance = setup(
    ...mock.apis.flatMap((mockApi) => toMswHandlers(mockApi, baseUrls(mockApi), runtime)),
    ...toMswCableHandlers(mock),
  )
  guardHandlerMethods(
    instance,
    name,
    { apis: mock.apis, policy: options.onResponseViolation ?? 'error', baseUrls, runtime },
    locate,
  )
  cancelJobsOnClose(instance, () => mock.jobs.cancel())
  return {
    instance,
    stores: mock.stores,
    fixtures: mock.fixtures,
    journal: mock.journal,
    reset: mock.reset,
    admin: createAdmin(mock as never) as MswRuntime<Refs>['admin'],
    violations: () => violationLog.list(runtime),
    clearViolations: () => void violationLog.take(runtime),
  }
}

/** Closing the runtime (setupServer's `close`, setupWorker's `stop`) drops the background work still due. */
function cancelJobsOnClose(instance: object, cancel: () => void): void {
  const methods = instance as Record<string, unknown>
  for (const name of ['close', 'stop']) {
    const original = methods[name]
    if (typeof original !== 'function') continue
    methods[name] = (...args: unknown[]) => {
      cancel()
      return original.apply(instance, args)
    }
  }
}
