import type { OpenAPIV3_1 } from 'openapi-types'
import { expect, it } from 'vitest'
import { getOperations } from '../../src/openapi/get-operations.js'
import { createNegativeCases } from '../../src/verify/negative-cases.js'

// verify --negative sends no request that the document's x-chatmock-lenient says its server takes:
// an unknown body field it drops, a query integer that is not a number it reads with to_i.

function documentWith(lenient?: object): OpenAPIV3_1.Document {
  return {
    openapi: '3.1.0',
    info: { title: 'notes', version: '1' },
    ...(lenient ? { 'x-chatmock-lenient': lenient } : {}),
    paths: {
      '/notes': {
        post: {
          operationId: 'createNote',
          parameters: [{ name: 'page', in: 'query', schema: { type: 'integer' } }],
          requestBody: {
            content: {
              'application/json': {
                schema: { type: 'object', additionalProperties: false, properties: { text: { type: 'string' } } },
              },
            },
          },
          responses: { '201': { description: 'created' }, '400': { description: 'invalid' } },
        },
      },
    },
  } as OpenAPIV3_1.Document
}

function caseNames(document: OpenAPIV3_1.Document): string[] {
  const [operation] = getOperations(document)
  const valid = { path: {}, query: { page: 1 }, headers: {}, body: { text: 'tea' } }
  return createNegativeCases(document, operation!, valid, []).map((negative) => negative.name)
}

it('breaks an unknown field and a query integer where the document declares no leniency', () => {
  expect(caseNames(documentWith())).toEqual(
    expect.arrayContaining(['body: an unknown field', 'query parameter "page": not a number']),
  )
})

it('leaves out the requests the document says its server takes', () => {
  const names = caseNames(documentWith({ unknownBodyFields: 'drop', invalidIntegerQueries: 'to-i' }))
  expect(names).not.toContain('body: an unknown field')
  expect(names).not.toContain('query parameter "page": not a number')
  expect(names).toContain('body: malformed JSON')
})
