/**
 * Emits each spec in specs/ as a TypeScript module in src/spec/documents/, so that every runtime
 * (the browser has no file system) reads the same document without parsing YAML at start-up.
 * `npm run gen` writes the files; `npm run gen -- --check` fails when one is stale (a test runs it).
 */
import { readFileSync, readdirSync, writeFileSync } from 'node:fs'
import { basename, join } from 'node:path'
import { renderDocumentModule } from './render-document-module.js'

const specsDir = new URL('../specs/', import.meta.url).pathname
const outDir = new URL('../src/spec/documents/', import.meta.url).pathname
const check = process.argv.includes('--check')

const stale: string[] = []
for (const file of readdirSync(specsDir).filter((name) => name.endsWith('.yaml')).sort()) {
  const target = join(outDir, `${basename(file, '.yaml')}.ts`)
  const next = renderDocumentModule(file, readFileSync(join(specsDir, file), 'utf8'))
  let current = ''
  try {
    current = readFileSync(target, 'utf8')
  } catch {}
  if (current === next) continue
  if (check) stale.push(target)
  else writeFileSync(target, next)
}

if (stale.length > 0) {
  console.error(`[chatmock] Generated spec modules are stale: ${stale.join(', ')}. Please run "npm run gen".`)
  process.exit(1)
}
