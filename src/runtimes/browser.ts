/**
 * The in-browser runtime: msw's `setupWorker` with the same handlers, stores and guard as Node.
 * @module
 */
import { setupWorker, type SetupWorker } from 'msw/browser'
import type { AllRegistered, ApiRef } from '../api/api.js'
import { createMswRuntime, type MswRuntime, type MswRuntimeOptions } from './msw/create-msw-runtime.js'

export type SetupChatmockWorkerOptions<Refs extends readonly ApiRef[] = AllRegistered> = MswRuntimeOptions<Refs>

export interface ChatmockWorker<Refs extends readonly ApiRef[] = AllRegistered> extends MswRuntime<Refs> {
  /** msw's worker: `await worker.start()` once the page loads; `use()` overrides are drift-guarded. */
  worker: SetupWorker
}

/**
 * Mocks the chosen APIs (every registered one by default) in the browser, through msw's service
 * worker. Serve `mockServiceWorker.js` from your public folder first (`chatmock init public`).
 *
 * @example
 * const chatmock = await setupChatmockWorker({ onResponseViolation: 'warn' })
 * await chatmock.worker.start({ onUnhandledRequest: 'bypass' })
 */
export async function setupChatmockWorker<const Refs extends readonly ApiRef[] = AllRegistered>(
  options: SetupChatmockWorkerOptions<Refs> = {},
): Promise<ChatmockWorker<Refs>> {
  const { instance, ...runtime } = await createMswRuntime(options, setupWorker, 'worker')
  return { worker: instance, ...runtime }
}
