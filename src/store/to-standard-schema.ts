import type { StandardSchemaV1 } from '@standard-schema/spec'
import type { ValidateFunction } from 'ajv'
import { RESPONSE } from '../contract/create-ajv.js'
import { toIssues } from '../contract/format-issue.js'

/**
 * Wraps an Ajv validator as a Standard Schema, the seam @msw/data collections take, so records are
 * checked against the spec's own component schema. Records are what responses expose, so they are
 * validated in the response direction (`readOnly` fields allowed).
 */
export function toStandardSchema<T>(validate: ValidateFunction, vendor = 'chatmock'): StandardSchemaV1<T, T> {
  return {
    '~standard': {
      version: 1,
      vendor,
      validate(value) {
        if (validate.call(RESPONSE, value)) return { value: value as T }
        const issues = toIssues(validate.errors, (pointer) => ({ location: 'body', pointer }))
        return {
          issues: issues.map((issue) => ({
            message: issue.message.replace(/^body field "([^"]*)"/, 'field "$1"').replace(/^body /, 'record '),
            path: issue.pointer === '' ? [] : issue.pointer.slice(1).split('/'),
          })),
        }
      },
    },
  }
}
