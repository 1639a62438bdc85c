import { runCli as run } from '../../src/cli/run-cli.js'

export interface CliResult {
  status: number
  stdout: string
  stderr: string
}

/** Runs `chatmock <args>` in this process, as the bin would, and collects what it prints. */
export async function runCli(
  args: string[],
  env: Record<string, string | undefined> = {},
  signal?: AbortSignal,
): Promise<CliResult> {
  let stdout = ''
  let stderr = ''
  const status = await run(
    args,
    { stdout: (text) => (stdout += text), stderr: (text) => (stderr += text), env, ...(signal ? { signal } : {}) },
    '0.1.0',
  )
  return { status, stdout, stderr }
}

/** A long-running command (serve) in this process: what it printed so far, and how to stop it. */
export function startCli(args: string[], env: Record<string, string | undefined> = {}) {
  const controller = new AbortController()
  let stdout = ''
  let stderr = ''
  const exited = run(
    args,
    { stdout: (text) => (stdout += text), stderr: (text) => (stderr += text), env, signal: controller.signal },
    '0.1.0',
  )
  const waitFor = async (pattern: RegExp): Promise<RegExpMatchArray> => {
    for (;;) {
      const match = stdout.match(pattern)
      if (match) return match
      const done = await Promise.race([
        exited.then(() => true),
        new Promise<false>((resolve) => setTimeout(() => resolve(false), 5)),
      ])
      if (done && !stdout.match(pattern))
        throw new Error(`the command ended before printing ${pattern}:\n${stdout}\n${stderr}`)
    }
  }
  return { stdout: () => stdout, stderr: () => stderr, waitFor, exited, stop: () => controller.abort() }
}
