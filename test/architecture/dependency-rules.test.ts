import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { afterAll, expect, it } from 'vitest'
import { readScripts, runLint } from '../support/run-lint.js'

// `npm run lint:deps` must fail on a broken floor: the project's own rules, run as the script runs
// them, over a small tree that breaks each rule once beside code that keeps them.

const tree = mkdtempSync(join(tmpdir(), 'chatmock-floors-'))
afterAll(() => rmSync(tree, { recursive: true, force: true }))

const files: Record<string, string> = {
  'tsconfig.json': '{ "compilerOptions": { "module": "NodeNext", "moduleResolution": "NodeNext" } }',
  // Broken: a ground-floor module imports the pipeline.
  'src/errors/upward.ts': "export { run } from '../mock/run.js'\n",
  'src/mock/run.ts': "import { code } from '../errors/code.js'\nexport const run = code\n",
  'src/errors/code.ts': "export const code = 'X'\n",
  // Broken: src/api imports a value from another floor.
  'src/api/words.ts': "export { code } from '../errors/code.js'\n",
  'src/api/spec.ts': "export type { Words } from './more-words.js'\n",
  'src/api/more-words.ts': 'export type Words = string\n',
  // Broken: a cycle in the contract. Kept: the generator's own recursion.
  'src/contract/a.ts': "import { b } from './b.js'\nexport const a = () => b\n",
  'src/contract/b.ts': "import { a } from './a.js'\nexport const b = () => a\n",
  'src/generate/shape.ts': "import { object } from './object.js'\nexport const shape = () => object\n",
  'src/generate/object.ts': "import { shape } from './shape.js'\nexport const object = () => shape\n",
  // Broken: the machinery names an API (and a floor below them imports them).
  'src/store/names-api.ts': "export { demo } from '../../handlers/demo/index.js'\n",
  // Kept: an API's module imports the machinery.
  'handlers/demo/index.ts': "import { run } from '../../src/mock/run.js'\nexport const demo = run\n",
  'fixtures/demo/create-fixtures.ts':
    "import { code } from '../../src/errors/code.js'\nexport const fixtures = [code]\n",
  // Broken: an entry imports one API by its path. Kept: an entry imports the list of APIs.
  'src/express.ts': "export { demo } from '../handlers/demo/index.js'\n",
  'src/vitest.ts': "export { apis } from '../handlers/index.js'\n",
  'handlers/index.ts': "import { demo } from './demo/index.js'\nexport const apis = [demo]\n",
  // Broken: the neutral front door reaches Node's fs through a module it imports. Kept: the Node entry imports it.
  'src/index.ts': "export { readSpec } from './openapi/read-spec.js'\n",
  'src/openapi/read-spec.ts': "import { readFileSync } from 'node:fs'\nexport const readSpec = readFileSync\n",
  'src/node.ts': "import { readFileSync } from 'node:fs'\nexport const read = readFileSync\n",
}
for (const [path, text] of Object.entries(files)) {
  mkdirSync(join(tree, dirname(path)), { recursive: true })
  writeFileSync(join(tree, path), text)
}

it('fails a tree that breaks each rule, naming every broken import and nothing else', async () => {
  const { code, stdout } = await runLint('lint:deps', tree, '.dependency-cruiser.cjs')
  expect(code).not.toBe(0)
  // `error rule: from → to`; a cycle's report names its first module on the line, the rest below.
  const violations = [...stdout.matchAll(/^\s*error (\S+): (\S+) →[ \t]*(\S*)[ \t]*$/gm)].map(
    ([, rule, from, to]) => `${rule}: ${from}${to ? ` → ${to}` : ''}`,
  )
  expect(violations.sort()).toEqual([
    'api-words-only: src/api/words.ts → src/errors/code.ts',
    'entries-import-only-the-api-list: src/express.ts → handlers/demo/index.ts',
    'floor-errors-api: src/errors/upward.ts → src/mock/run.ts',
    'floor-generate-store-realtime: src/store/names-api.ts → handlers/demo/index.ts',
    'machinery-names-no-api: src/store/names-api.ts → handlers/demo/index.ts',
    'neutral-reaches-no-node: src/index.ts → fs',
    'no-circular: src/contract/a.ts',
  ])
})

it('runs the dependency, unused-code and format checks before the tests in npm test', () => {
  expect(readScripts().test!.split(' && ')).toEqual([
    'npm run typecheck',
    'npm run lint:deps',
    'npm run lint:unused',
    'npm run lint:format',
    'vitest run',
  ])
})
