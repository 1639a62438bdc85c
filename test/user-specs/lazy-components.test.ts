import { expect, it } from 'vitest'
import { contract } from '../../src/contract/contract.js'
import { createComponentTable, getComponentTable } from '../../src/contract/create-component-table.js'
import { defineApi } from '../../src/mock/define-api.js'

// A user's document's referenced schemas are compiled one by one, when a value reaches them: a
// `$ref` is a call looked up as the value is checked, with the same verdicts and errors as a
// schema compiled whole.

const document = {
  openapi: '3.1.0',
  info: { title: 'lazy', version: '1' },
  paths: {
    '/pets/{id}': {
      get: {
        parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string' } }],
        responses: {
          '200': {
            description: 'a pet',
            content: { 'application/json': { schema: { $ref: '#/components/schemas/Pet' } } },
          },
        },
      },
    },
    '/pets': {
      post: {
        requestBody: {
          required: true,
          content: {
            'application/json': {
              schema: {
                type: 'object',
                required: ['id', 'name'],
                properties: { id: { $ref: '#/components/schemas/Id' }, name: { type: 'string' } },
              },
            },
          },
        },
        responses: { '204': { description: 'made' } },
      },
    },
  },
  components: {
    schemas: {
      Id: { type: 'string', readOnly: true },
      Pet: {
        type: 'object',
        required: ['name'],
        properties: {
          name: { type: 'string' },
          owner: { $ref: '#/components/schemas/Owner' },
          children: { type: 'array', items: { $ref: '#/components/schemas/Pet' } },
        },
      },
      Owner: {
        type: 'object',
        properties: { name: { type: 'string' }, address: { $ref: '#/components/schemas/Address' } },
      },
      Address: { type: 'object', required: ['city'], properties: { city: { type: 'string' } } },
      'Odd/Name': { type: 'integer' },
    },
  },
}

function answer(body: unknown) {
  return { status: 200, headers: { 'content-type': 'application/json' }, body }
}

function createPets(id: string) {
  const api = defineApi({ id, spec: structuredClone(document) as never })
  return { api, pets: contract(api), table: getComponentTable(api.document) }
}

it('compiles a referenced schema only when a value reaches it', async () => {
  const { pets, table } = createPets('lazy-reach')
  expect(await pets.validateResponse('getPetsById', answer({ name: 'Rex' }))).toEqual({ valid: true })
  expect(table.held()).toEqual(['#/components/schemas/Pet'])
  expect(
    await pets.validateResponse('getPetsById', answer({ name: 'Rex', owner: { address: { city: 'Oslo' } } })),
  ).toEqual({ valid: true })
  expect(table.held()).toEqual([
    '#/components/schemas/Pet',
    '#/components/schemas/Owner',
    '#/components/schemas/Address',
  ])
})

it('names the place of an error two references deep, in a recursive schema', async () => {
  const { pets } = createPets('lazy-deep')
  const body = { name: 'Rex', children: [{ name: 'Pup', children: [{ name: 3, owner: { address: {} } }] }] }
  expect(await pets.validateResponse('getPetsById', answer(body))).toMatchObject({
    valid: false,
    issues: [
      { message: 'body field "children[0].children[0].name" must be string (got 3)' },
      { message: 'body field "children[0].children[0].owner.address.city" is required' },
    ],
  })
})

it('reads readOnly where a required property of an operation’s own schema refers', async () => {
  const { pets } = createPets('lazy-read-only')
  const request = (body: unknown) => ({
    method: 'POST',
    url: '/lazy-read-only/pets',
    headers: { 'content-type': 'application/json' },
    body,
  })
  expect(await pets.validateRequest('postPets', request({ name: 'Rex' }))).toMatchObject({ valid: true })
  expect(await pets.validateRequest('postPets', request({ id: 'p-1', name: 'Rex' }))).toMatchObject({
    valid: false,
    issues: [{ message: 'body field "id" is read-only and cannot be sent in a request' }],
  })
})

it('starts its table afresh past its limit, and compiles what a value reaches again with the same verdicts', () => {
  const table = createComponentTable(structuredClone(document) as never, 2)
  const pet = table.call('#/components/schemas/Pet')
  table.call('#/components/schemas/Owner')
  expect(table.held()).toEqual(['#/components/schemas/Pet', '#/components/schemas/Owner'])
  table.call('#/components/schemas/Address')
  expect(table.held()).toEqual(['#/components/schemas/Address'])
  const again = table.call('#/components/schemas/Pet')
  expect(again).not.toBe(pet)
  const bad = { name: 'Rex', owner: { address: {} } }
  expect([pet(bad), again(bad), pet({ name: 'Rex' }), again({ name: 'Rex' })]).toEqual([false, false, true, true])
  expect(again.errors).toEqual(pet.errors)
})

it('finds a schema whose name a reference escapes, and names a reference to nothing', () => {
  const table = createComponentTable(structuredClone(document) as never)
  expect(table.call('#/components/schemas/Odd~1Name')(7)).toBe(true)
  expect(table.call('#/components/schemas/Odd%2FName')('7')).toBe(false)
  expect(() => table.call('#/components/schemas/Nobody')).toThrow(
    'Failed to resolve "#/components/schemas/Nobody": "Nobody" does not exist.',
  )
})
