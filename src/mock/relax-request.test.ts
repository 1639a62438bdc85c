import { expect, it } from 'vitest'
import { toRubyInteger } from './relax-request.js'

it("reads text as Ruby's String#to_i does: leading whitespace, a sign, digits with _ between them", () => {
  expect(['12abc', ' \t-7x', '+3', '1_000', '1__0', '007', '-0'].map(toRubyInteger)).toEqual([
    '12',
    '-7',
    '3',
    '1000',
    '1',
    '7',
    '0',
  ])
})

it('reads text that does not start like a number as 0', () => {
  expect(['abc', '', '- 1', '_1', '0x1A'].map(toRubyInteger)).toEqual(['0', '0', '0', '0', '0'])
})

it('keeps every digit of an integer beyond 2^53, for the bounds to refuse it', () => {
  expect(toRubyInteger('9007199254740993abc')).toBe('9007199254740993')
})
