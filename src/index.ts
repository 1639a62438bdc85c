/**
 * chatmock: stateful mocks and contract tests for four chat APIs, from hand-written OpenAPI 3.1
 * specs, and for any OpenAPI document you bring. This entry point is runtime-neutral (Node and the
 * browser) and loads no API: `chatmock/apis/<id>` exports each built-in one, and a call that waits
 * (`verify`, `setupChatmock`, `toMatchContract`) loads a built-in API it is given by id.
 * @module
 */
import './builtin-apis.js'

export { builtinApiIds } from '../handlers/index.js'
export { getApi } from './openapi/catalog.js'

// Contract
export { contract } from './contract/contract.js'
export { getOperation } from './contract/get-contract.js'
export { validateRequest } from './contract/validate-request.js'
export { validateResponse } from './contract/validate-response.js'
export { renderRequestFailure } from './contract/render-error.js'

// Mocks of your own
export { defineApi } from './mock/define-api.js'
export { defineResolvers } from './mock/define-resolvers.js'
export { defineHandlers } from './runtimes/msw/define-handlers.js'
export { empty, fail, json } from './mock/respond.js'

// Provider verification
export { verify } from './verify/verify.js'
export { formatReport } from './verify/format-report.js'
export { toJunit } from './verify/to-junit.js'

// Errors
export { ChatmockError, isChatmockError } from './errors/chatmock-error.js'
export { ContractError } from './errors/contract-error.js'
export { SpecError } from './errors/spec-error.js'
export { StoreError } from './errors/store-error.js'
export { ErrorCodes } from './errors/error-codes.js'

export type { ErrorStyle } from './api/error-style.js'
export type { BuiltinApiId } from '../handlers/index.js'
export type { ApiContract } from './contract/contract.js'
export type { RequestValidationResult, ResponseValidationResult } from './contract/types.js'
export type { Credential, FormFile, Issue, PlainResponse } from './api/exchange.js'
export type { ErrorCode } from './errors/error-codes.js'
export type { Api, ApiRef, OperationShape, RegisteredApis, Resolver, ResolverContext, Resolvers } from './api/api.js'
export type { DefineApiOptions } from './mock/define-api.js'
export type { MockSettings } from './mock/behaviours/mock-settings.js'
export type { VerifyOptions } from './verify/verify.js'
export type { VerifyReport } from './verify/types.js'
