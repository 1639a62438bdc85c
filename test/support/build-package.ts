import { execFile } from 'node:child_process'
import { cpSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { promisify } from 'node:util'
import type { TestProject } from 'vitest/node'
// @ts-expect-error: a plain JavaScript module without declarations
import { bundleCli } from '../../scripts/bundle-cli.mjs'
// @ts-expect-error: a plain JavaScript module without declarations
import { bundleLibrary } from '../../scripts/bundle-library.mjs'

declare module 'vitest' {
  export interface ProvidedContext {
    /** The package as npm would publish it (package.json, dist/, specs/), built once per run. */
    packageDir: string
    /** esbuild's metafile of the library's bundle: which sources each file of dist/ holds. */
    libraryMetafile: import('esbuild').Metafile
  }
}

const root = fileURLToPath(new URL('../../', import.meta.url))

/** The build's own budget: on a loaded machine it may take many times its ~3 s, but not this. */
const BUILD_BUDGET_MS = 120_000

/**
 * Global setup of the `package` project: builds the package once per run, as `npm run build` does
 * (declarations with tsc, the entry points and the command line with esbuild, side by side) into a
 * directory that holds what `npm pack` would publish (the files npm lists, dist/ built fresh), for
 * every test of the project to install from.
 */
export default async function setup(project: TestProject): Promise<() => void> {
  const packageDir = mkdtempSync(join(tmpdir(), 'chatmock-package-'))
  const dist = join(packageDir, 'dist')
  const tsc = promisify(execFile)(
    process.execPath,
    [join(root, 'node_modules/typescript/bin/tsc'), '-p', join(root, 'tsconfig.build.json'), '--outDir', dist],
    { timeout: BUILD_BUDGET_MS },
  )
  const bundles = Promise.all([
    (bundleLibrary as BundleLibrary)({ outdir: dist, metafile: true }),
    (bundleCli as Bundle)({ outdir: dist }),
  ])
  // What npm publishes besides dist/ (package.json, bin/, specs/…), as npm itself lists it, without running prepack's build.
  const packed = promisify(execFile)('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], {
    cwd: root,
    timeout: BUILD_BUDGET_MS,
  })
  let timer: NodeJS.Timeout | undefined
  const budget = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () => reject(new Error(`Building the package took more than ${BUILD_BUDGET_MS / 1000} s`)),
      BUILD_BUDGET_MS,
    )
  })
  try {
    const [, [metafile], { stdout }] = await Promise.race([Promise.all([tsc, bundles, packed]), budget])
    project.provide('libraryMetafile', metafile)
    const files = (JSON.parse(stdout) as Array<{ files: Array<{ path: string }> }>)[0]!.files
      .map((file) => file.path)
      .filter((path) => !path.startsWith('dist/'))
    for (const file of files) cpSync(join(root, file), join(packageDir, file))
  } finally {
    clearTimeout(timer)
  }
  project.provide('packageDir', packageDir)
  return () => rmSync(packageDir, { recursive: true, force: true })
}

type Bundle = (options: { outdir: string }) => Promise<void>
type BundleLibrary = (options: { outdir: string; metafile: true }) => Promise<import('esbuild').Metafile>
