import { readdirSync, statSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join, relative } from 'node:path'

export interface CorpusDocument {
  /** `3.0/petstore`: version and name, one per document whatever its format. */
  name: string
  file: string
  /** The id it is served under: its name, as an id takes it (`3-0-petstore`). */
  id: string
}

/**
 * The documents of @readme/oas-examples (public OpenAPI 2.0, 3.0 and 3.1 documents written to
 * exercise every corner of the specification), each once: its YAML where it ships both, its JSON
 * where only that; the workshop's folder of documents too.
 */
export function listCorpusDocuments(): CorpusDocument[] {
  const root = dirname(createRequire(import.meta.url).resolve('@readme/oas-examples/package.json'))
  const byName = new Map<string, string>()
  const visit = (dir: string) => {
    for (const entry of readdirSync(dir).sort()) {
      const path = join(dir, entry)
      if (statSync(path).isDirectory()) visit(path)
      else if (/\.(json|yaml)$/.test(entry)) {
        const [version, format, ...rest] = relative(root, path).split('/')
        const name = `${version}/${rest.join('/').replace(/\.(json|yaml)$/, '')}`
        if (!byName.has(name) || format === 'yaml') byName.set(name, path)
      }
    }
  }
  for (const version of ['2.0', '3.0', '3.1']) visit(join(root, version))
  return [...byName].map(([name, file]) => ({ name, file, id: name.replace(/[^a-z0-9]+/gi, '-').toLowerCase() }))
}
