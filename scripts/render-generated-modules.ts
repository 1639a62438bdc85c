import { renderDocumentModule } from './render-document-module.js'
import { renderTypesModule } from './render-types-module.js'
import { renderValidatorsModule } from './render-validators-module.js'

/** Every module generated from one spec file, by file name in src/spec/documents/. */
export function renderGeneratedModules(file: string, yamlText: string): Array<{ name: string; source: string }> {
  const base = file.replace(/\.yaml$/, '')
  return [
    { name: `${base}.ts`, source: renderDocumentModule(file, yamlText) },
    { name: `${base}.types.ts`, source: renderTypesModule(file, yamlText) },
    { name: `${base}.validators.ts`, source: renderValidatorsModule(file, yamlText) },
  ]
}
