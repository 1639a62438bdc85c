import { spawn } from 'node:child_process'
import { fileURLToPath } from 'node:url'
import { expect, it } from 'vitest'

const root = fileURLToPath(new URL('../../', import.meta.url))

/** `npm run demo -- <args>` as the README says; resolves once it exits (a mistake stops it before it builds or listens). */
function runDemo(
  args: string[],
  env: Record<string, string> = {},
): Promise<{ status: number | null; stdout: string; stderr: string }> {
  const child = spawn('npm', ['run', 'demo', '--', ...args], {
    cwd: root,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let stdout = ''
  let stderr = ''
  child.stdout.on('data', (chunk) => (stdout += chunk))
  child.stderr.on('data', (chunk) => (stderr += chunk))
  return new Promise((resolve) => child.once('close', (status) => resolve({ status, stdout, stderr })))
}

it('says an unknown flag in one line with the known ones, and exits 1', async () => {
  const { status, stderr } = await runDemo(['--prot'])
  expect(status).toBe(1)
  expect(stderr).toBe(
    'demo: unknown option --prot (did you mean --port?); the options are --port <port> and -h, --help. Run "npm run demo -- --help".\n',
  )
})

it('names PORT when the port from the environment is not one, and exits 1', async () => {
  expect(await runDemo([], { PORT: '-1' })).toMatchObject({
    status: 1,
    stderr: 'demo: PORT must be an integer from 0 to 65535 (got "-1"). Run "npm run demo -- --help".\n',
  })
})

it('prints its help with --help, and exits 0', async () => {
  const { status, stdout, stderr } = await runDemo(['--help'])
  expect({ status, stderr }).toEqual({ status: 0, stderr: '' })
  expect(stdout).toContain('Usage: npm run demo -- [--port <port>]\n')
  expect(stdout).toContain('  --port <port>   port to listen on (default: $PORT, else 5173; 0 picks a free one)\n')
  expect(stdout).toContain('Exit status: 0 stopped by SIGINT or SIGTERM;')
})
