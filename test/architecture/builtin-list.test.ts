import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { expect, it } from 'vitest'
import { createFixtures } from '../../handlers/create-fixtures.js'
import { builtinApiIds, builtinApiLoaders } from '../../handlers/index.js'

// The recipe of a built-in API: specs/<id>.yaml, handlers/<id>/, fixtures/<id>/ and one entry in
// handlers/index.ts. Everything else (its subpath, its bundle, its fixtures in createFixtures, its
// id in the catalog) follows from the list, so a fifth API needs no other edit.

const root = fileURLToPath(new URL('../../', import.meta.url))
const camelCase = (id: string) => id.replace(/-(\w)/g, (_, letter: string) => letter.toUpperCase())

function listSources(dir: string): string[] {
  return readdirSync(join(root, dir), { withFileTypes: true }).flatMap((entry) => {
    const path = `${dir}/${entry.name}`
    if (entry.isDirectory()) return listSources(path)
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts') ? [path] : []
  })
}

const namedIds = (file: string) => {
  const code = readFileSync(join(root, file), 'utf8')
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/^\s*\/\/.*$/gm, '')
  return builtinApiIds.filter((id) => new RegExp(`(^|[^\\w-])${id}([^\\w-]|$)`).test(code))
}

it('lists every API module of handlers/, and only those', () => {
  const folders = readdirSync(join(root, 'handlers'), { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
  expect([...builtinApiIds].sort()).toEqual(folders.sort())
})

it.each(builtinApiIds)('loads %s from handlers/<id>/index.ts, which exports it as <camelCase id>Api', async (id) => {
  const api = await builtinApiLoaders[id]()
  expect(api.id).toBe(id)
  const module = (await import(`../../handlers/${id}/index.ts`)) as Record<string, unknown>
  expect(Object.keys(module)).toEqual([`${camelCase(id)}Api`])
  expect(module[`${camelCase(id)}Api`]).toBe(api)
})

it.each(builtinApiIds)('has the spec and the fixtures of %s where the recipe puts them', async (id) => {
  expect(existsSync(join(root, `specs/${id}.yaml`))).toBe(true)
  expect(existsSync(join(root, `fixtures/${id}/create-fixtures.ts`))).toBe(true)
  expect((await builtinApiLoaders[id]()).fixtures?.seeded).toBeTypeOf('function')
})

// scripts/bundle-library.mjs builds dist/apis/<id>.mjs for each folder of handlers/ (which the first
// test ties to the list); test/package/front-door.test.ts imports each id's from the built package.
it('publishes every API at chatmock/apis/<id>, with its declarations', () => {
  const { exports } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
    exports: Record<string, unknown>
  }
  expect(exports['./apis/*']).toEqual({ types: './dist/handlers/*/index.d.ts', default: './dist/apis/*.mjs' })
})

it('builds the fixtures of every API of the list, by seed', async () => {
  expect(Object.keys(await createFixtures(3))).toEqual(builtinApiIds)
})

// The list is the one place that names them all.
it.each(listSources('handlers').filter((file) => file !== 'handlers/index.ts'))(
  '%s names no other built-in API than its own',
  (file) => {
    const own = /^handlers\/([^/]+)\//.exec(file)?.[1]
    expect(namedIds(file).filter((id) => id !== own)).toEqual([])
  },
)
