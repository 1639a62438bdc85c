import type { OpenAPIV3_1 } from 'openapi-types'
import { parse } from 'yaml'
import { renderOpenapiTypes } from '@chatmock/openapi-types'
import { renderDocumentModule } from './render-document-module.js'
import { renderOperationsModule } from './render-operations-module.js'
import { renderSourceTextModule } from './render-source-text-module.js'
import { renderValidatorsModule } from './render-validators-module.js'
import { stripProse } from './strip-prose.js'
import { readAsyncApiEvents } from '../src/openapi/read-asyncapi-events.js'

/** Every module generated from one spec file, by file name in handlers/<id>/generated/. */
export async function renderGeneratedModules(
  file: string,
  yamlText: string,
  asyncapi?: { file: string; text: string },
): Promise<Array<{ name: string; source: string }>> {
  const document = parse(yamlText) as OpenAPIV3_1.Document
  const banner = `// Generated from specs/${file} by openapi-typescript (scripts/generate-specs.ts). Do not edit: run "npm run gen".\n\n`
  const events = asyncapi ? readAsyncApiEvents(parse(asyncapi.text), file, `specs/${asyncapi.file}`) : undefined
  return [
    { name: 'document.ts', source: renderDocumentModule(file, yamlText) },
    { name: 'source-text.ts', source: renderSourceTextModule(file, yamlText) },
    { name: 'openapi.ts', source: banner + (await renderOpenapiTypes(document)) },
    { name: 'operations.ts', source: renderOperationsModule(file, document) },
    { name: 'validators.ts', source: renderValidatorsModule(file, yamlText, events) },
    ...(asyncapi && events ? [{ name: 'events.ts', source: renderEventsModule(asyncapi.file, events) }] : []),
  ]
}

/**
 * The payload schema of each event, by name, `$ref`s pointing into the OpenAPI document. Events
 * that share a payload (a message's `created` and `updated`) share one object, written once: a
 * page that loads the module carries each schema once.
 */
function renderEventsModule(file: string, events: Record<string, object>): string {
  const payloads = new Map<string, string>()
  const names = Object.entries(events).map(([name, schema]) => {
    const text = JSON.stringify(stripProse(schema), null, 2)
    if (!payloads.has(text)) payloads.set(text, `payload${payloads.size}`)
    return `  ${JSON.stringify(name)}: ${payloads.get(text)},`
  })
  return [
    `// Generated from specs/${file} by scripts/generate-specs.ts. Do not edit: run "npm run gen".`,
    '',
    ...[...payloads].map(([text, id]) => `const ${id} = ${text}\n`),
    `/** The payload schema of each real-time event, by its name on the wire. */`,
    `export const events: Readonly<Record<string, object>> = {\n${names.join('\n')}\n}`,
    '',
  ].join('\n')
}
