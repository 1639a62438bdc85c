/**
 * The in-browser runtime: msw's `setupWorker` with the same handlers, stores and guard as Node.
 * @module
 */
import { setupWorker, type SetupWorker } from 'msw/browser'
import { createMswRuntime, type MswRuntime, type MswRuntimeOptions } from './create-msw-runtime.js'

export type SetupChatmockWorkerOptions = MswRuntimeOptions

export interface ChatmockWorker extends MswRuntime {
  /** msw's worker: `await worker.start()` once the page loads; `use()` overrides are drift-guarded. */
  worker: SetupWorker
}

/**
 * Mocks the chosen APIs (all four by default) in the browser, through msw's service worker.
 * Serve `mockServiceWorker.js` from your public folder first (`chatmock init public`).
 *
 * @example
 * const chatmock = await setupChatmockWorker({ onResponseViolation: 'warn' })
 * await chatmock.worker.start({ onUnhandledRequest: 'bypass' })
 * await fetch('https://focus.toggl.com/api/workspaces/1/chats', { headers }) // answered by the mock
 */
export async function setupChatmockWorker(options: SetupChatmockWorkerOptions = {}): Promise<ChatmockWorker> {
  const { instance, ...runtime } = await createMswRuntime(options, setupWorker)
  return { worker: instance, ...runtime }
}
