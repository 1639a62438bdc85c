import { expect, it } from 'vitest'
import { colorSchemas, readParameter } from '../../../test/support/read-parameter.js'

const inPath = (schema: object, text: string, explode = false) =>
  readParameter({ name: 'color', in: 'path', required: true, schema, explode }, { path: { color: text } }).path.color
const inHeader = (schema: object, text: string, explode = false) =>
  readParameter({ name: 'X-Color', in: 'header', schema, explode }, { headers: { 'x-color': text } }).header['x-color']

it('reads a simple path primitive, array and object, the default style of path parameters', () => {
  expect(inPath(colorSchemas.primitive, 'blue')).toBe('blue')
  expect(inPath(colorSchemas.array, 'blue,black,brown')).toEqual(['blue', 'black', 'brown'])
  expect(inPath(colorSchemas.object, 'R,100,G,200')).toEqual({ R: 100, G: 200 })
})

it('reads an exploded simple path object as key=value pairs', () => {
  expect(inPath(colorSchemas.object, 'R=100,G=200', true)).toEqual({ R: 100, G: 200 })
  expect(inPath(colorSchemas.array, 'blue,black', true)).toEqual(['blue', 'black'])
})

it('reads simple header arrays and objects, trimming the spaces a repeated header is joined with', () => {
  expect(inHeader(colorSchemas.primitive, 'blue, black')).toBe('blue, black')
  expect(inHeader(colorSchemas.array, 'blue, black,brown')).toEqual(['blue', 'black', 'brown'])
  expect(inHeader(colorSchemas.object, 'R, 100, G, 200')).toEqual({ R: 100, G: 200 })
  expect(inHeader(colorSchemas.object, 'R=100, G=200', true)).toEqual({ R: 100, G: 200 })
})

it('refuses a simple object of an odd number of items, naming why', () => {
  const result = readParameter(
    { name: 'color', in: 'path', required: true, schema: colorSchemas.object },
    { path: { color: 'R,100,G' } },
  )
  expect(result.unreadable).toEqual([
    { in: 'path', name: 'color', reason: '"R,100,G" has 3 items split by ",": an object is key, value pairs' },
  ])
  expect(result.path).toEqual({})
})

it('refuses an exploded simple object entry without "="', () => {
  const result = readParameter(
    { name: 'X-Color', in: 'header', explode: true, schema: colorSchemas.object },
    { headers: { 'x-color': 'R=100,G' } },
  )
  expect(result.unreadable).toEqual([{ in: 'header', name: 'X-Color', reason: '"G" is not "<key>=<value>"' }])
})

it('refuses a style that OpenAPI does not define for headers', () => {
  expect(
    readParameter(
      { name: 'X-Color', in: 'header', style: 'form', schema: colorSchemas.array },
      { headers: { 'x-color': 'a' } },
    ).unreadable,
  ).toEqual([{ in: 'header', name: 'X-Color', reason: 'style "form" is not defined for header parameters (simple)' }])
})
