import type { OpenAPIV3_1 } from 'openapi-types'
import { expect, it } from 'vitest'
import { compileParameterReader } from './deserialize-parameters.js'

const document: OpenAPIV3_1.Document = {
  openapi: '3.1.0',
  info: { title: 't', version: '1' },
  components: { schemas: { Field: { type: 'string', enum: ['a', '-a'] }, Count: { type: 'integer' } } },
}

const read = compileParameterReader(document, [
  { name: 'id', in: 'path', required: true, schema: { type: 'integer' } },
  { name: 'limit', in: 'query', schema: { $ref: '#/components/schemas/Count' } },
  { name: 'ratio', in: 'query', schema: { type: 'number' } },
  { name: 'all', in: 'query', schema: { type: 'boolean' } },
  { name: 'page', in: 'query', schema: { type: 'integer', default: 1 } },
  {
    name: 'order_by',
    in: 'query',
    style: 'form',
    explode: true,
    'x-chatmock-comma-separated': true,
    schema: { type: 'array', items: { $ref: '#/components/schemas/Field' } },
  } as OpenAPIV3_1.ParameterObject,
  {
    name: 'ids',
    in: 'query',
    'x-chatmock-comma-separated': true,
    schema: { type: 'array', items: { type: 'integer' } },
  } as OpenAPIV3_1.ParameterObject,
  // openapi-types does not type 3.1's list of types.
  {
    name: 'X-Trace',
    in: 'header',
    schema: { type: ['integer', 'null'] } as unknown as OpenAPIV3_1.ParameterObject['schema'],
  },
])

function query(entries: Array<[string, string]>): Map<string, string[]> {
  const result = new Map<string, string[]>()
  for (const [key, value] of entries) result.set(key, [...(result.get(key) ?? []), value])
  return result
}

it('coerces integers, numbers and booleans from strings', () => {
  const result = read({
    path: { id: '7' },
    query: query([
      ['limit', '20'],
      ['ratio', '0.5'],
      ['all', 'true'],
    ]),
    headers: { 'x-trace': '42' },
  })
  expect(result).toMatchObject({
    path: { id: 7 },
    query: { limit: 20, ratio: 0.5, all: true },
    header: { 'x-trace': 42 },
  })
})

it('leaves a value that is not of its type as it came, for validation to report', () => {
  const result = read({
    path: { id: 'abc' },
    query: query([
      ['limit', '1.5'],
      ['all', 'yes'],
    ]),
    headers: {},
  })
  expect(result).toMatchObject({ path: { id: 'abc' }, query: { limit: '1.5', all: 'yes' } })
})

it('reads an integer beyond 2^53 as a number where the schema bounds it below 2^53, for that bound to refuse', () => {
  const bounded = compileParameterReader(document, [
    { name: 'id', in: 'path', required: true, schema: { type: 'integer', maximum: Number.MAX_SAFE_INTEGER } },
  ])
  expect(bounded({ path: { id: '9007199254740993' }, query: new Map(), headers: {} }).path.id).toBeGreaterThan(
    Number.MAX_SAFE_INTEGER,
  )
})

it('keeps integers beyond 2^53 as text rather than rounding them where the schema sets no bound', () => {
  expect(read({ path: { id: '9007199254740993' }, query: new Map(), headers: {} }).path.id).toBe('9007199254740993')
})

it('reads form arrays from repeated keys', () => {
  expect(
    read({
      path: {},
      query: query([
        ['order_by', 'a'],
        ['order_by', '-a'],
      ]),
      headers: {},
    }).query.order_by,
  ).toEqual(['a', '-a'])
})

it('reads form arrays from comma-separated values where the parameter says x-chatmock-comma-separated', () => {
  expect(read({ path: {}, query: query([['order_by', 'a,-a']]), headers: {} }).query.order_by).toEqual(['a', '-a'])
})

it('coerces the items of an array', () => {
  expect(
    read({
      path: {},
      query: query([
        ['ids', '1,2'],
        ['ids', '3'],
      ]),
      headers: {},
    }).query.ids,
  ).toEqual([1, 2, 3])
})

it('applies defaults to absent parameters', () => {
  expect(read({ path: {}, query: new Map(), headers: {} }).query).toEqual({ page: 1 })
})

it('reports a non-array parameter given more than once', () => {
  const result = read({
    path: {},
    query: query([
      ['limit', '1'],
      ['limit', '2'],
    ]),
    headers: {},
  })
  expect(result.repeated).toEqual([{ in: 'query', name: 'limit' }])
  expect(result.query.limit).toBe(1)
})

it("reads `key[]`, the array form of Express's and Rails' query parsers, as the key", () => {
  expect(
    read({
      path: {},
      query: query([
        ['ids[]', '1'],
        ['ids[]', '2'],
        ['ids', '3'],
      ]),
      headers: {},
    }).query.ids,
  ).toEqual([3, 1, 2])
})

it('lists the query keys an operation does not declare when it refuses them', () => {
  const strict = compileParameterReader(
    document,
    [
      { name: 'room', in: 'query', schema: { type: 'string' } },
      { name: 'tags', in: 'query', schema: { type: 'array', items: { type: 'string' } } },
    ],
    { strictQuery: true },
  )
  expect(
    strict({
      path: {},
      query: query([
        ['room', 'a'],
        ['tags[]', 'x'],
        ['rom', 'b'],
        ['$foo', '1'],
      ]),
      headers: {},
    }).unknown,
  ).toEqual(['rom', '$foo'])
})

it('ignores undeclared query keys unless told to refuse them', () => {
  expect(read({ path: {}, query: query([['rom', 'b']]), headers: {} }).unknown).toEqual([])
})
