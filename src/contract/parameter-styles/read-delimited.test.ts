import { expect, it } from 'vitest'
import { colorSchemas, readParameter } from '../../../test/support/read-parameter.js'

const delimited = (style: string, schema: object, search: string, explode = false) =>
  readParameter({ name: 'color', in: 'query', style, explode, schema }, { search })

it('reads spaceDelimited query arrays and objects, %20 and + alike', () => {
  expect(delimited('spaceDelimited', colorSchemas.array, 'color=blue%20black%20brown').query.color).toEqual([
    'blue',
    'black',
    'brown',
  ])
  expect(delimited('spaceDelimited', colorSchemas.array, 'color=blue+black').query.color).toEqual(['blue', 'black'])
  expect(delimited('spaceDelimited', colorSchemas.object, 'color=R%20100%20G%20200').query.color).toEqual({
    R: 100,
    G: 200,
  })
})

it('reads pipeDelimited query arrays and objects', () => {
  expect(delimited('pipeDelimited', colorSchemas.array, 'color=blue|black|brown').query.color).toEqual([
    'blue',
    'black',
    'brown',
  ])
  expect(delimited('pipeDelimited', colorSchemas.object, 'color=R|100|G|200').query.color).toEqual({ R: 100, G: 200 })
})

it('reads exploded delimited arrays from repeated keys', () => {
  expect(delimited('pipeDelimited', colorSchemas.array, 'color=a&color=b', true).query.color).toEqual(['a', 'b'])
})

it('refuses a pipeDelimited object of an odd number of items', () => {
  expect(delimited('pipeDelimited', colorSchemas.object, 'color=R|100|G').unreadable).toEqual([
    { in: 'query', name: 'color', reason: '"R|100|G" has 3 items split by "|": an object is key, value pairs' },
  ])
})

it('refuses pipeDelimited outside the query', () => {
  expect(
    readParameter(
      { name: 'color', in: 'path', required: true, style: 'pipeDelimited', schema: colorSchemas.array },
      { path: { color: 'a|b' } },
    ).unreadable,
  ).toEqual([
    {
      in: 'path',
      name: 'color',
      reason: 'style "pipeDelimited" is not defined for path parameters (simple, label, matrix)',
    },
  ])
})
