/**
 * The package's root folder, whether this runs from the sources (src/cli), the compiled library
 * (dist/src/cli) or the bundled command line (dist/cli.mjs).
 */
export const packageRoot = new URL(import.meta.url.includes('/dist/src/') ? '../../../' : import.meta.url.includes('/dist/') ? '../' : '../../', import.meta.url)

export function resolvePackageFile(path: string): string {
  return new URL(path, packageRoot).pathname
}
