import { copyFileSync, mkdirSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join, resolve } from 'node:path'
import { type Command, parseOptions, UsageError } from '../command.js'

export const initCommand: Command = {
  name: 'init',
  summary: 'Copy msw\'s service worker into a public folder, for chatmock/browser',
  help: `Usage: chatmock init <dir>

Copies mockServiceWorker.js (the service worker of the msw version chatmock uses) into <dir>, the
folder your dev server serves at the site's root (public/, static/, …). npm does not run msw's own
postinstall step, so run this once, and again after upgrading chatmock.

Examples:
  chatmock init public`,

  async run(args) {
    const { positionals } = parseOptions(args, {}, true)
    const [dir, ...extra] = positionals
    if (!dir || extra.length > 0) throw new UsageError('expected one folder, e.g. public')
    const require = createRequire(import.meta.url)
    const source = join(dirname(require.resolve('msw/package.json')), 'lib', 'mockServiceWorker.js')
    const target = join(resolve(dir), 'mockServiceWorker.js')
    mkdirSync(resolve(dir), { recursive: true })
    copyFileSync(source, target)
    console.log(`chatmock: wrote ${target}`)
    return 0
  },
}
