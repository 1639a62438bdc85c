import type { OpenAPIV3_1 } from 'openapi-types'
import { expect, it } from 'vitest'
import { getOperations } from './get-operations.js'

function createDocument(
  paths: OpenAPIV3_1.PathsObject,
  extra: Partial<OpenAPIV3_1.Document> = {},
): OpenAPIV3_1.Document {
  return { openapi: '3.1.0', info: { title: 't', version: '1' }, paths, ...extra }
}

it('merges path-level parameters into each operation', () => {
  const [operation] = getOperations(
    createDocument({
      '/a/{id}': {
        parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'integer' } }],
        get: {
          operationId: 'getA',
          parameters: [{ name: 'q', in: 'query', schema: { type: 'string' } }],
          responses: {},
        },
      },
    }),
  )
  expect(operation!.parameters.map((parameter) => `${parameter.in}:${parameter.name}`)).toEqual(['path:id', 'query:q'])
})

it('lets an operation parameter override a path-level one with the same name and location', () => {
  const [operation] = getOperations(
    createDocument({
      '/a': {
        parameters: [{ name: 'q', in: 'query', description: 'shared', schema: { type: 'string' } }],
        get: {
          operationId: 'getA',
          parameters: [{ name: 'q', in: 'query', description: 'own', schema: { type: 'integer' } }],
          responses: {},
        },
      },
    }),
  )
  expect(operation!.parameters).toEqual([{ name: 'q', in: 'query', description: 'own', schema: { type: 'integer' } }])
})

it('resolves referenced parameters, bodies and responses', () => {
  const [operation] = getOperations(
    createDocument(
      {
        '/a': {
          post: {
            operationId: 'postA',
            parameters: [{ $ref: '#/components/parameters/Q' }],
            requestBody: { $ref: '#/components/requestBodies/B' },
            responses: { '200': { $ref: '#/components/responses/Ok' } },
          },
        },
      },
      {
        components: {
          parameters: { Q: { name: 'q', in: 'query' } },
          requestBodies: { B: { content: { 'application/json': {} } } },
          responses: { Ok: { description: 'ok' } },
        },
      },
    ),
  )
  expect(operation).toMatchObject({
    parameters: [{ name: 'q' }],
    requestBody: { content: { 'application/json': {} } },
    responses: { '200': { description: 'ok' } },
  })
})

it('inherits root security unless the operation sets its own', () => {
  const operations = getOperations(
    createDocument(
      {
        '/a': {
          get: { operationId: 'getA', responses: {} },
          post: { operationId: 'postA', security: [], responses: {} },
        },
      },
      { security: [{ basicAuth: [] }] },
    ),
  )
  expect(operations.map((operation) => operation.security)).toEqual([[{ basicAuth: [] }], []])
})

it('gives an operation without an operationId a stable one from its method and path', () => {
  const operations = getOperations(
    createDocument({
      '/pets/{petId}/photos': { get: { responses: {} }, post: { responses: {} } },
      '/': { get: { responses: {} } },
      '/pet-types': { get: { operationId: 'listTypes', responses: {} } },
    }),
  )
  expect(operations.map((operation) => operation.operationId)).toEqual([
    'getPetsByPetIdPhotos',
    'postPetsByPetIdPhotos',
    'getRoot',
    'listTypes',
  ])
})

it('throws SPEC_REF_UNRESOLVED for a reference to nothing', () => {
  const run = () =>
    getOperations(
      createDocument({
        '/a': {
          get: { operationId: 'getA', parameters: [{ $ref: '#/components/parameters/Missing' }], responses: {} },
        },
      }),
    )
  expect(run).toThrow(
    expect.objectContaining({
      code: 'SPEC_REF_UNRESOLVED',
      message: expect.stringContaining('"components" does not exist'),
    }),
  )
})

it('ignores header parameters named Accept, Content-Type or Authorization, as OpenAPI says', () => {
  const [operation] = getOperations(
    createDocument({
      '/a': {
        get: {
          operationId: 'getA',
          parameters: [
            { name: 'Accept', in: 'header', required: true, schema: { enum: ['application/json'] } },
            { name: 'content-type', in: 'header', schema: { type: 'string' } },
            { name: 'Authorization', in: 'header', required: true, schema: { type: 'string' } },
            { name: 'X-Trace', in: 'header', schema: { type: 'string' } },
          ],
          responses: {},
        },
      },
    }),
  )
  expect(operation!.parameters.map((parameter) => `${parameter.in}:${parameter.name}`)).toEqual(['header:X-Trace'])
})
