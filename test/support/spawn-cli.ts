import { type ChildProcess, spawn } from 'node:child_process'
import { createRequire } from 'node:module'
import { fileURLToPath } from 'node:url'

const require = createRequire(import.meta.url)
const tsx = require.resolve('tsx/cli')
const main = fileURLToPath(new URL('../../src/cli/main.ts', import.meta.url))

export interface SpawnedCli {
  child: ChildProcess
  stdout(): string
  stderr(): string
  /** Resolves with the first match in stdout (or stderr), or rejects when the process exits first. */
  waitFor(pattern: RegExp, stream?: 'stdout' | 'stderr'): Promise<RegExpMatchArray>
  /** Resolves with the exit code. */
  exited: Promise<number | null>
  /** Sends a signal to the whole process group (tsx runs the CLI in a child process of its own). */
  signal(name: NodeJS.Signals): void
}

/** Starts the CLI from its sources as a real process (as `npx tsx src/cli/main.ts …` does). */
export function spawnCli(args: string[], env: Record<string, string> = {}): SpawnedCli {
  const child = spawn(process.execPath, [tsx, main, ...args], { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'], detached: true })
  let stdout = ''
  let stderr = ''
  child.stdout!.on('data', (chunk) => (stdout += chunk))
  child.stderr!.on('data', (chunk) => (stderr += chunk))
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)))
  const waitFor = (pattern: RegExp, stream: 'stdout' | 'stderr' = 'stdout') =>
    new Promise<RegExpMatchArray>((resolve, reject) => {
      const source = stream === 'stdout' ? child.stdout! : child.stderr!
      const check = () => {
        const match = (stream === 'stdout' ? stdout : stderr).match(pattern)
        if (match) {
          source.off('data', check)
          resolve(match)
        }
      }
      source.on('data', check)
      check()
      void exited.then(() => reject(new Error(`the process exited before printing ${pattern}:\n${stdout}\n${stderr}`)))
    })
  const signal = (name: NodeJS.Signals) => {
    try {
      process.kill(-child.pid!, name)
    } catch {
      // The group is gone already.
    }
  }
  return { child, stdout: () => stdout, stderr: () => stderr, waitFor, exited, signal }
}
