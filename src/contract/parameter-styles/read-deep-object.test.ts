import { expect, it } from 'vitest'
import { colorSchemas, readParameter } from '../../../test/support/read-parameter.js'

const deep = (schema: object, search: string) =>
  readParameter({ name: 'color', in: 'query', style: 'deepObject', explode: true, schema }, { search })

it('reads a deepObject query object, coercing each property by its schema', () => {
  expect(deep(colorSchemas.object, 'color%5BR%5D=100&color[G]=200&other=1').query.color).toEqual({ R: 100, G: 200 })
})

it('reads an array property of a deepObject from its repeated key', () => {
  const schema = { type: 'object', properties: { tags: { type: 'array', items: { type: 'integer' } } } }
  expect(deep(schema, 'color[tags]=1&color[tags]=2').query.color).toEqual({ tags: [1, 2] })
})

it('leaves a deepObject that did not come absent', () => {
  expect(deep(colorSchemas.object, 'other=1').query).toEqual({})
})

it('refuses a deepObject key nested deeper than one level', () => {
  expect(deep(colorSchemas.object, 'color[R][x]=1').unreadable).toEqual([
    { in: 'query', name: 'color', reason: '"color[R][x]" is not "color[<property>]": deepObject reads one level' },
  ])
})

it('refuses a deepObject property that came twice', () => {
  expect(deep(colorSchemas.object, 'color[R]=1&color[R]=2').unreadable).toEqual([
    { in: 'query', name: 'color', reason: '"color[R]" came 2 times' },
  ])
})

it('refuses deepObject on a schema that is not an object', () => {
  expect(deep(colorSchemas.array, 'color[0]=a').unreadable).toEqual([
    { in: 'query', name: 'color', reason: 'deepObject style reads an object, and its schema is not one' },
  ])
})
