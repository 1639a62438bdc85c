import { spawnSync } from 'node:child_process'
import { mkdirSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { expect, it } from 'vitest'
import { listDocFiles, readBlocks, root } from './read-docs.js'

// Every TypeScript block of the docs compiles as it is written, each as a module of its own that
// imports chatmock by its package name (here: the sources): a snippet that names something it
// never defined, or an option that does not exist, fails here before a reader copies it.

const dir = join(root, 'node_modules/.cache/chatmock-doc-snippets')
const snippets = listDocFiles().flatMap((file) =>
  readBlocks(file)
    .filter((block) => block.lang === 'ts')
    .map((block) => ({ ...block, name: `${file.replace(/[/.]/g, '_')}_${block.line}.ts` })),
)

it('finds the TypeScript blocks of the docs', () => {
  expect(snippets.length).toBeGreaterThan(15)
})

it('compiles every TypeScript block of the docs', () => {
  rmSync(dir, { recursive: true, force: true })
  mkdirSync(dir, { recursive: true })
  for (const snippet of snippets) writeFileSync(join(dir, snippet.name), `${snippet.code}\nexport {}\n`)
  const entry = (path: string) => [join(root, path)]
  const paths = {
    chatmock: entry('src/index.ts'),
    'chatmock/node': entry('src/node.ts'),
    'chatmock/browser': entry('src/browser.ts'),
    'chatmock/express': entry('src/express.ts'),
    'chatmock/vitest': entry('src/vitest.ts'),
    'chatmock/jest': entry('src/jest.ts'),
    'chatmock/internals': entry('src/internals.ts'),
    'chatmock/apis/*': [join(root, 'handlers/*/index.ts')],
    'chatmock/types/*': [join(root, 'handlers/*/generated/openapi.ts')],
  }
  const compilerOptions = {
    target: 'ES2022',
    module: 'ESNext',
    moduleResolution: 'Bundler',
    lib: ['ES2023', 'DOM', 'DOM.Iterable'],
    types: ['node'],
    typeRoots: [join(root, 'node_modules/@types')],
    strict: true,
    noEmit: true,
    skipLibCheck: true,
    allowImportingTsExtensions: true,
    resolveJsonModule: true,
    paths,
  }
  writeFileSync(join(dir, 'tsconfig.json'), JSON.stringify({ compilerOptions, include: ['*.ts'] }))
  const tsc = spawnSync(
    process.execPath,
    [join(root, 'node_modules/typescript/bin/tsc'), '-p', join(dir, 'tsconfig.json')],
    { encoding: 'utf8', timeout: 60_000 },
  )
  // Errors name the snippet file: README_md_85.ts is the block that opens on line 85 of README.md.
  expect(tsc.stdout + tsc.stderr).toBe('')
  expect(tsc.status).toBe(0)
}, 60_000)
