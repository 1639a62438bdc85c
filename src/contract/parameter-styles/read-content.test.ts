import { expect, it } from 'vitest'
import { readParameter } from '../../../test/support/read-parameter.js'

const json = { 'application/json': { schema: { type: 'object', properties: { lat: { type: 'number' } } } } }

it('parses a JSON content query parameter', () => {
  expect(
    readParameter({ name: 'at', in: 'query', content: json }, { search: `at=${encodeURIComponent('{"lat":1.5}')}` })
      .query.at,
  ).toEqual({ lat: 1.5 })
})

it('parses JSON content parameters in the path, a header and a cookie', () => {
  const text = '{"lat":2}'
  expect(
    readParameter({ name: 'at', in: 'path', required: true, content: json }, { path: { at: text } }).path.at,
  ).toEqual({ lat: 2 })
  expect(
    readParameter({ name: 'X-At', in: 'header', content: json }, { headers: { 'x-at': text } }).header['x-at'],
  ).toEqual({
    lat: 2,
  })
  expect(
    readParameter(
      { name: 'at', in: 'cookie', content: json },
      { headers: { cookie: `at=${encodeURIComponent(text)}` } },
    ).cookie.at,
  ).toEqual({ lat: 2 })
})

it('keeps the text of a content parameter whose media type is not JSON', () => {
  expect(
    readParameter(
      { name: 'q', in: 'query', content: { 'text/plain': { schema: { type: 'string' } } } },
      { search: 'q=a,b' },
    ).query.q,
  ).toBe('a,b')
})

it('refuses a JSON content parameter that is not JSON, naming why', () => {
  expect(readParameter({ name: 'at', in: 'query', content: json }, { search: 'at={lat' }).unreadable).toEqual([
    {
      in: 'query',
      name: 'at',
      reason: expect.stringMatching(/^"\{lat" is not valid JSON \(application\/json\): /),
    },
  ])
})
