/**
 * `npm start`: the command line's bundle (dist/cli.mjs, built by `npm ci` through `prepare`), so the
 * server is up in a few hundred milliseconds. A source edited since the bundle was built (src/,
 * apis/, package.json) is bundled again first, in about a second, so `npm start` always runs
 * what is in the tree.
 */
import { existsSync, readdirSync, statSync } from 'node:fs'

const root = new URL('../', import.meta.url).pathname
const bundle = `${root}dist/cli.mjs`

function newestSource(path) {
  const stat = statSync(path)
  if (!stat.isDirectory()) return stat.mtimeMs
  let newest = 0
  for (const entry of readdirSync(path)) newest = Math.max(newest, newestSource(`${path}/${entry}`))
  return newest
}

if (!existsSync(bundle) || Math.max(newestSource(`${root}src`), newestSource(`${root}apis`), newestSource(`${root}package.json`)) > statSync(bundle).mtimeMs) {
  process.stderr.write('chatmock: bundling the command line (a source changed since the last build)\n')
  await (await import('./bundle-cli.mjs')).bundleCli()
}
await import(bundle)
