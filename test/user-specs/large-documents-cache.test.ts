import { describe, expect, it } from 'vitest'
import { GITHUB } from '../../bench/large-documents.js'
import { contract } from '../../src/contract/contract.js'
import { createApiSpec } from '../../src/contract/create-api-spec.js'
import { getContract } from '../../src/contract/get-contract.js'
import { SpecError } from '../../src/errors/spec-error.js'
import { readSpecFile } from '../../src/openapi/load-spec.js'

// The compiled validators of a user's document are held for at most `validatorCache` operations:
// past it the least recently used are dropped and compiled again on their next use, with the same
// verdicts. Here with room for 4 of GitHub's 1,223 operations.

const api = createApiSpec({ id: 'github-cache', document: readSpecFile(GITHUB.file).document, validatorCache: 4 })
const checked = contract(api)
const { compiled } = getContract(api)
const operation = api.operationsById.get('repos/get')!
const others = api.operations.filter((other) => other !== operation).slice(0, 6)

const exchanges = [
  { status: 200, headers: { 'content-type': 'application/json' }, body: { id: 'one', name: 7, owner: null } },
  { status: 404, headers: { 'content-type': 'application/json' }, body: { message: 'Not Found' } },
  { status: 404, headers: { 'content-type': 'application/json' }, body: { message: 404 } },
  { status: 418, headers: {}, body: undefined },
]

async function judge() {
  return Promise.all(exchanges.map((exchange) => checked.validateResponse('repos/get', exchange)))
}

describe('validatorCache', () => {
  it('compiles a held operation once: its next use gets the same validators', () => {
    expect(compiled(operation)).toBe(compiled(operation))
  })

  it('drops the least recently used operation past 4 and compiles it again with the same verdicts', async () => {
    const first = compiled(operation)
    const before = await judge()
    for (const other of others) compiled(other)
    const again = compiled(operation)
    expect(again).not.toBe(first)
    expect(await judge()).toEqual(before)
    expect(before.map((verdict) => verdict.valid)).toEqual([false, true, false, false])
  })

  it('keeps the operations used last while others are dropped', () => {
    for (const other of others) compiled(other)
    const last = compiled(others.at(-1)!)
    compiled(others.at(-2)!)
    expect(compiled(others.at(-1)!)).toBe(last)
  })

  it('refuses a validatorCache that is not a whole number of operations', () => {
    for (const validatorCache of [0, 2.5, -1])
      expect(() => createApiSpec({ id: 'bad-cache', document: api.document, validatorCache })).toThrow(SpecError)
  })
})
