import { spawn } from 'node:child_process'
import { closeSync, openSync } from 'node:fs'
import { afterEach, expect, it } from 'vitest'
import { testCliDir } from '../support/global-setup.js'
import { type SpawnedCli, spawnCli } from '../support/spawn-cli.js'

// What a shell pipe does to the command line: the reader (`| head -1`) takes what it needs and
// closes its end; every later write of the process fails with EPIPE. Real processes, real pipes.

const running: SpawnedCli[] = []
afterEach(() => {
  for (const cli of running.splice(0)) cli.signal('SIGKILL')
})

function start(args: string[], options?: Parameters<typeof spawnCli>[2]): SpawnedCli {
  const cli = spawnCli(args, {}, options)
  running.push(cli)
  return cli
}

it('exits 0 with nothing on stderr when piped into head -1', async () => {
  // Chatwoot's spec (140 KB) outgrows a pipe's buffer: the process is still writing when head leaves.
  const shell = spawn(
    'bash',
    ['-c', '"$0" "$1" spec chatwoot | head -1; exit ${PIPESTATUS[0]}', process.execPath, `${testCliDir}cli.mjs`],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  )
  let stdout = ''
  let stderr = ''
  shell.stdout.on('data', (chunk) => (stdout += chunk))
  shell.stderr.on('data', (chunk) => (stderr += chunk))
  const status = await new Promise((resolve) => shell.once('close', resolve))
  expect({ status, stdout, stderr }).toEqual({ status: 0, stdout: 'openapi: 3.1.0\n', stderr: '' })
})

it('keeps serving when the reader of its log goes away, then stops on SIGTERM with exit code 0 and nothing on stderr', async () => {
  const cli = start(['serve', '--port', '0'])
  const url = (await cli.waitFor(/chatmock listening on (http:\/\/\S+)/))[1]!
  cli.child.stdout!.destroy()
  // The first answer's log line meets the closed pipe; the next ones show the server outlived it.
  for (let request = 0; request < 3; request++) {
    const response = await fetch(`${url}/hapihub/chat-messages/id-1`, { headers: { authorization: 'Bearer t' } })
    expect(response.status).toBe(200)
  }
  cli.signal('SIGTERM')
  expect(await cli.exited).toBe(0)
  expect(cli.stderr()).toBe('')
})

it('exits 1 with one line when its output cannot be written at all (a full disk)', async () => {
  const full = openSync('/dev/full', 'w')
  try {
    const cli = start(['spec', 'hapihub'], { stdout: full })
    expect(await cli.exited).toBe(1)
    expect(cli.stderr()).toBe('chatmock: cannot write to standard output (ENOSPC); the rest of the output is lost.\n')
  } finally {
    closeSync(full)
  }
})
