import { expect, it } from 'vitest'
import { colorSchemas, readParameter } from '../../../test/support/read-parameter.js'

const matrix = (schema: object, text: string, explode: boolean) =>
  readParameter(
    { name: 'color', in: 'path', required: true, style: 'matrix', explode, schema },
    { path: { color: text } },
  )

it('reads matrix path parameters as OpenAPI shows them', () => {
  expect(matrix(colorSchemas.primitive, ';color=blue', false).path.color).toBe('blue')
  expect(matrix(colorSchemas.array, ';color=blue,black,brown', false).path.color).toEqual(['blue', 'black', 'brown'])
  expect(matrix(colorSchemas.object, ';color=R,100,G,200', false).path.color).toEqual({ R: 100, G: 200 })
  expect(matrix(colorSchemas.primitive, ';color', false).path.color).toBe('')
})

it('reads exploded matrix path parameters as OpenAPI shows them', () => {
  expect(matrix(colorSchemas.primitive, ';color=blue', true).path.color).toBe('blue')
  expect(matrix(colorSchemas.array, ';color=blue;color=black;color=brown', true).path.color).toEqual([
    'blue',
    'black',
    'brown',
  ])
  expect(matrix(colorSchemas.object, ';R=100;G=200', true).path.color).toEqual({ R: 100, G: 200 })
})

it('refuses a matrix value that names another parameter', () => {
  expect(matrix(colorSchemas.primitive, ';colour=blue', false).unreadable).toEqual([
    { in: 'path', name: 'color', reason: '";colour=blue" is not ";color=<value>"' },
  ])
  expect(matrix(colorSchemas.array, ';color=blue;size=2', true).unreadable).toEqual([
    { in: 'path', name: 'color', reason: '"size=2" is not "color=<value>"' },
  ])
})

it('refuses a matrix value without its leading ";"', () => {
  expect(matrix(colorSchemas.primitive, 'color=blue', false).unreadable).toEqual([
    { in: 'path', name: 'color', reason: '"color=blue" does not start with ";" (matrix style)' },
  ])
})
