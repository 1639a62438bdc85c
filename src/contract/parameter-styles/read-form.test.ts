import { expect, it } from 'vitest'
import { colorSchemas, readParameter } from '../../../test/support/read-parameter.js'

const inQuery = (schema: object, search: string, explode?: boolean) =>
  readParameter({ name: 'color', in: 'query', schema, ...(explode === undefined ? {} : { explode }) }, { search })
const inCookie = (schema: object, cookie: string, explode?: boolean) =>
  readParameter(
    { name: 'color', in: 'cookie', schema, ...(explode === undefined ? {} : { explode }) },
    { headers: { cookie } },
  )

it('reads exploded form query parameters, the default of the query, from repeated keys only', () => {
  expect(inQuery(colorSchemas.primitive, 'color=blue').query.color).toBe('blue')
  expect(inQuery(colorSchemas.array, 'color=blue&color=black&color=brown').query.color).toEqual([
    'blue',
    'black',
    'brown',
  ])
  // OpenAPI's form style does not split an exploded array's value on commas.
  expect(inQuery(colorSchemas.array, 'color=blue,black').query.color).toEqual(['blue,black'])
  expect(inQuery(colorSchemas.object, 'R=100&G=200&other=1').query.color).toEqual({ R: 100, G: 200 })
})

it('reads an exploded form object of free keys from the keys no other parameter claims', () => {
  expect(
    readParameter(
      { name: 'filter', in: 'query', schema: { type: 'object', additionalProperties: { type: 'integer' } } },
      { search: 'a=1&b=2' },
    ).query.filter,
  ).toEqual({ a: 1, b: 2 })
})

it('reads form query parameters that are not exploded from comma-separated values', () => {
  expect(inQuery(colorSchemas.array, 'color=blue,black,brown', false).query.color).toEqual(['blue', 'black', 'brown'])
  expect(inQuery(colorSchemas.object, 'color=R,100,G,200', false).query.color).toEqual({ R: 100, G: 200 })
  expect(inQuery(colorSchemas.array, 'color=', false).query.color).toEqual([])
})

it('reports a form query parameter that is not exploded but came more than once', () => {
  expect(inQuery(colorSchemas.array, 'color=a&color=b', false).repeated).toEqual([{ in: 'query', name: 'color' }])
})

it('splits exploded form values on commas where the parameter says x-chatmock-comma-separated', () => {
  expect(
    readParameter(
      { name: 'color', in: 'query', 'x-chatmock-comma-separated': true, schema: colorSchemas.array },
      { search: 'color=blue,black&color=brown' },
    ).query.color,
  ).toEqual(['blue', 'black', 'brown'])
})

it('reads allowReserved query values with their reserved characters as they came', () => {
  expect(
    readParameter(
      { name: 'path', in: 'query', allowReserved: true, schema: colorSchemas.primitive },
      { search: 'path=/a/b:c@d!$,;' },
    ).query.path,
  ).toBe('/a/b:c@d!$,;')
})

it('reads form cookie parameters, the default of cookies, from the cookie header', () => {
  expect(inCookie(colorSchemas.primitive, 'session=x; color=blue%20sky').cookie.color).toBe('blue sky')
  expect(inCookie(colorSchemas.array, 'color=blue; color=black').cookie.color).toEqual(['blue', 'black'])
  expect(inCookie(colorSchemas.array, 'color=blue,black', false).cookie.color).toEqual(['blue', 'black'])
  expect(inCookie(colorSchemas.object, 'R=100; G=200').cookie.color).toEqual({ R: 100, G: 200 })
  expect(inCookie(colorSchemas.object, 'color=R,100,G,200', false).cookie.color).toEqual({ R: 100, G: 200 })
})

it('refuses an exploded form object whose property came more than once', () => {
  expect(inQuery(colorSchemas.object, 'R=1&R=2').unreadable).toEqual([
    { in: 'query', name: 'color', reason: 'its property "R" came 2 times' },
  ])
})
