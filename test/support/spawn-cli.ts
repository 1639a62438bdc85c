import { type ChildProcess, spawn } from 'node:child_process'
import { testCliDir } from './global-setup.js'

export interface SpawnedCli {
  child: ChildProcess
  stdout(): string
  stderr(): string
  /** Resolves with the first match in stdout (or stderr), or rejects when the process exits first. */
  waitFor(pattern: RegExp, stream?: 'stdout' | 'stderr'): Promise<RegExpMatchArray>
  /** Resolves with the exit code. */
  exited: Promise<number | null>
  /** Sends a signal to the whole process group. */
  signal(name: NodeJS.Signals): void
}

export interface SpawnOptions {
  /** A file descriptor for its standard output instead of a pipe (e.g. /dev/full, opened). */
  stdout?: number
  /** Run as this user and group (a root test run starts it unprivileged). */
  uid?: number
}

/** Starts the command line as a real process: the bundle of the sources, built once per test run. */
export function spawnCli(args: string[], env: Record<string, string> = {}, options: SpawnOptions = {}): SpawnedCli {
  const child = spawn(process.execPath, [`${testCliDir}cli.mjs`, ...args], {
    env: { ...process.env, ...env },
    stdio: ['ignore', options.stdout ?? 'pipe', 'pipe'],
    detached: true,
    ...(options.uid === undefined ? {} : { uid: options.uid, gid: options.uid }),
  })
  let stdout = ''
  let stderr = ''
  child.stdout?.on('data', (chunk) => (stdout += chunk))
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
