/**
 * Emits, for each spec in specs/, TypeScript modules in src/spec/documents/: the document as a
 * constant (every runtime reads it without a file system or a YAML parser, see
 * docs/decisions/0001-specs-as-modules.md), the types of its schemas and operations, and its
 * precompiled validators; and the default fixtures as data (fixtures/generated/).
 * `npm run gen` writes them; `npm run gen -- --check` fails when one is stale.
 */
import { readFileSync, readdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { renderDefaultFixturesModule } from './render-default-fixtures.js'
import { renderGeneratedModules } from './render-generated-modules.js'

const specsDir = new URL('../specs/', import.meta.url).pathname
const outDir = new URL('../src/spec/documents/', import.meta.url).pathname
const check = process.argv.includes('--check')

const stale: string[] = []
const write = (target: string, source: string) => {
  let current = ''
  try {
    current = readFileSync(target, 'utf8')
  } catch {}
  if (current === source) return
  if (check) stale.push(target)
  else writeFileSync(target, source)
}
for (const file of readdirSync(specsDir).filter((name) => name.endsWith('.yaml')).sort()) {
  for (const { name, source } of renderGeneratedModules(file, readFileSync(join(specsDir, file), 'utf8'))) write(join(outDir, name), source)
}
write(new URL('../fixtures/generated/default-fixtures.ts', import.meta.url).pathname, renderDefaultFixturesModule())

if (stale.length > 0) {
  console.error(`[chatmock] Generated spec modules are stale: ${stale.join(', ')}. Please run "npm run gen".`)
  process.exit(1)
}
