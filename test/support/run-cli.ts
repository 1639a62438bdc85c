import { spawnSync } from 'node:child_process'
import { createRequire } from 'node:module'
import { fileURLToPath } from 'node:url'

const require = createRequire(import.meta.url)
const tsx = require.resolve('tsx/cli')
const main = fileURLToPath(new URL('../../src/cli/main.ts', import.meta.url))

/** Runs the CLI from its sources, as `npx tsx src/cli/main.ts …` would. */
export function runCli(args: string[]): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, [tsx, main, ...args], { encoding: 'utf8', timeout: 15_000 })
  return { status: result.status, stdout: result.stdout, stderr: result.stderr }
}
