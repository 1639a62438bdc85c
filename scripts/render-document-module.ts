import { parse } from 'yaml'
import { stripProse } from './strip-prose.js'

/**
 * The source of one generated module: the spec as a typed constant, without its prose (a page
 * loads it; the prose is served from the spec's text, see strip-prose.ts).
 */
export function renderDocumentModule(file: string, yamlText: string): string {
  const json = JSON.stringify(stripProse(parse(yamlText)), null, 2)
  return [
    `// Generated from specs/${file} by scripts/generate-specs.ts. Do not edit: run "npm run gen".`,
    `import type { OpenAPIV3_1 } from 'openapi-types'`,
    ``,
    `export const document = ${json} as unknown as OpenAPIV3_1.Document`,
    ``,
  ].join('\n')
}
