/**
 * chatmock: stateful mocks and contract tests for four chat APIs, from hand-written OpenAPI 3.1
 * specs. This entry point is runtime-neutral (Node and the browser).
 * @module
 */

// Specs
export { apiIds, getApi, isApiId } from './spec/registry.js'
export { getOperations } from './spec/get-operations.js'
export { toMswPath } from './spec/to-msw-path.js'

// Errors
export { ChatmockError, isChatmockError } from './errors/chatmock-error.js'
export { SpecError } from './errors/spec-error.js'
export { ErrorCodes } from './errors/error-codes.js'

export type { ApiId, ApiSpec, ErrorStyle, HttpMethod, Operation } from './spec/types.js'
export type { ErrorCode } from './errors/error-codes.js'
