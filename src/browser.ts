/**
 * `chatmock/browser`: the fake backends in the browser, through msw's service worker.
 * @module
 */
import './builtin-apis.js'

export { setupChatmockWorker } from './runtimes/browser.js'

export type { ChatmockWorker, SetupChatmockWorkerOptions } from './runtimes/browser.js'
export type { Admin } from './mock/create-admin.js'
export type { ApiFaultSettings, MockSettings, FaultSettings } from './mock/behaviours/mock-settings.js'
