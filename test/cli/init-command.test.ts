import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { expect, it } from 'vitest'
import { runCli } from '../support/run-cli.js'

const require = createRequire(import.meta.url)

it("writes msw's service worker into the folder, creating it", async () => {
  const dir = join(mkdtempSync(join(tmpdir(), 'chatmock-init-')), 'public')
  const { status, stdout } = await runCli(['init', dir])
  expect(status).toBe(0)
  expect(stdout).toBe(`chatmock: wrote ${join(dir, 'mockServiceWorker.js')}\n`)
  const original = readFileSync(join(dirname(require.resolve('msw/package.json')), 'lib/mockServiceWorker.js'), 'utf8')
  expect(readFileSync(join(dir, 'mockServiceWorker.js'), 'utf8')).toBe(original)
})

it('exits 1 without a folder', async () => {
  expect(await runCli(['init'])).toMatchObject({
    status: 1,
    stderr: expect.stringContaining('expected one folder, e.g. public'),
  })
})

it('exits 1 with one line, and leaves the file alone, when the worker is there already', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'chatmock-init-'))
  writeFileSync(join(dir, 'mockServiceWorker.js'), '// mine')
  const result = await runCli(['init', dir])
  expect(result).toEqual({
    status: 1,
    stdout: '',
    stderr: `chatmock init: ${join(dir, 'mockServiceWorker.js')} exists already; pass --force to replace it.\n`,
  })
  expect(readFileSync(join(dir, 'mockServiceWorker.js'), 'utf8')).toBe('// mine')
})

it('replaces the worker with --force', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'chatmock-init-'))
  writeFileSync(join(dir, 'mockServiceWorker.js'), '// old')
  expect((await runCli(['init', dir, '--force'])).status).toBe(0)
  expect(readFileSync(join(dir, 'mockServiceWorker.js'), 'utf8')).toContain('Mock Service Worker')
})

it('exits 1 with one line when the folder given is a file', async () => {
  const file = join(mkdtempSync(join(tmpdir(), 'chatmock-init-')), 'public')
  writeFileSync(file, '')
  expect(await runCli(['init', file])).toEqual({
    status: 1,
    stdout: '',
    stderr: `chatmock init: ${file} is a file, not a folder. Run "chatmock init --help".\n`,
  })
})
