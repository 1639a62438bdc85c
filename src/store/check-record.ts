import type { StandardSchemaV1 } from '@standard-schema/spec'
import { ErrorCodes } from '../errors/error-codes.js'
import { StoreError } from '../errors/store-error.js'

/** Runs a table's schema on a record, once, and throws RECORD_INVALID naming every issue. */
export function checkRecord<T>(schema: StandardSchemaV1<T, T>, values: T, what: string): void {
  const result = schema['~standard'].validate(values)
  if (result instanceof Promise) throw new TypeError('[chatmock] Store schemas must validate synchronously.')
  if (result.issues) {
    throw new StoreError(
      ErrorCodes.RECORD_INVALID,
      `Failed to ${what}: the spec's schema rejects the record.`,
      result.issues.map((issue) => ({
        location: 'body',
        pointer: `/${(issue.path ?? []).map(String).join('/')}`,
        keyword: 'schema',
        message: issue.message,
      })),
    )
  }
}
