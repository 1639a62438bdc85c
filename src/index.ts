/**
 * chatmock: stateful mocks and contract tests for four chat APIs, from hand-written OpenAPI 3.1
 * specs, and for any OpenAPI document you bring. This entry point is runtime-neutral (Node and the
 * browser).
 * @module
 */

// The built-in APIs (importing them registers their ids)
export { apiIds, builtinApis } from '../handlers/index.js'
export { createFixtures } from '../handlers/create-fixtures.js'

// Specs
export { getApi, isApiId, listApiIds, registerApis } from './openapi/catalog.js'
export { createApiSpec } from './openapi/create-api-spec.js'
export { getOperations } from './openapi/get-operations.js'
export { toMswPath } from './openapi/to-msw-path.js'

// Contract
export { contract } from './contract/contract.js'
export { getOperation } from './contract/get-contract.js'
export { validateRequest } from './contract/validate-request.js'
export { validateResponse } from './contract/validate-response.js'
export { renderError, renderRequestFailure } from './contract/render-error.js'
export { errorStyles, getErrorStyle } from './contract/get-error-style.js'

// Mocks
export { defineApi } from './mock/define-api.js'
export { defineResolvers } from './mock/define-resolvers.js'
export { defineHandlers } from './runtimes/msw/define-handlers.js'
export { createMockApi } from './mock/create-mock-api.js'
export { createMockApis } from './mock/create-mock-apis.js'
export { toMswHandlers, toFetchResponse } from './runtimes/msw/to-msw-handlers.js'
export { Journal } from './mock/behaviours/journal.js'
export { empty, fail, json } from './mock/respond.js'
export { VIOLATIONS_HEADER } from './mock/violation-policy.js'
export { Faults, parseLatency } from './mock/behaviours/faults.js'
export { Coverage } from './mock/behaviours/coverage.js'
export { createAdmin } from './mock/create-admin.js'
export { parsePrefer, steerResponse } from './mock/behaviours/steer-response.js'

// Provider verification and coverage
export { verify } from './verify/verify.js'
export { formatReport } from './verify/format-report.js'
export { toJunit } from './verify/to-junit.js'
export { checkCoverage, formatCoverage } from './mock/behaviours/check-coverage.js'

// Stores and fixtures
export { createStores } from './store/create-stores.js'
export { validateFixtures } from './store/validate-fixtures.js'
export { Table } from './store/table.js'
export { SortedGroups } from './store/sorted-groups.js'
export { getComponentSchema } from './store/get-component-schema.js'
export { DEFAULT_SEED } from './store/default-seed.js'

// Errors
export { ChatmockError, isChatmockError } from './errors/chatmock-error.js'
export { ContractError } from './errors/contract-error.js'
export { SpecError } from './errors/spec-error.js'
export { StoreError } from './errors/store-error.js'
export { ErrorCodes } from './errors/error-codes.js'

export type { ApiId, ApiSpec, HttpMethod, Operation, SpecSource } from './api/spec.js'
export type { ErrorStyle } from './api/error-style.js'
export type { ErrorStyleName } from './contract/get-error-style.js'
export type { ApiSpecOptions } from './openapi/create-api-spec.js'
export type { BuiltinApiId } from '../handlers/index.js'
export type { FixturesByApi } from '../handlers/create-fixtures.js'
export type { ApiContract } from './contract/contract.js'
export type { ValidateRequestOptions } from './contract/validate-request.js'
export type { InvalidRequest, RequestInput, RequestValidationResult, ResponseInput, ResponseValidationResult, ValidRequest } from './contract/types.js'
export type { Credential, Issue, IssueLocation, PlainResponse, RequestFailureReason } from './api/exchange.js'
export type { ErrorCode } from './errors/error-codes.js'
export type { MockApi, MockApiOptions, MockRequest } from './mock/create-mock-api.js'
export type { MockApis, MockApisOptions } from './mock/create-mock-apis.js'
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
export type { ApiFaultSettings, Fault, FaultSettings, MockSettings, OperationIdsByApi } from './mock/behaviours/faults.js'
export type { Preference } from './mock/behaviours/steer-response.js'
export type { VerifyOptions } from './verify/verify.js'
export type { Verdict, VerifyCase, VerifyReport } from './verify/types.js'
export type { CreateStoresOptions, Stores } from './store/create-stores.js'
