import type { OpenAPIV3_1 } from 'openapi-types'
import { expect, it } from 'vitest'
import { createAjv, getDocumentUri, REQUEST, RESPONSE } from './create-ajv.js'

const document: OpenAPIV3_1.Document = {
  openapi: '3.1.0',
  info: { title: 't', version: '1' },
  components: {
    schemas: {
      Account: {
        type: 'object',
        properties: {
          id: { type: 'integer', readOnly: true },
          password: { type: 'string', writeOnly: true },
          name: { type: 'string' },
        },
        xml: { name: 'account' },
        externalDocs: { url: 'https://example.org' },
        example: { name: 'Ada' },
      },
      Pet: {
        oneOf: [{ $ref: '#/components/schemas/Cat' }, { $ref: '#/components/schemas/Dog' }],
        discriminator: { propertyName: 'kind' },
      },
      Cat: { type: 'object', required: ['kind'], properties: { kind: { const: 'cat' } } },
      Dog: { type: 'object', required: ['kind'], properties: { kind: { const: 'dog' } } },
    },
  },
}

const ajv = createAjv('unit', document)
const account = ajv.compile({ $ref: `${getDocumentUri('unit')}#/components/schemas/Account` })

it('compiles OpenAPI keywords (example, xml, externalDocs, discriminator) in strict mode', () => {
  const pet = ajv.compile({ $ref: `${getDocumentUri('unit')}#/components/schemas/Pet` })
  expect(pet({ kind: 'dog' })).toBe(true)
  expect(pet({ kind: 'cow' })).toBe(false)
})

it('refuses a readOnly property in a request and accepts it in a response', () => {
  expect(account.call(REQUEST, { id: 1 })).toBe(false)
  expect(account.errors?.[0]).toMatchObject({ instancePath: '/id', keyword: 'readOnly' })
  expect(account.call(RESPONSE, { id: 1 })).toBe(true)
})

it('refuses a writeOnly property in a response and accepts it in a request', () => {
  expect(account.call(RESPONSE, { password: 'x' })).toBe(false)
  expect(account.errors?.[0]).toMatchObject({ instancePath: '/password', keyword: 'writeOnly' })
  expect(account.call(REQUEST, { password: 'x' })).toBe(true)
})
