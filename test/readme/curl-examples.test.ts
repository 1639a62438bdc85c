import { execFileSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { afterAll, beforeAll, expect, it } from 'vitest'
import { startNpm } from '../support/start-npm.js'
import { seedRequests } from '../support/seed-requests.js'

const root = fileURLToPath(new URL('../../', import.meta.url))
const readme = readFileSync(new URL('README.md', `file://${root}`), 'utf8')
const section = readme.slice(readme.indexOf("### The docs' own examples, against the mock"))
const block = section.slice(section.indexOf('```sh\n') + 6, section.indexOf('\n```', section.indexOf('```sh\n')))
const examples = block.split(/\n\n(?=curl )/)

/**
 * The curl commands of a README subsection (up to the next heading): each ```sh block holds
 * commands preceded by `# <status>`, run in order against the same server after the docs' examples.
 */
function commandsUnder(heading: string): Array<{ status: string; curl: string }> {
  const start = readme.indexOf(`\n${heading}\n`)
  if (start === -1) return []
  const end = readme.slice(start + heading.length + 2).search(/\n#{2,3} /)
  const text = end === -1 ? readme.slice(start) : readme.slice(start, start + heading.length + 2 + end)
  return [...text.matchAll(/```sh\n([\s\S]*?)\n```/g)].flatMap(([, code]) =>
    code!.split(/\n\n(?=# )/).map((chunk) => {
      const [comment, ...lines] = chunk.split('\n')
      return { status: /^# (\d{3})\b/.exec(comment!)?.[1] ?? 'no status', curl: lines.join('\n') }
    }),
  )
}

const realtimeCommands = commandsUnder('### Chatwoot: ActionCable')

let url = ''
let stop: () => void = () => {}
beforeAll(async () => {
  ;({ url, stop } = await startNpm())
}, 30_000)
afterAll(() => stop())

it('gives one curl example per seed request, in the same order', () => {
  expect(examples).toHaveLength(seedRequests.length)
})

it.each(seedRequests.map((request, index) => [`${request.api} ${request.operationId}`, index] as const))('answers the README\'s curl example of %s with its documented status', (_, index) => {
  const command = `${examples[index]!.replaceAll('http://127.0.0.1:4010', url)} -s -o /dev/null -w '%{http_code}'`
  expect(execFileSync('bash', ['-c', command], { encoding: 'utf8' })).toBe(String(seedRequests[index]!.status))
})

it('has curl commands under "### Chatwoot: ActionCable"', () => {
  expect(realtimeCommands.length).toBeGreaterThan(0)
})

it.each(realtimeCommands.map((command, index) => [index + 1, command.curl.split('\n')[0]!, command] as const))('answers real-time command %i (%s) with the status its comment gives', (_, __, { status, curl }) => {
  const command = `${curl.replaceAll('http://127.0.0.1:4010', url)} -s -o /dev/null -w '%{http_code}'`
  expect(execFileSync('bash', ['-c', command], { encoding: 'utf8' }), curl).toBe(status)
})
