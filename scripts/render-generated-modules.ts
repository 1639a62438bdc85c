import { renderDocumentModule } from './render-document-module.js'
import { renderTypesModule } from './render-types-module.js'
import { renderValidatorsModule } from './render-validators-module.js'

/** Every module generated from one spec file, by file name in apis/<id>/generated/. */
export function renderGeneratedModules(file: string, yamlText: string): Array<{ name: string; source: string }> {
  return [
    { name: 'document.ts', source: renderDocumentModule(file, yamlText) },
    { name: 'types.ts', source: renderTypesModule(file, yamlText) },
    { name: 'validators.ts', source: renderValidatorsModule(file, yamlText) },
  ]
}
