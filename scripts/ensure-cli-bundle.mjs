/**
 * In a clone, the command line's bundle (dist/cli.mjs) is made from the sources by bin/chatmock.mjs
 * on first use and whenever a source (src/, handlers/, fixtures/, package.json) is newer: about a second, said in
 * one line on stderr. The bundle is written aside and moved into dist/ file by file, the entry last,
 * so that two commands starting at once never load half of one.
 */
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs'

const root = new URL('../', import.meta.url).pathname
const bundle = `${root}dist/cli.mjs`

function newestSource(path) {
  const stat = statSync(path)
  if (!stat.isDirectory()) return stat.mtimeMs
  let newest = 0
  for (const entry of readdirSync(path)) newest = Math.max(newest, newestSource(`${path}/${entry}`))
  return newest
}

export async function ensureCliBundle() {
  const built = existsSync(bundle) ? statSync(bundle).mtimeMs : 0
  if (
    built >=
    Math.max(
      newestSource(`${root}src`),
      newestSource(`${root}handlers`),
      newestSource(`${root}fixtures`),
      newestSource(`${root}package.json`),
    )
  )
    return
  process.stderr.write(
    built === 0
      ? 'chatmock: bundling the command line (the first run in this clone)\n'
      : 'chatmock: bundling the command line (a source changed since the last build)\n',
  )
  const aside = `${root}dist/.cli-${process.pid}`
  const { bundleCli } = await import('./bundle-cli.mjs')
  await bundleCli({ outdir: aside })
  mkdirSync(`${root}dist`, { recursive: true })
  const files = readdirSync(aside).sort((a, b) => (a === 'cli.mjs') - (b === 'cli.mjs'))
  for (const file of files) renameSync(`${aside}/${file}`, `${root}dist/${file}`)
  rmSync(aside, { recursive: true, force: true })
}
