import { spawnSync } from 'node:child_process'
import { fileURLToPath } from 'node:url'
import { expect, it } from 'vitest'

const root = fileURLToPath(new URL('../../', import.meta.url))

it('sets up chatmock twelve times in one process with nothing on stderr (no MaxListenersExceededWarning)', () => {
  const run = spawnSync(
    process.execPath,
    [
      '--experimental-websocket',
      '--disable-warning=ExperimentalWarning',
      '--import',
      'tsx',
      'test/fixtures/processes/many-runtimes.ts',
    ],
    { cwd: root, encoding: 'utf8', timeout: 60_000 },
  )
  expect(run.stderr).toBe('')
  expect(run.stdout).toBe('done\n')
  expect(run.status).toBe(0)
})
