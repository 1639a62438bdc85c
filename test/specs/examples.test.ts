import type { OpenAPIV3_1 } from 'openapi-types'
import { describe, expect, it } from 'vitest'
import { createAjv, getDocumentUri, rebaseSchema, REQUEST, RESPONSE } from '../../src/contract/create-ajv.js'
import { resolveRef } from '../../src/openapi/resolve-ref.js'
import { specFiles } from '../support/spec-files.js'

interface ExampleCase {
  where: string
  schema: unknown
  value: unknown
  direction: typeof REQUEST
}

/** Every example of a spec with the schema it illustrates: parameters, request bodies, responses. */
function collectExamples(document: OpenAPIV3_1.Document): ExampleCase[] {
  const cases: ExampleCase[] = []
  const visit = (node: unknown, where: string, direction: typeof REQUEST) => {
    if (Array.isArray(node)) return node.forEach((item, index) => visit(item, `${where}/${index}`, direction))
    if (typeof node !== 'object' || node === null) return
    const record = node as Record<string, unknown>
    if ('schema' in record && ('example' in record || 'examples' in record)) {
      if ('example' in record)
        cases.push({ where: `${where}/example`, schema: record.schema, value: record.example, direction })
      for (const [name, example] of Object.entries((record.examples ?? {}) as Record<string, unknown>)) {
        const resolved = resolveRef<OpenAPIV3_1.ExampleObject>(document, example as OpenAPIV3_1.ExampleObject)
        cases.push({ where: `${where}/examples/${name}`, schema: record.schema, value: resolved.value, direction })
      }
    }
    for (const [key, child] of Object.entries(record)) {
      if (key === 'schema' || key === 'examples' || key === 'example') continue
      visit(
        child,
        `${where}/${key}`,
        key === 'responses' ? RESPONSE : key === 'requestBody' || key === 'parameters' ? REQUEST : direction,
      )
    }
  }
  visit(document.paths, '#/paths', REQUEST)
  visit(document.components?.parameters, '#/components/parameters', REQUEST)
  visit(document.components?.requestBodies, '#/components/requestBodies', REQUEST)
  visit(document.components?.responses, '#/components/responses', RESPONSE)
  return cases
}

describe.each(specFiles.map((spec) => [spec.file, spec] as const))('%s', (_, { name, document }) => {
  const ajv = createAjv(name, document)
  const uri = getDocumentUri(name)
  const cases = collectExamples(document)

  it('has examples for its operations', () => {
    expect(cases.length).toBeGreaterThanOrEqual(document.paths ? Object.keys(document.paths).length : 1)
  })

  it('compiles every component schema in strict mode', () => {
    for (const schemaName of Object.keys(document.components?.schemas ?? {})) {
      expect(() => ajv.compile({ $ref: `${uri}#/components/schemas/${schemaName}` }), schemaName).not.toThrow()
    }
  })

  it.each(cases.map((example) => [example.where, example] as const))(
    'example %s validates against its schema',
    (_, example) => {
      const validate = ajv.compile(rebaseSchema(example.schema as object, uri))
      const valid = validate.call(example.direction, example.value)
      expect(validate.errors ?? []).toEqual([])
      expect(valid).toBe(true)
    },
  )
})
