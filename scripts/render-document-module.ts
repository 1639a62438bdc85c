import { parse } from 'yaml'

/** The source of one generated module: the spec as a typed constant named after the file. */
export function renderDocumentModule(file: string, yamlText: string): string {
  const name = `${file.replace(/\.yaml$/, '').replace(/-(\w)/g, (_, c: string) => c.toUpperCase())}Document`
  const json = JSON.stringify(parse(yamlText), null, 2)
  return [
    `// Generated from specs/${file} by scripts/generate-specs.ts. Do not edit: run "npm run gen".`,
    `import type { OpenAPIV3_1 } from 'openapi-types'`,
    ``,
    `export const ${name} = ${json} as unknown as OpenAPIV3_1.Document`,
    ``,
  ].join('\n')
}
