/**
 * Bundles the package's entry points (chatmock, /node, /browser, /express, /vitest, /jest,
 * /internals, and /apis/<id> for each built-in API's module in handlers/) into dist/*.mjs, sharing
 * chunks. Each API's module is an entry of its own, which the loaders of handlers/index.ts import
 * on demand: no other entry carries an API's validators. `import('chatmock/node')` loads a handful
 * of files instead of the hundreds that @msw/data's es-toolkit and ajv spread over, which is most of its cost
 * (docs/decisions/0005-bundled-entry-points.md). msw, express, the runners and faker stay imports: a
 * test's own `http.get()` handlers must be the same msw as chatmock's (a peer dependency), the
 * runners are the user's, and the rest (express, ws) is large, Node's own or loaded on demand.
 */
import { readdirSync } from 'node:fs'
import { build } from 'esbuild'

const root = new URL('../', import.meta.url).pathname

export const LIBRARY_EXTERNALS = [
  'msw',
  'msw/*',
  'express',
  'ws',
  'vitest',
  '@jest/globals',
  '@faker-js/faker',
  'node:*',
]

/** The built-in APIs' modules: handlers/<id>/index.ts, published as chatmock/apis/<id>. */
const apiIds = readdirSync(`${root}handlers`, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name)

/**
 * @param {{ outdir?: string, metafile?: boolean }} [options]
 * @returns {Promise<import('esbuild').Metafile | undefined>} which sources each output holds, when asked for
 */
export async function bundleLibrary({ outdir = `${root}dist`, metafile = false } = {}) {
  const result = await build({
    entryPoints: [
      ...['index', 'node', 'browser', 'express', 'vitest', 'jest', 'internals'].map((name) => ({
        in: `${root}src/${name}.ts`,
        out: name,
      })),
      ...apiIds.map((id) => ({ in: `${root}handlers/${id}/index.ts`, out: `apis/${id}` })),
    ],
    outdir,
    outExtension: { '.js': '.mjs' },
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'neutral',
    mainFields: ['module', 'main'],
    target: 'es2022',
    minify: true,
    external: LIBRARY_EXTERNALS,
    legalComments: 'none',
    logLevel: 'warning',
    metafile,
    // The metafile's paths, relative to the repository.
    absWorkingDir: root,
  })
  return result.metafile
}

if (process.argv[1] === new URL(import.meta.url).pathname) {
  const at = process.argv.indexOf('--outdir')
  await bundleLibrary(at === -1 ? {} : { outdir: process.argv[at + 1] })
}
