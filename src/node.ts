/**
 * `chatmock/node`: the in-process runtime for Node test suites, and what needs a file system.
 * @module
 */
import './builtin-apis.js'

export { setupChatmock } from './runtimes/node.js'
export { loadFixturesFile } from './store/load-fixtures-file.js'
export { loadSpec } from './openapi/load-spec.js'
export { loadApi } from './mock/load-api.js'

export type { Chatmock, SetupChatmockOptions } from './runtimes/node.js'
export type { LoadApiOptions } from './mock/load-api.js'
