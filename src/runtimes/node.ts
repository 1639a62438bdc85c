/**
 * The in-process runtime for Node: msw's `setupServer` with every chosen API's handlers.
 * @module
 */
import { setupServer, type SetupServer } from 'msw/node'
import { createMswRuntime, type MswRuntime, type MswRuntimeOptions } from './create-msw-runtime.js'

export type SetupChatmockOptions = MswRuntimeOptions

export interface Chatmock extends MswRuntime {
  /** msw's server: call `listen()`, `close()`, `use()` as usual; `use()` overrides are drift-guarded. */
  server: SetupServer
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
  const { instance, ...runtime } = await createMswRuntime(options, setupServer)
  return { server: instance, ...runtime }
}
