import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, expect, it } from 'vitest'
import { runLint } from '../support/run-lint.js'

// `npm run lint:unused` must fail on dead code: the project's knip.json, run as the script runs it,
// over a small package whose front door leaves a file and an export unused.

const tree = mkdtempSync(join(tmpdir(), 'chatmock-unused-'))
afterAll(() => rmSync(tree, { recursive: true, force: true }))

mkdirSync(join(tree, 'src'))
writeFileSync(join(tree, 'package.json'), '{ "name": "unused-code", "type": "module", "private": true }')
writeFileSync(join(tree, 'src/index.ts'), "export { used } from './parts.js'\n")
writeFileSync(join(tree, 'src/parts.ts'), 'export const used = 1\nexport const unused = 2\n')
writeFileSync(join(tree, 'src/orphan.ts'), 'export const orphan = 3\n')

it('fails a package with an unused file and an unused export, naming both and nothing else', async () => {
  const { code, stdout } = await runLint('lint:unused', tree, 'knip.json')
  expect(code).not.toBe(0)
  const issues = stdout.replace(/\nConfiguration hints[^]*$/, '')
  expect(
    issues
      .split('\n')
      .map((line) => line.trim().replace(/\s+/g, ' '))
      .filter(Boolean),
  ).toEqual(['Unused files (1)', 'src/orphan.ts', 'Unused exports (1)', 'unused src/parts.ts:2:14'])
})
