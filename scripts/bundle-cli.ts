/**
 * Bundles the command line into dist/cli.mjs for the published package: one file instead of a
 * graph of hundreds (es-toolkit alone has hundreds), minified, so `chatmock serve` starts fast.
 * Faker, only needed for a non-default --seed, stays in a chunk of its own that loads on demand.
 */
import { parseArgs } from 'node:util'
import { build } from 'esbuild'

const root = new URL('../', import.meta.url).pathname
const { values } = parseArgs({ options: { outdir: { type: 'string', default: `${root}dist` } } })
await build({
  entryPoints: { cli: `${root}src/cli/main.ts` },
  outdir: values.outdir,
  outExtension: { '.js': '.mjs' },
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  minify: true,
  // Big tables that Express's dependencies load but chatmock never reads: left to node_modules.
  external: ['iconv-lite', 'mime-db'],
  legalComments: 'none',
  logLevel: 'warning',
  // CommonJS packages inside an ES module bundle still call require() for Node's built-ins.
  banner: { js: "import { createRequire as __chatmockCreateRequire } from 'node:module'; const require = __chatmockCreateRequire(import.meta.url);" },
})
