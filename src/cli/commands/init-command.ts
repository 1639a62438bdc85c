import { copyFileSync, existsSync, mkdirSync, statSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join, resolve } from 'node:path'
import { describeFileError } from '../../errors/describe-file-error.js'
import { type Command, parseOptions, UsageError } from '../command.js'

export const initCommand: Command = {
  name: 'init',
  summary: "Copy msw's service worker into a public folder, for chatmock/browser",
  help: `Usage: chatmock init <dir> [--force]

Copies mockServiceWorker.js (the service worker of the msw version chatmock uses) into <dir>, the
folder your dev server serves at the site's root (public/, static/, …). npm does not run msw's own
postinstall step, so run this once, and again (with --force) after upgrading chatmock.

Options:
  --force               replace a mockServiceWorker.js that is there already
  -h, --help            show this help

Exit status:
  0  written
  1  a mistake in the arguments, a worker there already (without --force), or a folder that
     cannot be written

Examples:
  chatmock init public
  chatmock init public --force`,

  async run(args, io) {
    const { values, positionals } = parseOptions(args, { force: { type: 'boolean', default: false } }, true)
    const [dir, ...extra] = positionals
    if (!dir || extra.length > 0) throw new UsageError('expected one folder, e.g. public')
    const require = createRequire(import.meta.url)
    const source = join(dirname(require.resolve('msw/package.json')), 'lib', 'mockServiceWorker.js')
    const target = join(resolve(dir), 'mockServiceWorker.js')
    if (existsSync(dir) && !statSync(dir).isDirectory()) throw new UsageError(`${dir} is a file, not a folder`)
    if (!values.force && existsSync(target)) {
      io.stderr(`chatmock init: ${target} exists already; pass --force to replace it.\n`)
      return 1
    }
    try {
      mkdirSync(resolve(dir), { recursive: true })
      copyFileSync(source, target)
    } catch (error) {
      io.stderr(`chatmock init: cannot write ${target}: ${describeFileError(error)}.\n`)
      return 1
    }
    io.stdout(`chatmock: wrote ${target}\n`)
    return 0
  },
}
