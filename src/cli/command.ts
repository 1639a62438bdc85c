import { parseArgs, type ParseArgsConfig } from 'node:util'

type OptionsConfig = NonNullable<ParseArgsConfig['options']>

/** One `chatmock <name>` command. `run` resolves to the process exit code. */
export interface Command {
  name: string
  summary: string
  help: string
  run(args: string[]): Promise<number>
}

/** A mistake in how a command was called; printed as one line, exit code 1. */
export class UsageError extends Error {}

/** Parses a command's options strictly, turning node's parse errors into usage errors. */
export function parseOptions<T extends OptionsConfig>(args: string[], options: T, allowPositionals = false): ReturnType<typeof parseArgs<{ args: string[]; options: T; allowPositionals: boolean; strict: true }>> {
  try {
    return parseArgs({ args, options, allowPositionals, strict: true })
  } catch (error) {
    throw new UsageError((error as Error).message)
  }
}
