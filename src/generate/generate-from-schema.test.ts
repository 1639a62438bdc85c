import type { OpenAPIV3_1 } from 'openapi-types'
import { expect, it, vi } from 'vitest'
import { generateSeeded, validateGenerated } from '../../test/support/generated-data.js'
import { createSeededFaker } from '../store/seeded-faker.js'
import { generateFromSchema } from './generate-from-schema.js'

type Schema = Record<string, unknown>

const document = {
  openapi: '3.1.0',
  info: { title: 'generated data', version: '1' },
  components: {
    schemas: {
      Node: {
        type: 'object',
        additionalProperties: false,
        required: ['value'],
        properties: {
          value: { type: 'integer' },
          children: { type: 'array', items: { $ref: '#/components/schemas/Node' } },
        },
      },
      LinkedItem: {
        type: 'object',
        additionalProperties: false,
        required: ['name', 'next'],
        properties: {
          name: { type: 'string' },
          next: { anyOf: [{ $ref: '#/components/schemas/LinkedItem' }, { type: 'null' }] },
        },
      },
      Endless: { type: 'object', required: ['self'], properties: { self: { $ref: '#/components/schemas/Endless' } } },
      Account: {
        type: 'object',
        additionalProperties: false,
        required: ['name'],
        properties: {
          id: { type: 'integer', readOnly: true },
          password: { type: 'string', writeOnly: true, minLength: 8 },
          name: { type: 'string' },
          email: { type: 'string', format: 'email' },
        },
      },
      Cat: {
        type: 'object',
        required: ['kind', 'lives'],
        properties: { kind: { type: 'string' }, lives: { type: 'integer', minimum: 1, maximum: 9 } },
      },
      Dog: {
        type: 'object',
        required: ['kind', 'bark'],
        properties: { kind: { type: 'string' }, bark: { type: 'string', enum: ['woof', 'yap'] } },
      },
      Pet: {
        oneOf: [{ $ref: '#/components/schemas/Cat' }, { $ref: '#/components/schemas/Dog' }],
        discriminator: {
          propertyName: 'kind',
          mapping: { cat: '#/components/schemas/Cat', dog: '#/components/schemas/Dog' },
        },
      },
      Never: { not: {} },
      Base: {
        type: 'object',
        required: ['id'],
        properties: { id: { type: 'string', format: 'uuid' }, created_at: { type: 'string', format: 'date-time' } },
      },
      Derived: {
        allOf: [
          { $ref: '#/components/schemas/Base' },
          { type: 'object', required: ['title'], properties: { title: { type: 'string', maxLength: 40 } } },
        ],
      },
    },
  },
} as unknown as OpenAPIV3_1.Document

const schemas = document.components!.schemas! as Record<string, Schema>
const SEEDS = Array.from({ length: 20 }, (_, index) => index + 1)

/** Values for many seeds, each checked against the schema by the contract's own validator. */
function generateValid(schema: unknown, direction: 'request' | 'response' = 'response'): unknown[] {
  return SEEDS.map((seed) => {
    const value = generateSeeded(document, schema, seed, direction)
    const { valid, errors } = validateGenerated(document, schema, value, direction)
    expect({ value, valid, errors }).toMatchObject({ valid: true })
    return value
  })
}

const cases: Array<[string, Schema]> = [
  ['a string', { type: 'string' }],
  ['an integer', { type: 'integer' }],
  ['a number', { type: 'number' }],
  ['a boolean', { type: 'boolean' }],
  ['null', { type: 'null' }],
  ['a list of types', { type: ['integer', 'string', 'boolean'] }],
  ['an integer within minimum and maximum', { type: 'integer', minimum: 5, maximum: 7 }],
  ['an integer within exclusive bounds', { type: 'integer', exclusiveMinimum: 5, exclusiveMaximum: 7 }],
  ['a number within a narrow exclusive range', { type: 'number', exclusiveMinimum: 0, exclusiveMaximum: 0.001 }],
  ['a negative number below an exclusive maximum', { type: 'number', exclusiveMaximum: -1000 }],
  ['an integer above a huge minimum', { type: 'integer', minimum: 1e15 }],
  ['an integer that is a multiple', { type: 'integer', multipleOf: 7, minimum: 100, maximum: 120 }],
  ['an integer that is a multiple of two steps', { type: 'integer', allOf: [{ multipleOf: 4 }, { multipleOf: 6 }] }],
  ['a number that is a multiple of a decimal', { type: 'number', multipleOf: 0.1 }],
  ['a number that is a multiple of a cent within bounds', { type: 'number', multipleOf: 0.01, minimum: 1, maximum: 2 }],
  ['an int32 near its limit', { type: 'integer', format: 'int32', minimum: 2147483000 }],
  ['a whole number for an int64 number', { type: 'number', format: 'int64' }],
  ['a float', { type: 'number', format: 'float', maximum: 3 }],
  ['a double', { type: 'number', format: 'double', minimum: -1 }],
  ['a string within lengths', { type: 'string', minLength: 30, maxLength: 32 }],
  ['an empty string', { type: 'string', maxLength: 0 }],
  ['a string of a pattern', { type: 'string', pattern: '^[A-Z]{3}-\\d{4}$' }],
  ['a string of a pattern with groups and alternatives', { type: 'string', pattern: '^(foo|bar)_[a-z]+(-\\d{2})?$' }],
  ['a string of a pattern with lookaheads', { type: 'string', pattern: '^(?=.*[A-Z])(?=.*\\d)[A-Za-z\\d]{8,}$' }],
  ['a string of a pattern within lengths', { type: 'string', pattern: '^[a-z]+$', minLength: 10, maxLength: 12 }],
  ['a string of an unanchored pattern', { type: 'string', pattern: 'ab+c' }],
  ['a string of two patterns', { type: 'string', allOf: [{ pattern: '^[a-z0-9]+$' }, { pattern: '\\d' }] }],
  ['an unknown format as a plain string', { type: 'string', format: 'x-color-name', maxLength: 10 }],
  ['an enum member', { enum: ['red', 'green', 1, null] }],
  ['an enum member the other keywords allow', { type: 'string', enum: ['red', 'green', 1, 'no'], minLength: 3 }],
  ['a const', { const: { nested: [1, 'two'] } }],
  ['a valid example over a generated value', { type: 'integer', examples: [42] }],
  ['a generated value when the example is invalid', { type: 'integer', minimum: 0, example: -5 }],
  [
    'an array of items within minItems and maxItems',
    { type: 'array', items: { type: 'string' }, minItems: 4, maxItems: 5 },
  ],
  [
    'an array of unique items',
    { type: 'array', items: { type: 'integer', minimum: 0, maximum: 5 }, minItems: 5, uniqueItems: true },
  ],
  [
    'a tuple',
    {
      type: 'array',
      prefixItems: [{ type: 'string', format: 'date' }, { type: 'integer' }],
      minItems: 2,
      items: false,
    },
  ],
  [
    'an array that contains',
    {
      type: 'array',
      items: { type: 'integer' },
      contains: { type: 'integer', minimum: 100 },
      minContains: 2,
      maxContains: 3,
    },
  ],
  [
    'an object with required and optional properties',
    {
      type: 'object',
      additionalProperties: false,
      required: ['a'],
      properties: { a: { type: 'string' }, b: { type: 'integer' } },
    },
  ],
  [
    'an object with additional properties allowed',
    { type: 'object', properties: { a: { type: 'string' } }, additionalProperties: true },
  ],
  [
    'an object with additional properties of a schema',
    { type: 'object', additionalProperties: { type: 'integer', minimum: 0 } },
  ],
  [
    'an object with pattern properties only',
    {
      type: 'object',
      patternProperties: { '^x-[a-z]+$': { type: 'string' } },
      additionalProperties: false,
      minProperties: 1,
    },
  ],
  [
    'an object with property names',
    {
      type: 'object',
      propertyNames: { pattern: '^[a-z]{2,5}$' },
      additionalProperties: { type: 'boolean' },
      minProperties: 2,
    },
  ],
  [
    'an object within minProperties and maxProperties',
    {
      type: 'object',
      properties: { a: { type: 'string' }, b: { type: 'string' }, c: { type: 'string' } },
      minProperties: 2,
      maxProperties: 2,
    },
  ],
  [
    'an object with dependentRequired',
    {
      type: 'object',
      properties: { card: { type: 'string' }, billing: { type: 'string' } },
      dependentRequired: { card: ['billing'] },
    },
  ],
  [
    'an object with dependentSchemas',
    {
      type: 'object',
      properties: { card: { type: 'string' } },
      dependentSchemas: { card: { properties: { cvc: { type: 'string', pattern: '^\\d{3}$' } }, required: ['cvc'] } },
    },
  ],
  [
    'allOf merged',
    { allOf: [{ type: 'integer', minimum: 10 }, { type: 'number', maximum: 12 }, { not: { const: 11 } }] },
  ],
  ['allOf of referenced objects', { $ref: '#/components/schemas/Derived' }],
  [
    'anyOf',
    {
      anyOf: [
        { type: 'string', format: 'uuid' },
        { type: 'integer', minimum: 0 },
      ],
    },
  ],
  [
    'oneOf with overlapping branches',
    { type: 'integer', minimum: 0, maximum: 20, oneOf: [{ multipleOf: 2 }, { multipleOf: 3 }] },
  ],
  [
    'oneOf of objects whose properties are all optional',
    { type: 'object', oneOf: [{ properties: { a: { type: 'string' } } }, { properties: { b: { type: 'integer' } } }] },
  ],
  ['oneOf of a string and a narrower string', { oneOf: [{ type: 'string' }, { type: 'string', format: 'email' }] }],
  ['oneOf with a discriminator', { $ref: '#/components/schemas/Pet' }],
  ['not of a type', { type: ['string', 'integer'], not: { type: 'string' } }],
  ['not of an enum', { type: 'string', enum: ['a', 'b', 'c'], not: { enum: ['a', 'b'] } }],
  [
    'if/then/else',
    {
      type: 'object',
      required: ['kind'],
      properties: { kind: { enum: ['a', 'b'] } },
      if: { properties: { kind: { const: 'a' } } },
      then: { properties: { a: { type: 'string' } }, required: ['a'] },
      else: { properties: { b: { type: 'integer' } }, required: ['b'] },
    },
  ],
  [
    'a nullable reference (OpenAPI 3.0 nullable, normalized)',
    { anyOf: [{ $ref: '#/components/schemas/Account' }, { type: 'null' }] },
  ],
  ['a recursive reference', { $ref: '#/components/schemas/Node' }],
  ['a recursive reference ended by null', { $ref: '#/components/schemas/LinkedItem' }],
  [
    'a schema with OpenAPI annotations',
    {
      type: 'object',
      properties: { a: { type: 'string', deprecated: true } },
      xml: { name: 'x' },
      externalDocs: { url: 'https://example.org' },
      example: { a: 'b' },
    },
  ],
  ['any value', {}],
]

it.each(cases)('generates %s, valid for every seed', (_, schema) => {
  generateValid(schema)
})

it.each([
  'date-time',
  'date',
  'time',
  'duration',
  'email',
  'idn-email',
  'hostname',
  'idn-hostname',
  'ipv4',
  'ipv6',
  'uri',
  'uri-reference',
  'iri',
  'iri-reference',
  'uri-template',
  'url',
  'uuid',
  'json-pointer',
  'relative-json-pointer',
  'regex',
  'byte',
  'binary',
  'password',
])('generates strings of format %s', (format) => {
  const values = generateValid({ type: 'string', format })
  expect(new Set(values).size).toBeGreaterThan(1)
})

it.each(['date-time', 'time', 'email', 'uri', 'url', 'uri-reference', 'json-pointer', 'byte', 'password', 'binary'])(
  'generates strings of format %s longer than its values tend to be',
  (format) => {
    generateValid({ type: 'string', format, minLength: 40 })
  },
)

it.each(['date-time', 'email', 'uri', 'ipv6', 'uuid', 'hostname'])(
  'generates strings of format %s shorter than its values tend to be',
  (format) => {
    generateValid({ type: 'string', format, maxLength: 36 })
  },
)

it('throws for a format no string of the lengths meets', () => {
  expect(() => generateSeeded(document, { type: 'string', format: 'ipv4', minLength: 40 }, 1)).toThrow(
    'no string found that meets minLength 40, format ipv4',
  )
})

it('falls back to the smallest value when realistic ones keep failing', () => {
  expect(generateSeeded(document, { type: 'array', items: { type: 'integer' }, not: { minItems: 1 } }, 1)).toEqual([])
})

it('prefers an example, a default or a const when they validate', () => {
  expect(generateSeeded(document, { type: 'string', examples: ['only'] }, 1)).toBe('only')
  expect(generateSeeded(document, { type: 'integer', default: 20, maximum: 100 }, 1)).toBe(20)
  expect(generateSeeded(document, { type: 'string', example: 'x', minLength: 2 }, 1)).not.toBe('x')
})

it('generates both branches of a nullable type across seeds', () => {
  const values = generateValid({ type: ['string', 'null'] })
  expect(values).toContain(null)
  expect(values.some((value) => typeof value === 'string')).toBe(true)
})

it('leaves writeOnly properties out of responses and readOnly ones out of requests', () => {
  const responses = generateValid(schemas.Account!, 'response') as Schema[]
  const requests = generateValid(schemas.Account!, 'request') as Schema[]
  expect(responses.some((value) => 'password' in value)).toBe(false)
  expect(responses.some((value) => 'id' in value)).toBe(true)
  expect(requests.some((value) => 'id' in value)).toBe(false)
  expect(requests.some((value) => 'password' in value)).toBe(true)
})

it('gives a discriminator property the value of the branch taken', () => {
  const pets = generateValid(schemas.Pet!) as Schema[]
  expect(pets.every((pet) => (pet.kind === 'cat') === 'lives' in pet)).toBe(true)
  expect(new Set(pets.map((pet) => pet.kind))).toEqual(new Set(['cat', 'dog']))
})

it('matches exactly one oneOf branch', () => {
  const values = generateValid({
    type: 'integer',
    minimum: 0,
    maximum: 20,
    oneOf: [{ multipleOf: 2 }, { multipleOf: 3 }],
  }) as number[]
  expect(values.every((value) => (value % 2 === 0) !== (value % 3 === 0))).toBe(true)
})

it('ends recursion with empty arrays, left-out properties and null branches', () => {
  const depth = (node: Schema): number => 1 + Math.max(0, ...((node.children ?? []) as Schema[]).map(depth))
  expect(Math.max(...(generateValid(schemas.Node!) as Schema[]).map(depth))).toBeLessThanOrEqual(4)
  const length = (item: Schema | null): number => (item === null ? 0 : 1 + length(item.next as Schema | null))
  expect(Math.max(...(generateValid(schemas.LinkedItem!) as Schema[]).map(length))).toBeLessThanOrEqual(4)
})

it('uses property names as hints for realistic values', () => {
  const person = generateSeeded(
    document,
    {
      type: 'object',
      required: ['email', 'first_name', 'city', 'created_at', 'id'],
      properties: {
        email: { type: 'string' },
        first_name: { type: 'string' },
        city: { type: 'string' },
        created_at: { type: 'string' },
        id: { type: 'integer' },
      },
    },
    7,
  ) as Schema
  expect(person.email).toMatch(/^[^@\s]+@[^@\s]+\.[a-z]+$/i)
  expect(person.created_at).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/)
  expect(person.id).toBeGreaterThan(0)
  expect(person.first_name).toMatch(/^[A-Z]/)
})

it('gives the same value for the same seed, byte for byte', () => {
  for (const [, schema] of cases)
    expect(JSON.stringify(generateSeeded(document, schema, 42))).toBe(
      JSON.stringify(generateSeeded(document, schema, 42)),
    )
})

it('gives another value for another seed', () => {
  const schema = schemas.Derived!
  expect(new Set(SEEDS.map((seed) => JSON.stringify(generateSeeded(document, schema, seed)))).size).toBe(SEEDS.length)
})

it('draws on the faker it is given and on nothing else (no Math.random, no clock)', () => {
  // A Faker draws its first seed from Math.random when it is built: build them first.
  const fakers = cases.map(() => createSeededFaker(3))
  const random = vi.spyOn(Math, 'random')
  const now = vi.spyOn(Date, 'now')
  try {
    cases.forEach(([, schema], index) =>
      generateFromSchema(schema, { document, direction: 'response', faker: fakers[index]! }),
    )
    expect(random).not.toHaveBeenCalled()
    expect(now).not.toHaveBeenCalled()
  } finally {
    random.mockRestore()
    now.mockRestore()
  }
})

it('continues the faker it is given, so two calls on one faker differ', () => {
  const faker = createSeededFaker(5)
  const first = generateFromSchema(schemas.Derived, { document, direction: 'response', faker })
  const second = generateFromSchema(schemas.Derived, { document, direction: 'response', faker })
  expect(second).not.toEqual(first)
})

it('throws an error naming the pointer of a schema no value satisfies', () => {
  expect(() => generateSeeded(document, schemas.Never, 1)).toThrow(
    /SPEC_INVALID|#\/components\/schemas\/Never.*#\/components\/schemas\/Never\/not/,
  )
  expect(() => generateSeeded(document, schemas.Never, 1)).toThrow('the schema at #/components/schemas/Never')
  expect(() => generateSeeded(document, { $ref: '#/components/schemas/Endless' }, 1)).toThrow(
    'it nests itself without end',
  )
  expect(() => generateSeeded(document, { type: 'string', minLength: 5, maxLength: 2 }, 1)).toThrow(
    'its minLength is above its maxLength',
  )
})

it('throws an error naming the pointer of a schema the contract cannot compile', () => {
  expect(() => generateSeeded(document, { type: 'object', required: ['a'] }, 1)).toThrow(
    'Failed to compile the schema at (a schema outside the document): strict mode: required property "a" is not defined',
  )
})

it('throws for a required readOnly property in a request, naming it', () => {
  const schema = { type: 'object', required: ['id'], properties: { id: { type: 'integer', readOnly: true } } }
  expect(() => generateSeeded(document, schema, 1, 'request')).toThrow(
    'readOnly, and a request may not carry it at (a schema outside the document)/properties/id',
  )
  expect(generateSeeded(document, schema, 1, 'response')).toEqual({ id: expect.any(Number) })
})

it('gives only required properties and the fewest items when minimal, for every seed', () => {
  const schema = {
    type: 'object',
    additionalProperties: false,
    required: ['tags', 'owner'],
    properties: {
      tags: { type: 'array', items: { type: 'string' }, minItems: 1, maxItems: 5 },
      owner: schemas.Derived,
      note: { type: 'string' },
      count: { type: 'integer' },
    },
  }
  for (const seed of SEEDS) {
    const value = generateFromSchema(schema, {
      document,
      direction: 'request',
      faker: createSeededFaker(seed),
      minimal: true,
    }) as Schema
    expect(validateGenerated(document, schema, value, 'request').valid).toBe(true)
    expect(Object.keys(value).sort()).toEqual(['owner', 'tags'])
    expect(value.tags).toHaveLength(1)
    expect(Object.keys(value.owner as Schema).sort()).toEqual(['id', 'title'])
  }
})

it('finds a minimal oneOf value where the smallest one meets every branch (an empty array)', () => {
  const schema = {
    oneOf: [
      { type: 'array', items: { type: 'string' } },
      { type: 'array', items: { type: 'object' } },
    ],
  }
  for (const seed of SEEDS) {
    const value = generateFromSchema(schema, {
      document,
      direction: 'request',
      faker: createSeededFaker(seed),
      minimal: true,
    })
    expect(validateGenerated(document, schema, value, 'request').valid).toBe(true)
    expect((value as unknown[]).length).toBeGreaterThan(0)
  }
})

it("meets a user's pattern that only reads without the u flag, as the lenient contract reads it", () => {
  const schema = { type: 'string', pattern: '^(?:{[0-9a-f]{4}}|[0-9a-f]{8})$' }
  for (const seed of SEEDS) {
    const value = generateFromSchema(schema, {
      document,
      direction: 'request',
      faker: createSeededFaker(seed),
      minimal: true,
      strict: false,
    })
    expect(value).toMatch(/^(?:\{[0-9a-f]{4}\}|[0-9a-f]{8})$/)
  }
})

it("leaves out a required readOnly property of a user's document in a request, and a writeOnly one in a response", () => {
  const schema = {
    type: 'object',
    required: ['id', 'password', 'name'],
    properties: {
      id: { type: 'integer', readOnly: true },
      password: { type: 'string', writeOnly: true },
      name: { type: 'string' },
    },
  }
  const generate = (direction: 'request' | 'response') =>
    generateFromSchema(schema, { document, direction, faker: createSeededFaker(1), minimal: true, strict: false })
  expect(Object.keys(generate('request') as Schema).sort()).toEqual(['name', 'password'])
  expect(Object.keys(generate('response') as Schema).sort()).toEqual(['id', 'name'])
})
