/** The package's root folder, whether this runs from the sources (src/cli) or the build (dist/src/cli). */
export const packageRoot = new URL(import.meta.url.includes('/dist/src/') ? '../../../' : '../../', import.meta.url)

export function resolvePackageFile(path: string): string {
  return new URL(path, packageRoot).pathname
}
