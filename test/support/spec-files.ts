import { readdirSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { loadSpec } from '../../src/openapi/load-spec.js'

export const specsDir = fileURLToPath(new URL('../../specs/', import.meta.url))

/** Every OpenAPI spec file in specs/, loaded from its YAML (the AsyncAPI documents beside them are not). */
export const specFiles = readdirSync(specsDir)
  .filter((file) => file.endsWith('.yaml') && !file.endsWith('.asyncapi.yaml'))
  .sort()
  .map((file) => ({ file, name: file.replace(/\.yaml$/, ''), document: loadSpec(`${specsDir}${file}`) }))
