import { assertSameMsw, type LocateMswCopies } from './assert-same-msw.js'
import type { OverrideContext } from './check-override.js'
import { GuardedOverride, guardOverride } from './guard-override.js'

/** What msw's setupServer and setupWorker share, and chatmock wraps. */
export interface HandlerMethods {
  use(...handlers: never[]): void
  resetHandlers(...handlers: never[]): void
  restoreHandlers(): void
  listHandlers(): ReadonlyArray<unknown>
}

/**
 * Makes every handler given to `use()` or `resetHandlers()` pass the msw-copy check and go behind
 * the drift guard, and lets `restoreHandlers()` reach the `once` overrides inside the guard.
 */
export function guardHandlerMethods(
  instance: HandlerMethods,
  name: string,
  context: OverrideContext,
  locate?: LocateMswCopies,
): void {
  const use = instance.use.bind(instance) as (...handlers: unknown[]) => void
  const resetHandlers = instance.resetHandlers.bind(instance) as (...handlers: unknown[]) => void
  const restoreHandlers = instance.restoreHandlers.bind(instance)
  const guard = (method: string, handlers: unknown[]) => {
    assertSameMsw(handlers, `${name}.${method}`, locate)
    return handlers.map((handler) => guardOverride(handler, context))
  }
  instance.use = (...handlers: unknown[]) => use(...guard('use', handlers))
  instance.resetHandlers = (...handlers: unknown[]) => resetHandlers(...guard('resetHandlers', handlers))
  instance.restoreHandlers = () => {
    restoreHandlers()
    for (const handler of instance.listHandlers())
      if (handler instanceof GuardedOverride) handler.override.isUsed = false
  }
}
