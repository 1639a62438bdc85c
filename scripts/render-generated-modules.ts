import type { OpenAPIV3_1 } from 'openapi-types'
import { parse } from 'yaml'
import { renderOpenapiTypes } from '@chatmock/openapi-types'
import { renderDocumentModule } from './render-document-module.js'
import { renderOperationsModule } from './render-operations-module.js'
import { renderValidatorsModule } from './render-validators-module.js'

/** Every module generated from one spec file, by file name in apis/<id>/generated/. */
export async function renderGeneratedModules(file: string, yamlText: string): Promise<Array<{ name: string; source: string }>> {
  const document = parse(yamlText) as OpenAPIV3_1.Document
  const banner = `// Generated from specs/${file} by openapi-typescript (scripts/generate-specs.ts). Do not edit: run "npm run gen".\n\n`
  return [
    { name: 'document.ts', source: renderDocumentModule(file, yamlText) },
    { name: 'openapi.ts', source: banner + (await renderOpenapiTypes(document)) },
    { name: 'operations.ts', source: renderOperationsModule(file, document) },
    { name: 'validators.ts', source: renderValidatorsModule(file, yamlText) },
  ]
}
