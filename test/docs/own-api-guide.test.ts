import { spawnSync } from 'node:child_process'
import { afterAll, beforeAll, expect, it } from 'vitest'
import { isServerBlock, readBlocks, root, splitChunks } from './read-docs.js'
import { runChunk, type Server, startServer } from './run-docs.js'

// docs/guides/your-own-api.md: the server its first block starts, and what its commands' comments
// promise beyond a status (run-docs.ts checks the statuses and exit statuses).

const blocks = readBlocks('docs/guides/your-own-api.md')
const serveBlock = blocks.find(isServerBlock)!
const chunks = blocks.filter((block) => block.lang === 'sh' && !isServerBlock(block)).flatMap(splitChunks)

let server: Server
beforeAll(async () => {
  server = await startServer(serveBlock.code)
}, 30_000)
afterAll(() => server.stop())

it('starts the server with npm start and the three documents', () => {
  expect(serveBlock.code).toBe(
    'npm start -- --spec test/fixtures/user-specs/petstore-30.yaml --spec test/fixtures/user-specs/orders-31.json=/shop --spec test/fixtures/user-specs/contacts.yaml',
  )
})

it.each([
  ['the pet of the example', '# 200: the pet of the document'],
  ['the pet stored, its tag generated', '# 201: stored, its tag generated'],
])('shows what the mock answers: %s', (_, start) => {
  const generated = chunks.find(({ comment }) => comment.startsWith(start))!
  const body = spawnSync('bash', ['-c', generated.command.replaceAll('http://127.0.0.1:4010', server.url)], {
    cwd: root,
    encoding: 'utf8',
  }).stdout
  expect(generated.comment).toContain(`: ${body}`)
})

it('lists the operations with their derived ids', () => {
  const operations = chunks.find(({ command }) => command.includes('--operations'))!
  const { got, output } = runChunk(operations, server)
  expect(got).toBe('0')
  expect(output).toContain('getPetsByPetId (derived)  GET     /pets/{petId}\n')
})

it('walks the state flow it shows, each answer holding what its comment quotes', () => {
  const flow = blocks.find((block) => block.code.includes('/contacts/accounts/1/contacts'))!
  const steps = splitChunks(flow)
  const quoted = steps.filter(({ comment }) => /: \{.*\}$/.test(comment))
  expect(quoted.length).toBeGreaterThanOrEqual(3)
  for (const step of steps) {
    const expected = step.expected && 'status' in step.expected ? step.expected.status : String(step.expected?.exit)
    // Each command once, as the guide gives it: its status (or exit status) and its output together.
    const command = step.command.replaceAll('http://127.0.0.1:4010', server.url)
    const run = spawnSync('bash', ['-c', command.startsWith('curl ') ? `${command} -w '\n%{http_code}'` : command], {
      cwd: root,
      encoding: 'utf8',
    })
    const lines = run.stdout.split('\n')
    const [got, output] = command.startsWith('curl ')
      ? [lines.at(-1), lines.slice(0, -1).join('\n')]
      : [String(run.status), run.stdout]
    expect(got, step.command).toBe(expected)
    if (!quoted.includes(step)) continue
    // A quote may leave out a middle part with "…": each part is there, in order.
    const parts = step.comment.slice(step.comment.lastIndexOf(': {') + 2).split('…')
    let from = 0
    for (const part of parts) {
      const at = output!.indexOf(part, from)
      expect(at, `${step.command}: ${part} in ${output}`).toBeGreaterThanOrEqual(0)
      from = at + part.length
    }
  }
})
