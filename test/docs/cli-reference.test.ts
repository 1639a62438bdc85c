import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { runCli } from '../support/run-cli.js'
import { root } from './read-docs.js'

// docs/reference/cli.md has a section per command whose table names every flag the command's
// --help lists, and no flag it does not.

const reference = readFileSync(join(root, 'docs/reference/cli.md'), 'utf8')
const commands = ['serve', 'verify', 'coverage', 'spec', 'init']

function sectionOf(command: string): string {
  const start = reference.indexOf(`\n## \`chatmock ${command}`)
  const end = reference.indexOf('\n## ', start + 1)
  return start === -1 ? '' : reference.slice(start, end === -1 ? undefined : end)
}

describe.each(commands.map((command) => [command] as const))('chatmock %s', (command) => {
  it('has a section in docs/reference/cli.md', () => {
    expect(sectionOf(command)).not.toBe('')
  })

  it('names in its table every flag that --help lists, and only those', async () => {
    const { stdout } = await runCli([command, '--help'])
    const options = stdout.slice(stdout.indexOf('\nOptions:\n'), stdout.indexOf('\nExamples:'))
    const helped = [...new Set([...options.matchAll(/^ {2}(?:-\w, )?(--[\w-]+)/gm)].map((match) => match[1]!))]
      .filter((flag) => flag !== '--help')
      .sort()
    const documented = [
      ...new Set([...sectionOf(command).matchAll(/^\| `(--[\w-]+)/gm)].map((match) => match[1]!)),
    ].sort()
    expect(helped.length).toBeGreaterThan(0)
    expect(documented).toEqual(helped)
  })
})
