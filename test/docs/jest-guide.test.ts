import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { expect, it } from 'vitest'
import { root } from './read-docs.js'

// docs/guides/tests-in-node.md shows the Jest set-up of test/fixtures/jest-consumer, the project that
// test/package/jest-consumer.test.ts runs with the real jest on the packed package.

const guide = readFileSync(join(root, 'docs/guides/tests-in-node.md'), 'utf8')
const fixture = (file: string) => readFileSync(join(root, 'test/fixtures/jest-consumer', file), 'utf8')

it("shows the Jest project's config verbatim", () => {
  expect(guide).toContain(`\`\`\`js\n${fixture('jest.config.mjs')}\`\`\``)
})

it('runs Jest the way the Jest project does', () => {
  const { scripts } = JSON.parse(fixture('package.json')) as { scripts: { test: string } }
  expect(guide).toContain(`"test": "${scripts.test}"`)
})
