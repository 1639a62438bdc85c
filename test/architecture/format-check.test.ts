import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, expect, it } from 'vitest'
import { runLint } from '../support/run-lint.js'

// `npm run lint:format` must fail on code prettier would reshape: the project's .prettierrc.json,
// run as the script runs it, over one file formatted as prettier would and one that is not.

const tree = mkdtempSync(join(tmpdir(), 'chatmock-format-'))
afterAll(() => rmSync(tree, { recursive: true, force: true }))

const call = `describe(${Array.from({ length: 12 }, (_, index) => `'argument ${index}'`).join(', ')})`
writeFileSync(join(tree, 'kept.ts'), "export const kept = ['a', 'b']\n")
writeFileSync(join(tree, 'long.ts'), `export const long = ${call};\n`)

it('fails a tree with a line over 120 characters and a semicolon, naming that file only', async () => {
  const { code, stdout, stderr } = await runLint('lint:format', tree, '.prettierrc.json')
  expect(code).not.toBe(0)
  expect(`${stdout}${stderr}`).toContain('long.ts')
  expect(`${stdout}${stderr}`).not.toContain('kept.ts')
})
