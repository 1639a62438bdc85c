/**
 * Bundles the command line into one file (dist/cli.mjs by default): one file instead of a graph of
 * hundreds (es-toolkit alone has hundreds), minified, so `chatmock serve` starts fast. Faker, only
 * needed for a non-default --seed, stays in a chunk of its own that loads on demand.
 * Run by `npm run build` (and so by `npm pack`), and in a clone by scripts/ensure-cli-bundle.mjs
 * when a source is newer than the bundle (bin/chatmock.mjs, `npm start`, `npx chatmock`).
 */
import { build } from 'esbuild'
import { deferCommonJs } from './defer-commonjs-plugin.mjs'

const root = new URL('../', import.meta.url).pathname

/** @param {{ outdir?: string }} [options] */
export async function bundleCli({ outdir = `${root}dist` } = {}) {
  await build({
    entryPoints: { cli: `${root}src/cli/main.ts` },
    outdir,
    outExtension: { '.js': '.mjs' },
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    minify: true,
    // Big tables that Express's dependencies load but chatmock never reads: left to node_modules.
    external: ['iconv-lite', 'mime-db'],
    // Loaded as Express or a command that reads a document starts, used only off the hot path: on first use.
    plugins: [deferCommonJs(['body-parser', 'serve-static', 'mime-types', 'yaml', 'qs', 'accepts', 'ws', 'ajv/dist/2020.js', 'ajv-formats'])],
    legalComments: 'none',
    logLevel: 'warning',
    // CommonJS packages inside an ES module bundle still call require() for Node's built-ins.
    banner: { js: "import { createRequire as __chatmockCreateRequire } from 'node:module'; const require = __chatmockCreateRequire(import.meta.url);" },
  })
}

if (process.argv[1] === new URL(import.meta.url).pathname) {
  const at = process.argv.indexOf('--outdir')
  await bundleCli(at === -1 ? {} : { outdir: process.argv[at + 1] })
}
