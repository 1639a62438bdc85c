import { existsSync, readFileSync } from 'node:fs'

/**
 * The package's root folder, whether this runs from the sources (src/cli), the compiled library
 * (dist/src/cli) or a bundle of the command line (dist/cli.mjs, or a test's): the nearest folder
 * above with chatmock's own package.json.
 */
const packageRoot = findPackageRoot(new URL('.', import.meta.url))

function findPackageRoot(start: URL): URL {
  for (let dir = start; ; dir = new URL('..', dir)) {
    const manifest = new URL('package.json', dir)
    if (existsSync(manifest) && (JSON.parse(readFileSync(manifest, 'utf8')) as { name?: string }).name === 'chatmock')
      return dir
    if (dir.pathname === '/') throw new Error(`[chatmock] cannot find chatmock's package.json above ${start.pathname}`)
  }
}

export function resolvePackageFile(path: string): string {
  return new URL(path, packageRoot).pathname
}
