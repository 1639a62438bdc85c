import type { OpenAPIV3_1 } from 'openapi-types'
import { expect, it } from 'vitest'
import { COMPILER_LIMIT, getSchemaValidator } from './schema-validators.js'

const document = { openapi: '3.1.0', info: { title: 'limits', version: '1' }, paths: {} } as OpenAPIV3_1.Document

it('starts a fresh compiler past its limit, so that what it held is freed, with the same verdicts', () => {
  const first = { type: 'integer', minimum: 0 }
  const validate = getSchemaValidator(document, first, false)
  expect(getSchemaValidator(document, first, false)).toBe(validate)
  for (let index = 0; index < COMPILER_LIMIT; index++)
    getSchemaValidator(document, { type: 'string', maxLength: index }, false)
  const again = getSchemaValidator(document, first, false)
  expect(again).not.toBe(validate)
  expect([again(3), again(-1), again('3')]).toEqual([validate(3), validate(-1), validate('3')])
})
