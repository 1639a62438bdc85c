import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { transformSync } from 'esbuild'
import { expect, it } from 'vitest'

// src/api is the shared words as types: compiled, each file is empty. dependency-cruiser's parser
// (swc) cannot tell `import type` from `import`, so this is what keeps its values out.

const dir = fileURLToPath(new URL('../../src/api/', import.meta.url))

it.each(readdirSync(dir).filter((name) => name.endsWith('.ts')))(
  'src/api/%s compiles to nothing: no value, no import',
  (name) => {
    const { code } = transformSync(readFileSync(join(dir, name), 'utf8'), { loader: 'ts', format: 'esm' })
    expect(code.trim()).toBe('')
  },
)
