/**
 * `chatmock/internals`: the building blocks the runtimes are made of (the pipeline, its behaviours,
 * the stores, the catalog of APIs), for tools built on chatmock. No compatibility promise: names
 * and signatures here change in any release, minor or patch. What users call is in `chatmock`.
 * @module
 */
import './builtin-apis.js'

export { builtinApiLoaders } from '../handlers/index.js'
export { createFixtures } from '../handlers/create-fixtures.js'

// The catalog of APIs and reading specs
export { importApi, importApis, isApiId, listApiIds, registerApis } from './openapi/catalog.js'
export { createApiSpec } from './contract/create-api-spec.js'
export { getOperations } from './openapi/get-operations.js'
export { toMswPath } from './openapi/to-msw-path.js'

// Contract
export { renderError } from './contract/render-error.js'
export { errorStyles, getErrorStyle } from './contract/get-error-style.js'

// The pipeline and its behaviours
export { createMockApi } from './mock/create-mock-api.js'
export { createMockApis } from './mock/create-mock-apis.js'
export { toMswHandlers, toFetchResponse } from './runtimes/msw/to-msw-handlers.js'
export { Journal } from './mock/behaviours/journal.js'
export { VIOLATIONS_HEADER } from './mock/violation-policy.js'
export { Faults, parseLatency } from './mock/behaviours/faults.js'
export { Coverage } from './mock/behaviours/coverage.js'
export { createAdmin } from './mock/create-admin.js'
export { parsePrefer, steerResponse } from './mock/behaviours/steer-response.js'
export { checkCoverage, formatCoverage } from './mock/behaviours/check-coverage.js'

// Stores and fixtures
export { createStores } from './store/create-stores.js'
export { validateFixtures } from './store/validate-fixtures.js'
export { Table } from './store/table.js'
export { SortedGroups } from './store/sorted-groups.js'
export { getComponentSchema } from './store/get-component-schema.js'
export { DEFAULT_SEED } from './store/default-seed.js'

export type { FixturesByApi } from '../handlers/create-fixtures.js'
export type { ApiSpecOptions } from './contract/create-api-spec.js'
export type { MockApi, MockApiOptions } from './mock/create-mock-api.js'
export type { MockRequest } from './mock/mock-request.js'
export type { MockApis, MockApisOptions } from './mock/create-mock-apis.js'
export type { CreateStoresOptions, Stores } from './store/create-stores.js'

// Types of the building blocks and of the values chatmock returns, beyond the few a user writes.
export type { ApiId, ApiSpec, HttpMethod, Operation, SpecSource } from './api/spec.js'
export type { ErrorStyleName } from './contract/get-error-style.js'
export type { ValidateRequestOptions } from './contract/validate-request.js'
export type { InvalidRequest, RequestInput, ResponseInput, ValidRequest } from './contract/types.js'
export type { IssueLocation, RequestFailureReason } from './api/exchange.js'
export type { DefineHandlersOptions } from './runtimes/msw/define-handlers.js'
export type { JournalEntry } from './mock/behaviours/journal.js'
export type {
  AllRegistered,
  ApiOf,
  CreateStoreOptions,
  FixturesByApiOf,
  FixturesDefinition,
  FixturesOf,
  IdOf,
  MockStore,
  OperationIdOf,
  OperationIdsByApiOf,
  OperationsOf,
  RegisteredApiId,
  StoreOf,
  StoresOf,
} from './api/api.js'
export type { ResolverSet } from './mock/define-resolvers.js'
export type { ResponseViolationPolicy } from './mock/violation-policy.js'
export type { Admin } from './mock/create-admin.js'
export type { CoverageReport, OperationCoverage, StatusCoverage } from './mock/behaviours/coverage.js'
export type { ApiFaultSettings, FaultSettings, OperationIdsByApi } from './mock/behaviours/mock-settings.js'
export type { Fault } from './api/fault-source.js'
export type { Preference } from './mock/behaviours/steer-response.js'
export type { Verdict, VerifyCase } from './verify/types.js'
