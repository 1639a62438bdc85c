/**
 * Emits, for each built-in API (specs/<id>.yaml), TypeScript modules in handlers/<id>/generated/: the
 * document as a constant, the payload schemas of its events (specs/<id>.asyncapi.yaml) (every runtime reads it without a file system or a YAML parser, see
 * docs/decisions/0001-specs-as-modules.md), the types of its schemas and operations, its
 * precompiled validators, and its default fixtures as data (fixtures/<id>/generated/).
 * `npm run gen` writes them; `npm run gen -- --check` fails when one is stale.
 */
import { readFileSync, readdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { renderDefaultFixturesModule } from './render-default-fixtures.js'
import { renderGeneratedModules } from './render-generated-modules.js'

const root = new URL('../', import.meta.url).pathname
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
const files = readdirSync(join(root, 'specs'))
for (const file of files.filter((name) => name.endsWith('.yaml') && !name.endsWith('.asyncapi.yaml')).sort()) {
  const id = file.replace(/\.yaml$/, '')
  const outDir = join(root, 'handlers', id, 'generated')
  // An API's events live in specs/<id>.asyncapi.yaml beside its OpenAPI document.
  const asyncapiFile = files.includes(`${id}.asyncapi.yaml`) ? `${id}.asyncapi.yaml` : undefined
  const asyncapi = asyncapiFile
    ? { file: asyncapiFile, text: readFileSync(join(root, 'specs', asyncapiFile), 'utf8') }
    : undefined
  for (const { name, source } of await renderGeneratedModules(
    file,
    readFileSync(join(root, 'specs', file), 'utf8'),
    asyncapi,
  ))
    write(join(outDir, name), source)
  write(join(root, 'fixtures', id, 'generated', 'default-fixtures.ts'), await renderDefaultFixturesModule(id))
}

if (stale.length > 0) {
  console.error(`[chatmock] Generated modules are stale: ${stale.join(', ')}. Please run "npm run gen".`)
  process.exit(1)
}
