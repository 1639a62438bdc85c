import { existsSync, readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { build, type Metafile } from 'esbuild'

const root = new URL('../', import.meta.url).pathname

/**
 * What a page that mocks one built-in API imports: the sources of `chatmock/browser` and of
 * `chatmock/apis/<id>`, so that a test measures the tree as it is, without a build. The one place to
 * change to measure the built package instead (`chatmock/browser`, `chatmock/apis/${id}`, after `npm run build`).
 */
export const PAGE_IMPORTS = {
  runtime: './src/browser.ts',
  api: (id: string) => `./handlers/${id}/index.ts`,
}

const PAGE_FILE = 'page.ts'

export interface BrowserPage {
  id: string
  /** chatmock's JavaScript the page loads, minified: every file it imports statically, less msw and msw's own dependencies. */
  bytes: number
  /** The bytes of `bytes` by package (or by folder of chatmock's own), largest first. */
  parts: Array<{ name: string; bytes: number }>
  /** Loaded only on demand (dynamic imports: faker, for a seed of the page's own), not counted in `bytes`. */
  deferredBytes: number
  /** The packages in what loads on demand. */
  deferredPackages: string[]
  /** Packages whose code the page loads: faker must not be one. */
  packages: string[]
}

/** Bundles, with esbuild as a page's bundler would, a page that mocks the built-in API `id` in the browser. */
export async function measureBrowserPage(id: string): Promise<BrowserPage> {
  const name = `${id.replace(/-(\w)/g, (_, letter: string) => letter.toUpperCase())}Api`
  const page = [
    `import { setupChatmockWorker } from '${PAGE_IMPORTS.runtime}'`,
    `import { ${name} } from '${PAGE_IMPORTS.api(id)}'`,
    `const chatmock = await setupChatmockWorker({ apis: [${name}] })`,
    'await chatmock.worker.start()',
  ].join('\n')
  const { metafile } = await build({
    stdin: { contents: page, resolveDir: root, loader: 'ts', sourcefile: PAGE_FILE },
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    minify: true,
    write: false,
    metafile: true,
    outdir: `${root}bench/.tmp/page`,
    // Left out of the count: msw is the page's own, whatever mocks it (chatmock's peer dependency).
    external: ['msw', 'msw/*'],
    logLevel: 'error',
  })
  return summarizePage(id, metafile)
}

function summarizePage(id: string, metafile: Metafile): BrowserPage {
  const outputs = metafile.outputs
  // Each dynamic import's chunk is an entry point too: the page's is the one made from its module.
  const entry = Object.keys(outputs).find((path) => outputs[path]!.entryPoint === PAGE_FILE)!
  // What the page loads before it runs: the entry and the chunks it imports statically.
  const loaded = new Set<string>([entry])
  for (const path of loaded)
    for (const imported of outputs[path]!.imports)
      if (imported.kind === 'import-statement' && !imported.external) loaded.add(imported.path)
  const msw = listMswPackages()
  const parts = new Map<string, number>()
  let bytes = 0
  let deferredBytes = 0
  const deferredPackages = new Set<string>()
  for (const [path, output] of Object.entries(outputs)) {
    if (!loaded.has(path)) {
      deferredBytes += output.bytes
      for (const input of Object.keys(output.inputs)) if (packageOf(input)) deferredPackages.add(packageOf(input)!)
      continue
    }
    let counted = output.bytes
    for (const [input, { bytesInOutput }] of Object.entries(output.inputs)) {
      const owner = packageOf(input)
      if (owner && msw.has(owner)) counted -= bytesInOutput
      else {
        // A package by its name; chatmock's own by top folder, its generated modules one by one.
        const part =
          owner ??
          input
            .split('/')
            .slice(0, input.includes('/generated/') ? 4 : 1)
            .join('/')
        parts.set(part, (parts.get(part) ?? 0) + bytesInOutput)
      }
    }
    bytes += counted
  }
  const sorted = [...parts].map(([name, size]) => ({ name, bytes: size })).sort((a, b) => b.bytes - a.bytes)
  return {
    id,
    bytes,
    parts: sorted,
    deferredBytes,
    deferredPackages: [...deferredPackages],
    packages: sorted.map((part) => part.name).filter((name) => !/^(src|handlers|fixtures|page\.ts)\b/.test(name)),
  }
}

/** The package a bundled file belongs to (`@faker-js/faker`, `ajv`), or undefined for one of chatmock's own. */
function packageOf(input: string): string | undefined {
  const at = input.lastIndexOf('node_modules/')
  if (at === -1) return undefined
  const [scope, name] = input.slice(at + 'node_modules/'.length).split('/')
  return scope!.startsWith('@') ? `${scope}/${name}` : scope
}

/** msw and everything it depends on, transitively: the page's own mocking library, not chatmock's weight. */
function listMswPackages(): Set<string> {
  const packages = new Set<string>()
  const visit = (name: string, fromDir: string) => {
    if (packages.has(name)) return
    const dir = locatePackage(name, fromDir)
    if (!dir) return
    packages.add(name)
    const { dependencies = {} } = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as {
      dependencies?: Record<string, string>
    }
    for (const dependency of Object.keys(dependencies)) visit(dependency, dir)
  }
  visit('msw', root)
  return packages
}

/** Where Node would find a package from a folder: node_modules/<name> there or in a folder above. */
function locatePackage(name: string, fromDir: string): string | undefined {
  for (let dir = fromDir; ; dir = dirname(dir)) {
    const candidate = join(dir, 'node_modules', name)
    if (existsSync(join(candidate, 'package.json'))) return candidate
    if (dir === dirname(dir)) return undefined
  }
}
