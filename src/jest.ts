/**
 * Jest integration (Jest 30). Name it in `setupFilesAfterEnv`:
 * - `toMatchContract` checks a response or request against its operation;
 * - after each test, every response that broke its spec during the test (and so failed its
 *   request) fails the test, even when the code under test swallowed the error.
 *
 * @example
 * // jest.config.mjs
 * export default { setupFilesAfterEnv: ['chatmock/jest'] }
 * // a test
 * await expect(await fetch(url)).toMatchContract('<api id>', '<operationId>')
 * @module
 */
import { afterEach, beforeEach, expect } from '@jest/globals'
import './builtin-apis.js'
import type { ContractMatchers } from './contract/match-contract.js'
import { registerTestHooks } from './runtimes/register-test-hooks.js'

// Jest's `expect` from '@jest/globals' (declared by the `expect` package), and the global one of @types/jest.
declare module 'expect' {
  interface Matchers<R extends void | Promise<void>, T = unknown> extends ContractMatchers<R> {}
}
declare global {
  namespace jest {
    interface Matchers<R, T = {}> extends ContractMatchers<R> {}
  }
}

registerTestHooks({ expect, beforeEach, afterEach })
