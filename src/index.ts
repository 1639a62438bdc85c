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

// Mocks
export { defineResolvers } from './mock/define-resolvers.js'
export { defineHandlers } from './mock/define-handlers.js'
export { createMockApi } from './mock/create-mock-api.js'
export { createMockApis } from './mock/create-mock-apis.js'
export { toMswHandlers, toFetchResponse } from './mock/to-msw-handlers.js'
export { Journal } from './mock/journal.js'
export { empty, fail, json } from './mock/respond.js'
export { VIOLATIONS_HEADER } from './mock/violation-policy.js'
export { Faults, parseLatency } from './mock/faults.js'
export { Coverage } from './mock/coverage.js'
export { createAdmin } from './mock/create-admin.js'
export { parsePrefer, steerResponse } from './mock/steer-response.js'
export { resolversByApi } from '../handlers/index.js'

// Provider verification and coverage
export { verify } from './verify/verify.js'
export { formatReport } from './verify/format-report.js'
export { toJunit } from './verify/to-junit.js'
export { checkCoverage, formatCoverage } from './mock/check-coverage.js'

// Stores and fixtures
export { createStores } from './store/create-stores.js'
export { validateFixtures } from './store/validate-fixtures.js'
export { Table } from './store/table.js'
export { createTogglFocusStore } from './store/toggl-focus-store.js'
export { createRoostedStore } from './store/roosted-store.js'
export { createHapihubStore } from './store/hapihub-store.js'
export { createChatwootStore } from './store/chatwoot-store.js'
export { createFixtures } from '../fixtures/index.js'
export { DEFAULT_SEED } from '../fixtures/default-seed.js'

// Errors
export { ChatmockError, isChatmockError } from './errors/chatmock-error.js'
export { ContractError } from './errors/contract-error.js'
export { SpecError } from './errors/spec-error.js'
export { StoreError } from './errors/store-error.js'
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
export type { MockApi, MockApiOptions, MockRequest } from './mock/create-mock-api.js'
export type { MockApis, MockApisOptions } from './mock/create-mock-apis.js'
export type { DefineHandlersOptions } from './mock/define-handlers.js'
export type { JournalEntry } from './mock/journal.js'
export type { OperationsByApi, Resolver, ResolverContext, ResolverSet, ResolversFor, StoresByApi } from './mock/types.js'
export type { ResponseViolationPolicy } from './mock/violation-policy.js'
export type { Admin } from './mock/create-admin.js'
export type { CoverageReport, OperationCoverage, StatusCoverage } from './mock/coverage.js'
export type { Fault, FaultSettings, MockSettings } from './mock/faults.js'
export type { Preference } from './mock/steer-response.js'
export type { VerifyOptions } from './verify/verify.js'
export type { Verdict, VerifyCase, VerifyReport } from './verify/types.js'
export type { CreateStoresOptions, Stores } from './store/create-stores.js'
export type { FixturesByApi } from '../fixtures/index.js'
