#!/usr/bin/env node
import { readFileSync } from 'node:fs'
import '../../apis/index.js'
import { type Command, UsageError } from './command.js'
import { coverageCommand } from './commands/coverage-command.js'
import { initCommand } from './commands/init-command.js'
import { serveCommand } from './commands/serve-command.js'
import { specCommand } from './commands/spec-command.js'
import { verifyCommand } from './commands/verify-command.js'
import { resolvePackageFile } from './package-root.js'

const commands: Command[] = [serveCommand, verifyCommand, coverageCommand, specCommand, initCommand]

const version = (JSON.parse(readFileSync(resolvePackageFile('package.json'), 'utf8')) as { version: string }).version

function renderHelp(): string {
  const width = Math.max(...commands.map((command) => command.name.length))
  return `chatmock ${version}: mock servers and contract tests for four chat APIs

Usage: chatmock <command> [options]

Commands:
${commands.map((command) => `  ${command.name.padEnd(width)}   ${command.summary}`).join('\n')}

Run "chatmock <command> --help" for a command's options.`
}

async function main(argv: string[]): Promise<number> {
  const [name, ...args] = argv
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    const command = commands.find((candidate) => candidate.name === args[0])
    console.log(command ? command.help : renderHelp())
    return 0
  }
  if (name === '--version' || name === '-v') {
    console.log(version)
    return 0
  }
  const command = commands.find((candidate) => candidate.name === name)
  if (!command) {
    console.error(`chatmock: unknown command "${name}". Run "chatmock --help" for the list.`)
    return 1
  }
  if (args.includes('--help') || args.includes('-h')) {
    console.log(command.help)
    return 0
  }
  try {
    return await command.run(args)
  } catch (error) {
    if (error instanceof UsageError) {
      console.error(`chatmock ${command.name}: ${error.message}. Run "chatmock ${command.name} --help".`)
      return 1
    }
    throw error
  }
}

process.exitCode = await main(process.argv.slice(2))
