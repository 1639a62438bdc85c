/**
 * Every code a developer-facing chatmock error can carry. Each one has an entry in
 * docs/errors.md; a test keeps the two equal.
 */
export const ErrorCodes = {
  SPEC_INVALID: 'SPEC_INVALID',
  SPEC_REF_UNRESOLVED: 'SPEC_REF_UNRESOLVED',
  UNKNOWN_API: 'UNKNOWN_API',
  UNKNOWN_OPERATION: 'UNKNOWN_OPERATION',
  RESPONSE_INVALID: 'RESPONSE_INVALID',
  RECORD_INVALID: 'RECORD_INVALID',
  RECORD_DUPLICATE: 'RECORD_DUPLICATE',
  STORE_FULL: 'STORE_FULL',
  FIXTURES_INVALID: 'FIXTURES_INVALID',
  RESOLVER_MISSING: 'RESOLVER_MISSING',
  COVERAGE_BELOW_MINIMUM: 'COVERAGE_BELOW_MINIMUM',
  UNSAFE_EVAL_BLOCKED: 'UNSAFE_EVAL_BLOCKED',
} as const

export type ErrorCode = (typeof ErrorCodes)[keyof typeof ErrorCodes]
