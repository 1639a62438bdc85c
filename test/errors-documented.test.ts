import { readFileSync } from 'node:fs'
import { expect, it } from 'vitest'
import { ErrorCodes } from '../src/errors/error-codes.js'

it('documents every error code in docs/reference/errors.md, and no other', () => {
  const text = readFileSync(new URL('../docs/reference/errors.md', import.meta.url), 'utf8')
  const documented = [...text.matchAll(/^## ([A-Z_]+)$/gm)].map((match) => match[1]).sort()
  expect(documented).toEqual(Object.values(ErrorCodes).sort())
})
