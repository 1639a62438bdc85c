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

it('starts the server with npm start and the two documents', () => {
  expect(serveBlock.code).toBe(
    'npm start -- --spec test/fixtures/user-specs/petstore-30.yaml --spec test/fixtures/user-specs/orders-31.json=/shop',
  )
})

it('shows the generated answer the mock gives', () => {
  const generated = chunks.find(({ comment }) => comment.startsWith('# 200: generated'))!
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
