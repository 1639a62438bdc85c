import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, afterEach, expect, it, vi } from 'vitest'
import { serveCommand } from '../../src/cli/commands/serve-command.js'
import { startCli } from '../support/run-cli.js'
import { type SpawnedCli, spawnCli } from '../support/spawn-cli.js'

// `chatmock serve` keeps V8's heap within 10% of what is live once the documents it serves hold
// 1,000 operations or more (bench/large-document.ts measures what that saves); a heap flag the user
// gives node wins, and a command run inside another program (a test) leaves that program's heap alone.

const dir = mkdtempSync(join(tmpdir(), 'chatmock-heap-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

function writeDocument(operations: number): string {
  const paths = Object.fromEntries(
    Array.from({ length: operations }, (_, index) => [
      `/things/${index}`,
      { get: { operationId: `getThing${index}`, responses: { '204': { description: 'none' } } } },
    ]),
  )
  const file = join(dir, `things-${operations}.json`)
  writeFileSync(file, JSON.stringify({ openapi: '3.1.0', info: { title: 'Things', version: '1' }, paths }))
  return file
}

const running: SpawnedCli[] = []
afterEach(() => {
  for (const cli of running.splice(0)) cli.signal('SIGKILL')
})

async function serve(file: string, env: Record<string, string> = {}): Promise<string> {
  const cli = spawnCli(['serve', '--no-builtins', '--spec', file, '--port', '0', '--quiet'], env)
  running.push(cli)
  const url = (await cli.waitFor(/chatmock listening on (http:\/\/\S+)/))[1]!
  // The lines after "listening" are written at once with it; one request makes sure they arrived.
  expect((await fetch(`${url}/${file.replace(/^.*\/|\.json$/g, '')}/things/0`)).status).toBe(204)
  return cli.stdout()
}

const HEAP_LINE =
  'chatmock: 1000 operations: the heap is kept within 10% of what is live (less memory held, requests a little slower); a heap flag of your own for node (NODE_OPTIONS=--max-old-space-size=<MiB>, or node --heap-growing-percent=<n>) chooses otherwise\n'

it('keeps the heap within 10% of what is live for 1,000 operations, and says so', async () => {
  expect(await serve(writeDocument(1000))).toContain(HEAP_LINE)
})

it('leaves the heap as V8 sizes it for 999 operations', async () => {
  expect(await serve(writeDocument(999))).not.toContain('the heap is kept')
})

it('leaves it to the heap flag the user gave node', async () => {
  const stdout = await serve(writeDocument(1000), { NODE_OPTIONS: '--max-old-space-size=4096' })
  expect(stdout).toContain('chatmock listening on')
  expect(stdout).not.toContain('the heap is kept')
})

it('leaves the heap of the program it runs inside alone', async () => {
  const cli = startCli(['serve', '--no-builtins', '--spec', writeDocument(1000), '--port', '0', '--quiet'])
  try {
    await cli.waitFor(/chatmock listening on/)
    expect(cli.stdout()).not.toContain('the heap is kept')
  } finally {
    cli.stop()
    await cli.exited
  }
})

/** Runs serve in this process with a heap of the test's own, which records what serve sets. */
async function serveWithHeap(
  chosenByUser: boolean,
  check: (url: string, stdout: () => string, setGrowth: ReturnType<typeof vi.fn>) => Promise<void>,
) {
  const setGrowth = vi.fn()
  const controller = new AbortController()
  let stdout = ''
  const exited = serveCommand.run(['--no-builtins', '--spec', writeDocument(1000), '--port', '0', '--quiet'], {
    stdout: (text) => (stdout += text),
    stderr: () => undefined,
    env: {},
    signal: controller.signal,
    heap: { chosenByUser, setGrowth },
  })
  try {
    await vi.waitFor(() => expect(stdout).toContain('chatmock listening on'))
    await check(/chatmock listening on (\S+)/.exec(stdout)![1]!, () => stdout, setGrowth)
  } finally {
    controller.abort()
    await exited
  }
}

it('sets the heap growth once its first answer is out, not before', async () => {
  await serveWithHeap(false, async (url, stdout, setGrowth) => {
    expect(stdout()).toContain('the heap is kept')
    expect(setGrowth).not.toHaveBeenCalled()
    expect((await fetch(`${url}/things-1000/things/1`)).status).toBe(204)
    await vi.waitFor(() => expect(setGrowth).toHaveBeenCalledWith(10))
    await fetch(`${url}/things-1000/things/2`)
    expect(setGrowth).toHaveBeenCalledTimes(1)
  })
})

it('leaves the heap to the user who chose its flags', async () => {
  await serveWithHeap(true, async (url, stdout, setGrowth) => {
    expect((await fetch(`${url}/things-1000/things/1`)).status).toBe(204)
    expect(stdout()).not.toContain('the heap is kept')
    expect(setGrowth).not.toHaveBeenCalled()
  })
})
