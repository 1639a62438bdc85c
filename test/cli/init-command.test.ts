import { mkdtempSync, readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { expect, it } from 'vitest'
import { runCli } from '../support/run-cli.js'

const require = createRequire(import.meta.url)

it('writes msw\'s service worker into the folder, creating it', () => {
  const dir = join(mkdtempSync(join(tmpdir(), 'chatmock-init-')), 'public')
  const { status, stdout } = runCli(['init', dir])
  expect(status).toBe(0)
  expect(stdout).toBe(`chatmock: wrote ${join(dir, 'mockServiceWorker.js')}\n`)
  const original = readFileSync(join(dirname(require.resolve('msw/package.json')), 'lib/mockServiceWorker.js'), 'utf8')
  expect(readFileSync(join(dir, 'mockServiceWorker.js'), 'utf8')).toBe(original)
})

it('exits 1 without a folder', () => {
  expect(runCli(['init'])).toMatchObject({ status: 1, stderr: expect.stringContaining('expected one folder, e.g. public') })
})
