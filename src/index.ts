/**
 * chatmock: stateful mocks and contract tests for four chat APIs, from hand-written OpenAPI 3.1
 * specs. This entry point is runtime-neutral (Node and the browser).
 * @module
 */

// Specs
export { apiIds, getApi, isApiId } from './spec/registry.js'
export { getOperations } from './spec/get-operations.js'
export { toMswPath } from './spec/to-msw-path.js'

// Contract
export { contract } from './contract/contract.js'
export { getOperation } from './contract/get-contract.js'
export { validateRequest } from './contract/validate-request.js'
export { validateResponse } from './contract/validate-response.js'
export { renderError, renderRequestFailure } from './contract/render-error.js'

// Errors
export { ChatmockError, isChatmockError } from './errors/chatmock-error.js'
export { ContractError } from './errors/contract-error.js'
export { SpecError } from './errors/spec-error.js'
export { ErrorCodes } from './errors/error-codes.js'

export type { ApiId, ApiSpec, ErrorStyle, HttpMethod, Operation } from './spec/types.js'
export type { ApiContract } from './contract/contract.js'
export type { ValidateRequestOptions } from './contract/validate-request.js'
export type {
  Credential,
  InvalidRequest,
  Issue,
  IssueLocation,
  PlainResponse,
  RequestFailureReason,
  RequestInput,
  RequestValidationResult,
  ResponseInput,
  ResponseValidationResult,
  ValidRequest,
} from './contract/types.js'
export type { ErrorCode } from './errors/error-codes.js'
