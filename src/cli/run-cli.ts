import { isChatmockError } from '../errors/chatmock-error.js'
import { type CliIo, type Command, UsageError } from './command.js'
import { coverageCommand } from './commands/coverage-command.js'
import { initCommand } from './commands/init-command.js'
import { serveCommand } from './commands/serve-command.js'
import { specCommand } from './commands/spec-command.js'
import { verifyCommand } from './commands/verify-command.js'
import { importExampleApis } from './example-ids.js'
import { EXIT_NO_COMMAND, EXIT_UNREACHABLE } from './exit-codes.js'

const commands: Command[] = [serveCommand, verifyCommand, coverageCommand, specCommand, initCommand]

function renderHelp(version: string): string {
  const width = Math.max(...commands.map((command) => command.name.length))
  return `chatmock ${version}: mock servers and contract tests for chat APIs, and for any OpenAPI document

Usage: chatmock <command> [options]

Commands:
${commands.map((command) => `  ${command.name.padEnd(width)}   ${command.summary}`).join('\n')}

Options:
  -h, --help      show this help
  -v, --version   print chatmock's version

Exit status:
  0  done
  1  failed: a check failed, or a mistake in the command, its options or its input
  ${EXIT_NO_COMMAND}  no command given (this help)
  ${EXIT_UNREACHABLE}  verify, coverage: no server answered at --base-url, or not as expected

Run "chatmock <command> --help" for a command's options and exit statuses.`
}

/**
 * Runs `chatmock <argv>` and resolves to its exit code. The bin calls it with the process's
 * streams; tests call it in process with their own.
 */
export async function runCli(argv: readonly string[], io: CliIo, version = '0.0.0'): Promise<number> {
  const [name, ...args] = argv
  if (name === undefined) {
    io.stdout(`${renderHelp(version)}\n`)
    return EXIT_NO_COMMAND
  }
  if (name === '--help' || name === '-h' || name === 'help') {
    const command = commands.find((candidate) => candidate.name === args[0])
    if (command) await importExampleApis()
    io.stdout(`${command ? command.help : renderHelp(version)}\n`)
    return 0
  }
  if (name === '--version' || name === '-v') {
    io.stdout(`${version}\n`)
    return 0
  }
  const command = commands.find((candidate) => candidate.name === name)
  if (!command) {
    io.stderr(
      `chatmock: unknown ${name.startsWith('-') ? 'option' : 'command'} "${name}". Run "chatmock --help" for the list.\n`,
    )
    return 1
  }
  if (args.includes('--help') || args.includes('-h')) {
    await importExampleApis()
    io.stdout(`${command.help}\n`)
    return 0
  }
  try {
    return await command.run(args, io)
  } catch (error) {
    // A usage error or a developer error (a broken spec, a bad fixtures file) is one line, never a stack.
    if (error instanceof UsageError || isChatmockError(error)) {
      const message = error.message.replace(/^\[chatmock\] /, '').replace(/\.$/, '')
      io.stderr(
        `chatmock ${command.name}: ${message}.${error instanceof UsageError ? ` Run "chatmock ${command.name} --help".` : ''}\n`,
      )
      return 1
    }
    throw error
  }
}
