import standaloneCodeModule from 'ajv/dist/standalone/index.js'
import type { OpenAPIV3_1 } from 'openapi-types'
import { parse } from 'yaml'
import { createAjv, getDocumentUri, rebaseSchema } from '../src/contract/create-ajv.js'
import { listOperationSchemas, schemaKeys } from '../src/contract/schema-keys.js'
import { getOperations } from '../src/openapi/get-operations.js'
import { stripProse } from './strip-prose.js'

// ajv's standalone entry ships CommonJS; under NodeNext its default export arrives wrapped.
const standaloneCode = ((standaloneCodeModule as unknown as { default?: unknown }).default ?? standaloneCodeModule) as (
  ajv: unknown,
  refs: Record<string, string>,
) => string

/**
 * The source of one generated validators module: every schema the contract of the spec compiles
 * (each operation's parameters, bodies and responses, the component schemas the stores use, the
 * payloads of its events and the inputs of its actions),
 * compiled by Ajv at build time, so that nothing is compiled at start-up or per request.
 */
export function renderValidatorsModule(file: string, yamlText: string, written: Record<string, object> = {}): string {
  const name = file.replace(/\.yaml$/, '')
  // A verbose error carries its schema: prose and examples would only weigh the page down.
  const document = stripProse(parse(yamlText) as OpenAPIV3_1.Document, { examples: true })
  const events = stripProse(written, { examples: true })
  const uri = getDocumentUri(name)
  const ajv = createAjv(name, document, { standalone: true })
  const schemas = [
    ...getOperations(document).flatMap((operation) => listOperationSchemas(operation)),
    ...Object.keys(document.components?.schemas ?? {}).map((component) => ({
      key: schemaKeys.component(component),
      schema: { $ref: `#/components/schemas/${component}` },
    })),
    ...Object.entries(events).map(([name, schema]) => ({ key: schemaKeys.event(name), schema })),
    ...Object.entries(
      (document as { 'x-chatmock-actions'?: Record<string, { input: object }> })['x-chatmock-actions'] ?? {},
    ).map(([name, action]) => ({ key: schemaKeys.action(name), schema: action.input })),
  ]
  // Many keys share one schema (a component by its own key and as an operation's body or
  // response): each distinct schema is compiled once, and its keys point to the same validator.
  const distinct = new Map<string, number>()
  const exports: Record<string, string> = {}
  const indexes = schemas.map(({ schema }) => {
    const rebased = rebaseSchema(schema as object, uri)
    const text = JSON.stringify(rebased)
    let index = distinct.get(text)
    if (index === undefined) {
      index = distinct.size
      distinct.set(text, index)
      const id = `${uri}/validators/${index}`
      ajv.addSchema({ ...rebased, $id: id })
      exports[`v${index}`] = id
    }
    return index
  })
  const imports: string[] = []
  const code = standaloneCode(ajv, exports)
    .replace(/^"use strict";/, '')
    // ajv's helpers arrive as require() calls even in ESM output; turn them into imports.
    .replace(/const (func\d+) = require\("([^"]+)"\)\.default;/g, (_, local: string, path: string) => {
      imports.push(`import ${local}Module from '${path}.js'`)
      // Node hands a CommonJS module's exports to a default import; bundlers hand its `default`.
      return `const ${local} = ${local}Module.default ?? ${local}Module;`
    })
  return [
    `// Generated from specs/${file} by scripts/generate-specs.ts. Do not edit: run "npm run gen".`,
    '// @ts-nocheck',
    `import { fullFormats as formats } from 'ajv-formats/dist/formats.js'`,
    ...imports,
    '',
    code,
    '',
    `/** Precompiled validators by schema key (see src/contract/schema-keys.ts). */`,
    `export const validators: Record<string, any> = {\n${schemas.map(({ key }, at) => `  ${JSON.stringify(key)}: v${indexes[at]},`).join('\n')}\n}`,
    '',
  ].join('\n')
}
