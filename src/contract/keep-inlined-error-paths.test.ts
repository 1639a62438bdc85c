import type { OpenAPIV3_1 } from 'openapi-types'
import { expect, it } from 'vitest'
import { createAjv, getDocumentUri, REQUEST } from './create-ajv.js'
import { toIssues } from './format-issue.js'

const document: OpenAPIV3_1.Document = {
  openapi: '3.1.0',
  info: { title: 't', version: '1' },
  components: {
    schemas: {
      Id: { type: 'integer', minimum: 1 },
      Cat: { type: 'object', required: ['kind'], properties: { kind: { const: 'cat' } } },
      Dog: {
        type: 'object',
        required: ['kind', 'owner'],
        properties: { kind: { const: 'dog' }, owner: { $ref: '#/components/schemas/Id' } },
      },
      Pet: {
        type: 'object',
        properties: { id: { $ref: '#/components/schemas/Id' } },
        oneOf: [{ $ref: '#/components/schemas/Cat' }, { $ref: '#/components/schemas/Dog' }],
      },
    },
  },
}
const schema = { $ref: `${getDocumentUri('unit')}#/components/schemas/Pet` }
const compiled = createAjv('unit', document).compile(schema)
const precompiled = createAjv('unit', document, { standalone: true }).compile(schema)

it.each([
  ['a value of no branch', { id: 0, kind: 'cow' }],
  ['a branch with a called target', { kind: 'dog', owner: 'ada' }],
  ['no object at all', null],
])('reports the errors of the default compilation for %s, each with its schema path', (_, value) => {
  expect(compiled.call(REQUEST, value)).toBe(false)
  expect(precompiled.call(REQUEST, value)).toBe(false)
  const paths = (errors: typeof compiled.errors) =>
    errors!.map(({ instancePath, schemaPath, keyword }) => ({ instancePath, schemaPath, keyword }))
  expect(paths(precompiled.errors)).toEqual(paths(compiled.errors))
  const split = (pointer: string) => ({ location: 'body' as const, pointer })
  expect(toIssues(precompiled.errors, split)).toEqual(toIssues(compiled.errors, split))
})
