/**
 * The in-process runtime for Node: msw's `setupServer` with every chosen API's handlers.
 * @module
 */
import { setupServer, type SetupServer } from 'msw/node'
import type { AllRegistered, ApiRef } from '../api/api.js'
import { createMswRuntime, type MswRuntime, type MswRuntimeOptions } from './msw/create-msw-runtime.js'
import { locateMswCopies } from './msw/locate-msw-copies.js'

export type SetupChatmockOptions<Refs extends readonly ApiRef[] = AllRegistered> = MswRuntimeOptions<Refs>

export interface Chatmock<Refs extends readonly ApiRef[] = AllRegistered> extends MswRuntime<Refs> {
  /** msw's server: call `listen()`, `close()`, `use()` as usual; `use()` overrides are drift-guarded. */
  server: SetupServer
}

/**
 * Mocks the chosen APIs (every registered one by default) in this process.
 *
 * @example
 * const chatmock = await setupChatmock()
 * beforeAll(() => chatmock.server.listen({ onUnhandledRequest: 'error' }))
 * afterEach(() => chatmock.reset())
 * afterAll(() => chatmock.server.close())
 */
export async function setupChatmock<const Refs extends readonly ApiRef[] = AllRegistered>(
  options: SetupChatmockOptions<Refs> = {},
): Promise<Chatmock<Refs>> {
  const { instance, ...runtime } = await createMswRuntime(options, setupServer, 'server', locateMswCopies)
  return { server: instance, ...runtime }
}
