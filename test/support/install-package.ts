import { cpSync, mkdirSync, readFileSync, symlinkSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

const root = fileURLToPath(new URL('../../', import.meta.url))

export interface InstallOptions {
  /** The copy of msw in this repository's node_modules that the project pins: `msw-lowest` or `msw`. */
  msw: string
  /** A copy of msw nested under chatmock, as npm nests a dependency the project's own does not satisfy. */
  chatmockMsw?: string
  /** More of this repository's packages the project has (`jest`, `@jest/globals`…). */
  links?: readonly string[]
}

/**
 * Lays out `project`'s node_modules as npm installs the built package: a copy of it in
 * node_modules/chatmock (so that it resolves msw, its peer, from the project, as a published
 * package does), its dependencies beside it, and the project's own msw.
 */
export function installPackage(
  packageDir: string,
  project: string,
  { msw, chatmockMsw, links = [] }: InstallOptions,
): void {
  const modules = join(project, 'node_modules')
  cpSync(packageDir, join(modules, 'chatmock'), { recursive: true })
  const manifest = JSON.parse(readFileSync(join(packageDir, 'package.json'), 'utf8')) as {
    dependencies: Record<string, string>
  }
  for (const name of [...Object.keys(manifest.dependencies), ...links])
    link(join(root, 'node_modules', name), join(modules, name))
  link(join(root, 'node_modules', msw), join(modules, 'msw'))
  if (chatmockMsw !== undefined)
    link(join(root, 'node_modules', chatmockMsw), join(modules, 'chatmock/node_modules/msw'))
}

function link(target: string, path: string): void {
  mkdirSync(dirname(path), { recursive: true })
  symlinkSync(target, path, 'dir')
}
