import type { OpenAPIV3_1 } from 'openapi-types'
import { expect, it } from 'vitest'
import { createApiSpec } from '../contract/create-api-spec.js'
import { ErrorCodes } from '../errors/error-codes.js'
import { SpecError } from '../errors/spec-error.js'

function specWith(extensions: Record<string, unknown>) {
  const document = { openapi: '3.1.0', info: { title: 't', version: '1' }, paths: {}, ...extensions }
  return () => createApiSpec({ id: 'notes', document: document as OpenAPIV3_1.Document })
}

function failure(build: () => unknown): { code: string; message: string } {
  try {
    build()
  } catch (error) {
    expect(error).toBeInstanceOf(SpecError)
    return { code: (error as SpecError).code, message: (error as Error).message }
  }
  throw new Error('expected a SpecError')
}

it('keeps x-chatmock-lenient and x-chatmock-json-charset on the API spec', () => {
  expect(
    specWith({
      'x-chatmock-lenient': { unknownBodyFields: 'drop', invalidPathParameters: 'to-i', unroutedMethods: 'not-found' },
      'x-chatmock-json-charset': 'utf-8',
    })(),
  ).toMatchObject({
    lenient: { unknownBodyFields: 'drop', invalidPathParameters: 'to-i', unroutedMethods: 'not-found' },
    jsonCharset: 'utf-8',
  })
})

it('leaves both out of a spec that declares neither, and takes an empty x-chatmock-lenient', () => {
  const plain = specWith({})()
  expect('lenient' in plain || 'jsonCharset' in plain).toBe(false)
  expect(specWith({ 'x-chatmock-lenient': {} })().lenient).toEqual({})
})

it('throws SPEC_INVALID naming the pointer for a key x-chatmock-lenient does not take', () => {
  expect(failure(specWith({ 'x-chatmock-lenient': { unknownQueries: 'drop' } }))).toEqual({
    code: ErrorCodes.SPEC_INVALID,
    message:
      '[chatmock] The spec of "notes": #/x-chatmock-lenient has "unknownQueries", which it does not take; it takes unknownBodyFields, invalidPathParameters, invalidIntegerQueries, unroutedMethods.',
  })
})

it('throws SPEC_INVALID naming the pointer for a value a key does not take', () => {
  expect(failure(specWith({ 'x-chatmock-lenient': { unroutedMethods: 'ignore' } }))).toEqual({
    code: ErrorCodes.SPEC_INVALID,
    message: '[chatmock] The spec of "notes": #/x-chatmock-lenient/unroutedMethods is "ignore"; expected "not-found".',
  })
  expect(failure(specWith({ 'x-chatmock-lenient': { invalidPathParameters: true } })).message).toBe(
    '[chatmock] The spec of "notes": #/x-chatmock-lenient/invalidPathParameters is true; expected "not-found" or "to-i".',
  )
})

it('throws SPEC_INVALID for an x-chatmock-lenient that is not an object', () => {
  expect(failure(specWith({ 'x-chatmock-lenient': ['drop'] })).message).toBe(
    '[chatmock] The spec of "notes": #/x-chatmock-lenient must be an object with any of unknownBodyFields, invalidPathParameters, invalidIntegerQueries, unroutedMethods (got ["drop"]).',
  )
})

it('throws SPEC_INVALID for an x-chatmock-json-charset that is no charset name', () => {
  expect(failure(specWith({ 'x-chatmock-json-charset': 'utf 8' })).message).toBe(
    '[chatmock] The spec of "notes": #/x-chatmock-json-charset must be the name of a charset, such as "utf-8" (got "utf 8").',
  )
})
