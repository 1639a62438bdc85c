/**
 * Bundles the package's entry points (chatmock, /node, /browser, /express, /vitest, /jest) into dist/*.mjs,
 * sharing chunks: `import('chatmock/node')` then loads a handful of files instead of the hundreds
 * that @msw/data's es-toolkit and ajv spread over, which is most of its cost
 * (docs/decisions/0005-bundled-entry-points.md). msw, express, the runners and faker stay imports: a
 * test's own `http.get()` handlers must be the same msw as chatmock's (a peer dependency), the
 * runners are the user's, and the rest (express, ws) is large, Node's own or loaded on demand.
 */
import { build } from 'esbuild'

const root = new URL('../', import.meta.url).pathname

export const LIBRARY_EXTERNALS = ['msw', 'msw/*', 'express', 'ws', 'vitest', '@jest/globals', '@faker-js/faker', 'node:*']

/** @param {{ outdir?: string }} [options] */
export async function bundleLibrary({ outdir = `${root}dist` } = {}) {
  await build({
    entryPoints: ['index', 'node', 'browser', 'express', 'vitest', 'jest'].map((name) => ({ in: `${root}src/${name}.ts`, out: name })),
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
  })
}

if (process.argv[1] === new URL(import.meta.url).pathname) {
  const at = process.argv.indexOf('--outdir')
  await bundleLibrary(at === -1 ? {} : { outdir: process.argv[at + 1] })
}
