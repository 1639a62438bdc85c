import { readdirSync, readFileSync } from 'node:fs'
import { dirname, join, relative, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { expect, it } from 'vitest'
import { builtinApiIds } from '../../handlers/index.js'

const root = fileURLToPath(new URL('../../', import.meta.url))

/** The package's entry points: the edge, which may import the list of built-in APIs (and nothing more of them). */
const entries = [
  'src/index.ts',
  'src/node.ts',
  'src/browser.ts',
  'src/express.ts',
  'src/vitest.ts',
  'src/jest.ts',
  'src/internals.ts',
  'src/builtin-apis.ts',
  'src/cli/main.ts',
]
const builtinList = ['handlers/index.ts', 'handlers/create-fixtures.ts']

function listSources(dir: string): string[] {
  return readdirSync(join(root, dir), { withFileTypes: true }).flatMap((entry) => {
    const path = `${dir}/${entry.name}`
    if (entry.isDirectory()) return listSources(path)
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts') ? [path] : []
  })
}

function listImports(file: string): string[] {
  const text = readFileSync(join(root, file), 'utf8')
  return [...text.matchAll(/(?:import|export)\s[^'"]*?from\s+'([^']+)'|import\('([^']+)'\)|import\s+'([^']+)'/g)].map(
    (match) => match[1] ?? match[2] ?? match[3]!,
  )
}

const sources = listSources('src')

it.each(sources.filter((file) => !entries.includes(file)))('%s imports nothing from handlers/ or fixtures/', (file) => {
  const intoApis = listImports(file)
    .filter((specifier) => specifier.startsWith('.'))
    .map((specifier) => relative(root, resolve(root, dirname(file), specifier)))
    .filter((target) => target.startsWith('handlers/') || target.startsWith('fixtures/'))
  expect(intoApis).toEqual([])
})

it.each(entries)('%s imports only the list of built-in APIs from handlers/', (file) => {
  const intoApis = listImports(file)
    .filter((specifier) => specifier.startsWith('.'))
    .map((specifier) => relative(root, resolve(root, dirname(file), specifier)).replace(/\.js$/, '.ts'))
    .filter((target) => target.startsWith('handlers/') || target.startsWith('fixtures/'))
  expect(intoApis.filter((target) => !builtinList.includes(target))).toEqual([])
})

it.each(sources)('%s names no built-in API in its code', (file) => {
  // Comments may show an example call; code may not depend on an API by name.
  const code = readFileSync(join(root, file), 'utf8')
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/^\s*\/\/.*$/gm, '')
  expect(builtinApiIds.filter((id) => new RegExp(`(^|[^\\w-])${id}([^\\w-]|$)`).test(code))).toEqual([])
})
