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

export type { ApiId, ApiSpec, HttpMethod, Operation, SpecSource } from './api/spec.js'
export type { ErrorStyle } from './api/error-style.js'
export type { ErrorStyleName } from './contract/get-error-style.js'
export type { BuiltinApiId } from '../handlers/index.js'
export type { ApiContract } from './contract/contract.js'
export type { ValidateRequestOptions } from './contract/validate-request.js'
export type {
  InvalidRequest,
  RequestInput,
  RequestValidationResult,
  ResponseInput,
  ResponseValidationResult,
  ValidRequest,
} from './contract/types.js'
export type { Credential, Issue, IssueLocation, PlainResponse, RequestFailureReason } from './api/exchange.js'
export type { ErrorCode } from './errors/error-codes.js'
export type { DefineHandlersOptions } from './runtimes/msw/define-handlers.js'
export type { JournalEntry } from './mock/behaviours/journal.js'
export type {
  AllRegistered,
  Api,
  ApiOf,
  ApiRef,
  CreateStoreOptions,
  FixturesByApiOf,
  FixturesDefinition,
  FixturesOf,
  IdOf,
  MockStore,
  OperationIdOf,
  OperationIdsByApiOf,
  OperationShape,
  OperationsOf,
  RegisteredApiId,
  RegisteredApis,
  Resolver,
  ResolverContext,
  Resolvers,
  StoreOf,
  StoresOf,
} from './api/api.js'
export type { ResolverSet } from './mock/define-resolvers.js'
export type { DefineApiOptions } from './mock/define-api.js'
export type { ResponseViolationPolicy } from './mock/violation-policy.js'
export type { Admin } from './mock/create-admin.js'
export type { CoverageReport, OperationCoverage, StatusCoverage } from './mock/behaviours/coverage.js'
export type {
  ApiFaultSettings,
  FaultSettings,
  MockSettings,
  OperationIdsByApi,
} from './mock/behaviours/mock-settings.js'
export type { Fault } from './api/fault-source.js'
export type { Preference } from './mock/behaviours/steer-response.js'
export type { VerifyOptions } from './verify/verify.js'
export type { Verdict, VerifyCase, VerifyReport } from './verify/types.js'
