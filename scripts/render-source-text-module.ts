/** The source of one generated module: the spec as written, loaded only by what prints it (the server, `chatmock spec`). */
export function renderSourceTextModule(file: string, yamlText: string): string {
  return [
    `// Generated from specs/${file} by scripts/generate-specs.ts. Do not edit: run "npm run gen".`,
    '',
    `/** The spec as written: served and printed as it is, comments and key order kept. */`,
    `export const sourceText = ${JSON.stringify(yamlText)}`,
    '',
  ].join('\n')
}
