import { parseArgs, type ParseArgsConfig } from 'node:util'
import { describeParseError } from './describe-parse-error.js'

type OptionsConfig = NonNullable<ParseArgsConfig['options']>

/** Where a command writes, what it reads of its environment, and what stops it (serve). */
export interface CliIo {
  stdout(text: string): void
  stderr(text: string): void
  env: Readonly<Record<string, string | undefined>>
  /** Ends a long-running command (serve) the way SIGINT and SIGTERM do; the process's own signals always do. */
  signal?: AbortSignal
  /**
   * V8's heap of the bin's own process (absent where a command runs inside another program):
   * `setGrowth` keeps it within `percent` of what is live from then on (more collections, less memory
   * held); `chosenByUser` says the user gave node heap flags of their own, which win.
   */
  heap?: { chosenByUser: boolean; setGrowth(percent: number): void }
}

/** One `chatmock <name>` command. `run` resolves to the process exit code. */
export interface Command {
  name: string
  summary: string
  readonly help: string
  run(args: string[], io: CliIo): Promise<number>
}

/** A mistake in how a command was called; printed as one line, exit code 1. */
export class UsageError extends Error {}

/** Parses a command's options strictly, turning node's parse errors into usage errors. */
export function parseOptions<T extends OptionsConfig>(
  args: string[],
  options: T,
  allowPositionals = false,
): ReturnType<typeof parseArgs<{ args: string[]; options: T; allowPositionals: boolean; strict: true }>> {
  try {
    return parseArgs({ args, options, allowPositionals, strict: true })
  } catch (error) {
    throw new UsageError(describeParseError(error, Object.keys(options)))
  }
}
