import { readFileSync } from 'node:fs'
import { resolvePackageFile } from './package-root.js'
import { createProcessIo } from './process-io.js'
import { runCli } from './run-cli.js'

/** Runs the command line with the process's arguments and streams, and sets its exit code. */
export async function startCli(): Promise<void> {
  const version = (JSON.parse(readFileSync(resolvePackageFile('package.json'), 'utf8')) as { version: string }).version
  process.exitCode = await runCli(process.argv.slice(2), createProcessIo(), version)
}
