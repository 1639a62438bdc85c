import { spawnSync } from 'node:child_process'
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, utimesSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll, beforeAll, expect, it } from 'vitest'

// bin/chatmock.mjs in a fresh clone: no install script built anything, so the first run bundles the
// sources, later runs reuse the bundle, and an edited source is bundled again.

const root = fileURLToPath(new URL('../../', import.meta.url))
const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
  version: string
  bin: Record<string, string>
  scripts: Record<string, string>
}
let clone: string

beforeAll(() => {
  clone = mkdtempSync(join(tmpdir(), 'chatmock-clone-'))
  for (const path of ['bin', 'scripts', 'src', 'handlers', 'fixtures', 'package.json'])
    cpSync(join(root, path), join(clone, path), { recursive: true })
  symlinkSync(join(root, 'node_modules'), join(clone, 'node_modules'), 'dir')
})
afterAll(() => rmSync(clone, { recursive: true, force: true }))

const run = () =>
  spawnSync(process.execPath, [join(clone, manifest.bin.chatmock!), '--version'], {
    cwd: clone,
    encoding: 'utf8',
    timeout: 60_000,
  })

it("has no install script, so installing the package runs nothing of chatmock's", () => {
  expect(Object.keys(manifest.scripts).filter((name) => /^(pre|post)?(install|prepare)$/.test(name))).toEqual([])
  expect(manifest.bin.chatmock).toBe('./bin/chatmock.mjs')
})

it('bundles the sources on the first run in a clone, and says so in one line', () => {
  const first = run()
  expect(first.stderr).toBe('chatmock: bundling the command line (the first run in this clone)\n')
  expect(first.stdout).toBe(`${manifest.version}\n`)
  expect(first.status).toBe(0)
})

it('runs the bundle as it is while no source is newer', () => {
  expect(run()).toMatchObject({ status: 0, stdout: `${manifest.version}\n`, stderr: '' })
})

it('bundles again when a source is newer than the bundle', () => {
  // The bundle made a minute before the sources were last touched.
  const earlier = new Date(Date.now() - 60_000)
  utimesSync(join(clone, 'dist/cli.mjs'), earlier, earlier)
  expect(run()).toMatchObject({
    status: 0,
    stdout: `${manifest.version}\n`,
    stderr: 'chatmock: bundling the command line (a source changed since the last build)\n',
  })
  expect(run()).toMatchObject({ status: 0, stderr: '' })
})
