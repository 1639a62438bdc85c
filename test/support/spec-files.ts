import { readdirSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { loadSpec } from '../../src/spec/load-spec.js'

export const specsDir = fileURLToPath(new URL('../../specs/', import.meta.url))

/** Every spec file in specs/, loaded from its YAML. */
export const specFiles = readdirSync(specsDir)
  .filter((file) => file.endsWith('.yaml'))
  .sort()
  .map((file) => ({ file, name: file.replace(/\.yaml$/, ''), document: loadSpec(`${specsDir}${file}`) }))
