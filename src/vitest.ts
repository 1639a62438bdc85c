/**
 * Vitest integration. Import once (for example in a setup file):
 * - `toMatchContract` checks a response or request against its operation;
 * - after each test, every response that broke its spec during the test (and so failed its
 *   request) fails the test, even when the code under test swallowed the error.
 *
 * @example
 * import 'chatmock/vitest'
 * await expect(await fetch(url)).toMatchContract('<api id>', '<operationId>')
 * @module
 */
import { afterEach, beforeEach, expect } from 'vitest'
import './builtin-apis.js'
import type { ContractMatchers } from './contract/match-contract.js'
import { registerTestHooks } from './runtimes/register-test-hooks.js'

// `void` as in the global `jest.Matchers<void, T>` that vitest's assertions extend too (chatmock/jest adds it there).
declare module 'vitest' {
  interface Assertion<T = any> extends ContractMatchers<void> {}
  interface AsymmetricMatchersContaining extends ContractMatchers<unknown> {}
}

registerTestHooks({ expect, beforeEach, afterEach })
