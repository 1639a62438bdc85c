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
