import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, expect, it } from 'vitest'
import { runCli } from '../support/run-cli.js'
import { serveSpecs } from '../support/serve-specs.js'

// A real document (train-travel, from @readme/oas-examples) written as many are: `allOf` parts and
// problem+json schemas with `properties` and no `type`. Its examples are taken out, so that every
// answer and every drafted request is generated from those schemas: the generator reads the
// document as leniently as its contract does. `chatmock verify` drives each operation against
// `chatmock serve --spec`, and each answers the status it declares, never a 500.

const file = join(mkdtempSync(join(tmpdir(), 'chatmock-lenient-')), 'train-travel.json')
let served: Awaited<ReturnType<typeof serveSpecs>>
let url = ''

/** The document without `example`/`examples` anywhere (no schema of it has a property of those names). */
function dropExamples(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(dropExamples)
  if (typeof node !== 'object' || node === null) return node
  return Object.fromEntries(
    Object.entries(node)
      .filter(([key]) => key !== 'example' && key !== 'examples')
      .map(([key, value]) => [key, dropExamples(value)]),
  )
}

beforeAll(async () => {
  const document = JSON.parse(readFileSync('node_modules/@readme/oas-examples/3.1/json/train-travel.json', 'utf8'))
  writeFileSync(file, JSON.stringify(dropExamples(document)))
  served = await serveSpecs([file], ['--quiet'])
  url = served.url
})
afterAll(() => served.stop())

it('answers every operation of a document whose schemas leave out type with its declared status', async () => {
  const { status, stdout, stderr } = await runCli([
    'verify',
    '--spec',
    file,
    '--base-url',
    `${url}/train-travel`,
    '--header',
    'Authorization: Bearer t',
  ])
  expect([status, stderr], stdout).toEqual([0, ''])
  expect(stdout).toMatch(/\n7 passed, 0 failed, 0 warned, 0 skipped in \d+ ms: the provider keeps the contract\n$/)
})

it('answers each declared status of an operation that Prefer: code= asks for, generated from its schema', async () => {
  const statuses = ['200', '400', '401', '403', '404', '429', '500']
  const answers = await Promise.all(
    statuses.map(async (code) => {
      const response = await fetch(`${url}/train-travel/bookings/1725ff48-ab45-4bb5-9d02-88745177dedb`, {
        headers: { authorization: 'Bearer t', prefer: `code=${code}` },
      })
      return `${response.status} ${response.headers.get('x-chatmock-violations') ?? 'valid'} ${typeof (await response.json())}`
    }),
  )
  expect(answers).toEqual(statuses.map((code) => `${code} valid object`))
})
