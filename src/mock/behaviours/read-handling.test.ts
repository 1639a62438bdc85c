import { expect, it } from 'vitest'
import { isStrict, readHandling } from './read-handling.js'

it('reads handling=strict and handling=lenient among other preferences, in any case', () => {
  expect(readHandling('handling=strict')).toBe('strict')
  expect(readHandling('code=404, handling=lenient')).toBe('lenient')
  expect(readHandling('respond-async, HANDLING="Strict"; wait=10')).toBe('strict')
  expect(readHandling('code=404; handling=strict')).toBe('strict')
})

it('reads no handling from a header without one, or with a value it does not know', () => {
  expect(readHandling(undefined)).toBeUndefined()
  expect(readHandling('code=404, example=empty')).toBeUndefined()
  expect(readHandling('handling=loose')).toBeUndefined()
  expect(readHandling('mishandling=strict')).toBeUndefined()
})

it('follows the first handling given, as RFC 7240 says of a repeated preference', () => {
  expect(readHandling('handling=lenient, handling=strict')).toBe('lenient')
  expect(readHandling('handling=loose, handling=strict')).toBeUndefined()
})

it('is strict as the request prefers, else as the runtime is', () => {
  expect(isStrict(undefined, true)).toBe(true)
  expect(isStrict('code=200', false)).toBe(false)
  expect(isStrict('handling=strict', false)).toBe(true)
  expect(isStrict('handling=lenient', true)).toBe(false)
})
