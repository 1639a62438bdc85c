/**
 * Bundles the command line (into dist/ by default): cli-main.cjs, one minified file instead of a
 * graph of hundreds (es-toolkit alone has hundreds), and cli.mjs, its entry, which runs it through
 * V8's code cache (scripts/cli-loader.mjs). `chatmock serve` then starts fast: what a request does
 * not need is not evaluated (scripts/defer-commonjs-plugin.mjs), what it does is not compiled again.
 * Run by `npm run build` (and so by `npm pack`), which also leaves the cache of its Node version, and
 * in a clone by scripts/ensure-cli-bundle.mjs when a source is newer than the bundle (bin/chatmock.mjs,
 * `npm start`, `npx chatmock`), whose first run of a second or more writes it.
 */
import { spawn } from 'node:child_process'
import { createHash } from 'node:crypto'
import { createServer } from 'node:net'
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { build } from 'esbuild'
import { deferCommonJs } from './defer-commonjs-plugin.mjs'

const root = new URL('../', import.meta.url).pathname

/** @param {{ outdir?: string, prime?: boolean }} [options] `prime`: run `serve` once to write the code cache. */
export async function bundleCli({ outdir = `${root}dist`, prime = false } = {}) {
  await build({
    entryPoints: { 'cli-main': `${root}src/cli/main.ts` },
    outdir,
    outExtension: { '.js': '.cjs' },
    bundle: true,
    format: 'cjs',
    platform: 'node',
    target: 'node20',
    minify: true,
    // Big tables that Express's dependencies load but chatmock never reads: left to node_modules.
    external: ['iconv-lite', 'mime-db'],
    // Loaded as Express or a command that reads a document starts, used only off the hot path: on first use.
    plugins: [
      deferCommonJs([
        'body-parser',
        'serve-static',
        'mime-types',
        'yaml',
        'qs',
        'accepts',
        'ws',
        'ajv/dist/2020.js',
        'ajv-formats',
      ]),
    ],
    // The loader passes the bundle's own URL (a script has no import.meta).
    define: { 'import.meta.url': '__chatmockUrl' },
    legalComments: 'none',
    logLevel: 'warning',
  })
  const hash = createHash('sha256')
    .update(readFileSync(`${outdir}/cli-main.cjs`))
    .digest('hex')
    .slice(0, 16)
  // The caches of earlier bundles go with them.
  for (const file of readdirSync(outdir))
    if (/^cli-main-.*\.cache$/.test(file) && !file.startsWith(`cli-main-${hash}-`))
      rmSync(`${outdir}/${file}`, { force: true })
  writeFileSync(
    `${outdir}/cli.mjs`,
    `#!/usr/bin/env node\n${readFileSync(`${root}scripts/cli-loader.mjs`, 'utf8').replace('__BUNDLE_HASH__', hash)}`,
    { mode: 0o755 },
  )
  if (!prime) return
  const cache = `${outdir}/cli-main-${hash}-${process.version}-${process.arch}.cache`
  rmSync(cache, { force: true })
  await primeCache(outdir, cache)
}

/**
 * Runs `chatmock serve` until it has written its code cache (after its first second), asking it
 * one request meanwhile, so that the cache holds what a request runs as well as the start.
 */
async function primeCache(outdir, cache) {
  const port = await freePort()
  const child = spawn(process.execPath, [`${outdir}/cli.mjs`, 'serve', '--port', String(port), '--quiet'], {
    stdio: 'ignore',
  })
  try {
    for (let answered = false, waited = 0; !existsSync(cache); waited += 50) {
      answered ||= await fetch(`http://127.0.0.1:${port}/hapihub/chat-messages/id-1`, {
        headers: { authorization: 'Bearer t' },
      }).then(
        (response) => response.ok,
        () => false,
      )
      if (waited > 20_000 || child.exitCode !== null)
        throw new Error(`[chatmock] chatmock serve wrote no code cache at ${cache}`)
      await new Promise((resolve) => setTimeout(resolve, 50))
    }
  } finally {
    child.kill('SIGTERM')
  }
}

function freePort() {
  return new Promise((resolve) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address()
      probe.close(() => resolve(port))
    })
  })
}

if (process.argv[1] === new URL(import.meta.url).pathname) {
  const at = process.argv.indexOf('--outdir')
  await bundleCli({ ...(at === -1 ? {} : { outdir: process.argv[at + 1] }), prime: process.argv.includes('--prime') })
}
