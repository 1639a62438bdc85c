import { expect, it } from 'vitest'
import { colorSchemas, readParameter } from '../../../test/support/read-parameter.js'

const label = (schema: object, text: string, explode: boolean) =>
  readParameter(
    { name: 'color', in: 'path', required: true, style: 'label', explode, schema },
    { path: { color: text } },
  )

it('reads label path parameters as OpenAPI shows them', () => {
  expect(label(colorSchemas.primitive, '.blue', false).path.color).toBe('blue')
  expect(label(colorSchemas.array, '.blue,black,brown', false).path.color).toEqual(['blue', 'black', 'brown'])
  expect(label(colorSchemas.object, '.R,100,G,200', false).path.color).toEqual({ R: 100, G: 200 })
})

it('reads exploded label path parameters as OpenAPI shows them', () => {
  expect(label(colorSchemas.primitive, '.blue', true).path.color).toBe('blue')
  expect(label(colorSchemas.array, '.blue.black.brown', true).path.color).toEqual(['blue', 'black', 'brown'])
  expect(label(colorSchemas.object, '.R=100.G=200', true).path.color).toEqual({ R: 100, G: 200 })
})

it('refuses a label value without its leading "."', () => {
  expect(label(colorSchemas.primitive, 'blue', false).unreadable).toEqual([
    { in: 'path', name: 'color', reason: '"blue" does not start with "." (label style)' },
  ])
})

it('refuses label style outside the path', () => {
  expect(
    readParameter(
      { name: 'color', in: 'query', style: 'label', schema: colorSchemas.primitive },
      { search: 'color=.a' },
    ).unreadable,
  ).toEqual([
    {
      in: 'query',
      name: 'color',
      reason: 'style "label" is not defined for query parameters (form, spaceDelimited, pipeDelimited, deepObject)',
    },
  ])
})
