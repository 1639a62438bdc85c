import { spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, relative, resolve } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { build, type Metafile } from 'esbuild'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { builtinApiIds } from '../../handlers/index.js'
import { installPackage } from '../support/install-package.js'

const root = fileURLToPath(new URL('../../', import.meta.url))

// The built package installed as npm would install it (test/support/build-package.ts builds it once
// per run), used through its published entry points.
const project = mkdtempSync(join(tmpdir(), 'chatmock-front-door-'))
const packageDir = join(project, 'node_modules/chatmock')
afterAll(() => rmSync(project, { recursive: true, force: true }))

beforeAll(() => {
  installPackage(inject('packageDir'), project, { msw: 'msw' })
  writeFileSync(join(project, 'package.json'), '{ "type": "module" }')
  // Every module Node loads, by URL, one a line: the hooks run on their own thread, so they write a file.
  writeFileSync(
    join(project, 'record-loads.mjs'),
    `import { register } from 'node:module'\nregister('./load-hooks.mjs', import.meta.url, { data: process.env.LOADS_FILE })\n`,
  )
  writeFileSync(
    join(project, 'load-hooks.mjs'),
    `import { appendFileSync } from 'node:fs'\nlet out\nexport function initialize(file) { out = file }\nexport async function load(url, context, next) { appendFileSync(out, url + '\\n'); return next(url, context) }\n`,
  )
})

/** Which sources each file of the built dist/ holds, from the library bundle's metafile. */
function readSources(): Map<string, string[]> {
  const metafile = inject('libraryMetafile')
  const dist = join(inject('packageDir'), 'dist')
  return new Map(
    Object.entries(metafile.outputs).map(([path, output]) => [
      relative(dist, resolve(root, path)),
      Object.keys(output.inputs),
    ]),
  )
}

/** The sources in the given files of the installed package (others, such as msw's, are left out). */
function listSources(files: Iterable<string>): string[] {
  const sources = readSources()
  const dist = join(packageDir, 'dist')
  return [...files]
    .filter((file) => file.startsWith(`${dist}/`))
    .flatMap((file) => sources.get(relative(dist, file)) ?? [])
}

/** The built-in APIs whose validators are among the sources. */
function listApisWithValidators(sources: readonly string[]): string[] {
  return builtinApiIds.filter((id) => sources.includes(`handlers/${id}/generated/validators.ts`))
}

/** Runs a module's code in a fresh Node process in the project, and lists the files it loaded. */
function runFresh(code: string, args: readonly string[] = []): { files: string[]; stdout: string } {
  const loads = join(project, `loads-${Math.random().toString(36).slice(2)}.txt`)
  writeFileSync(loads, '')
  const run = spawnSync(
    process.execPath,
    ['--import', './record-loads.mjs', ...args, '--input-type=module', '-e', code],
    { cwd: project, encoding: 'utf8', env: { ...process.env, LOADS_FILE: loads }, timeout: 60_000 },
  )
  expect(run.stderr).toBe('')
  expect(run.status).toBe(0)
  const files = readFileSync(loads, 'utf8')
    .split('\n')
    .filter((url) => url.startsWith('file:'))
    .map((url) => fileURLToPath(url))
  return { files, stdout: run.stdout }
}

it('exports from chatmock exactly what a user calls', async () => {
  const entry = await import(pathToFileURL(join(packageDir, 'dist/index.mjs')).href)
  expect(Object.keys(entry).sort()).toEqual([
    'ChatmockError',
    'ContractError',
    'ErrorCodes',
    'SpecError',
    'StoreError',
    'builtinApiIds',
    'contract',
    'defineApi',
    'defineHandlers',
    'defineResolvers',
    'empty',
    'fail',
    'formatReport',
    'getApi',
    'getOperation',
    'isChatmockError',
    'json',
    'renderRequestFailure',
    'toJunit',
    'validateRequest',
    'validateResponse',
    'verify',
  ])
})

it('loads neither faker nor any built-in API when chatmock is imported', () => {
  const { files } = runFresh(`const { builtinApiIds } = await import('chatmock'); console.log(builtinApiIds.join(' '))`)
  expect(files.filter((file) => file.includes('/@faker-js/faker/'))).toEqual([])
  const sources = listSources(files)
  expect(sources).toContain('src/index.ts')
  expect(sources.filter((source) => /^(handlers|fixtures)\/[^/]+\//.test(source))).toEqual([])
})

it('loads an API of its subpath, and registers none', () => {
  const { files, stdout } = runFresh(`
    const { contract, isChatmockError } = await import('chatmock')
    const { hapihubApi } = await import('chatmock/apis/hapihub')
    console.log(hapihubApi.id, contract(hapihubApi).api === hapihubApi)
    try { contract('hapihub') } catch (error) { console.log(isChatmockError(error) && error.code, error.message) }
  `)
  expect(listApisWithValidators(listSources(files))).toEqual(['hapihub'])
  const [value, unknown] = stdout.split('\n')
  expect(value).toBe('hapihub true')
  expect(unknown).toBe(
    `UNKNOWN_API [chatmock] The API "hapihub" is not loaded in this process, and this call cannot wait for it. Import it and pass the value instead of the id: \`import { hapihubApi } from 'chatmock/apis/hapihub'\`, then e.g. \`contract(hapihubApi)\`. A call that waits (\`setupChatmock({ apis: ['hapihub'] })\`, \`toMatchContract\`, \`verify\`) loads it by id, and the id works everywhere from then on.`,
  )
})

it.each(builtinApiIds)('exports the %s API from its subpath', async (id) => {
  const module = await import(pathToFileURL(join(packageDir, `dist/apis/${id}.mjs`)).href)
  expect(Object.values(module).map((value) => (value as { id: string }).id)).toEqual([id])
})

describe('setupChatmock', () => {
  it('loads only the API it is given as a value', () => {
    const { files } = runFresh(`
      const { setupChatmock } = await import('chatmock/node')
      const { chatwootApi } = await import('chatmock/apis/chatwoot')
      await setupChatmock({ apis: [chatwootApi] })
    `)
    expect(listApisWithValidators(listSources(files))).toEqual(['chatwoot'])
  })

  it('loads only the API it is given by id, and then knows it by id', () => {
    const { files, stdout } = runFresh(`
      const { contract } = await import('chatmock')
      const { setupChatmock } = await import('chatmock/node')
      await setupChatmock({ apis: ['roosted'] })
      console.log(contract('roosted').api.id)
    `)
    expect(listApisWithValidators(listSources(files))).toEqual(['roosted'])
    expect(stdout).toBe('roosted\n')
  })

  it('loads every built-in API when given none', () => {
    const { files } = runFresh(`const { setupChatmock } = await import('chatmock/node'); await setupChatmock()`)
    expect(listApisWithValidators(listSources(files))).toEqual(builtinApiIds)
  })
})

it('bundles a page that mocks one API without the other APIs', async () => {
  const page = join(project, 'page.mjs')
  writeFileSync(
    page,
    `import { setupChatmockWorker } from 'chatmock/browser'\nimport { hapihubApi } from 'chatmock/apis/hapihub'\n\nawait setupChatmockWorker({ apis: [hapihubApi] })\n`,
  )
  const outdir = join(project, 'page')
  const { metafile } = await build({
    entryPoints: [page],
    outdir,
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'browser',
    external: ['msw', 'msw/*'],
    metafile: true,
    absWorkingDir: project,
    logLevel: 'silent',
  })
  const loaded = listSources(
    listStaticClosure(metafile, 'page/page.js').flatMap((output) =>
      Object.keys(metafile.outputs[output]!.inputs).map((input) => join(project, input)),
    ),
  )
  expect(loaded).toContain('src/browser.ts')
  expect(listApisWithValidators(loaded)).toEqual(['hapihub'])
  // The others stay loadable by id, each a chunk of the page's own that loads on demand.
  const every = listSources(
    Object.values(metafile.outputs).flatMap((output) =>
      Object.keys(output.inputs).map((input) => join(project, input)),
    ),
  )
  expect(listApisWithValidators(every)).toEqual(builtinApiIds)
})

/** The outputs a page loads before it runs: the entry and what it imports statically, transitively. */
function listStaticClosure(metafile: Metafile, entry: string): string[] {
  const seen = new Set<string>()
  const visit = (path: string) => {
    if (seen.has(path)) return
    seen.add(path)
    for (const imported of metafile.outputs[path]!.imports)
      if (imported.kind === 'import-statement' && !imported.external) visit(imported.path)
  }
  visit(entry)
  return [...seen]
}

describe('export conditions', () => {
  const resolveIn = (specifier: string, conditions: readonly string[]) =>
    spawnSync(
      process.execPath,
      [
        ...conditions.map((condition) => `--conditions=${condition}`),
        '--input-type=module',
        '-e',
        `console.log(import.meta.resolve(${JSON.stringify(specifier)}))`,
      ],
      { cwd: project, encoding: 'utf8' },
    )

  it.each(['chatmock/node', 'chatmock/express', 'chatmock/vitest', 'chatmock/jest'])(
    'keeps %s from the browser',
    (specifier) => {
      expect(resolveIn(specifier, []).stdout).toContain('/node_modules/chatmock/dist/')
      const browser = resolveIn(specifier, ['browser'])
      expect(browser.stderr).toContain('ERR_PACKAGE_PATH_NOT_EXPORTED')
      expect(browser.status).toBe(1)
    },
  )

  it('keeps chatmock/browser from Node, unless the browser condition is asked for', () => {
    expect(resolveIn('chatmock/browser', []).stderr).toContain('ERR_PACKAGE_PATH_NOT_EXPORTED')
    expect(resolveIn('chatmock/browser', ['browser']).stdout).toContain('/node_modules/chatmock/dist/browser.mjs')
  })

  it.each(['chatmock', 'chatmock/apis/chatwoot', 'chatmock/internals'])('resolves %s everywhere', (specifier) => {
    expect(resolveIn(specifier, []).stdout).toContain('/node_modules/chatmock/dist/')
    expect(resolveIn(specifier, ['browser']).stdout).toContain('/node_modules/chatmock/dist/')
  })
})
