import { Ajv2020 } from 'ajv/dist/2020.js'
import addFormatsModule from 'ajv-formats'
import type { OpenAPIV3_1 } from 'openapi-types'

// ajv-formats ships CommonJS; under NodeNext its default export arrives wrapped.
const addFormats = ((addFormatsModule as unknown as { default?: typeof addFormatsModule }).default ?? addFormatsModule) as unknown as (ajv: Ajv2020) => void

/** Which side of an exchange a value is on: `readOnly` is refused in requests, `writeOnly` in responses. */
export interface ValidationDirection {
  direction: 'request' | 'response'
}

export const REQUEST: ValidationDirection = { direction: 'request' }
export const RESPONSE: ValidationDirection = { direction: 'response' }

/** The URI under which a spec's components are registered, so `$ref`s resolve from any schema. */
export function getDocumentUri(name: string): string {
  return `https://chatmock.dev/specs/${name}.json`
}

/**
 * One Ajv per spec: JSON Schema 2020-12 with formats, strict, OpenAPI's own annotation keywords
 * declared rather than strict mode switched off, and `readOnly`/`writeOnly` enforced by direction
 * (validators are called with `validate.call(REQUEST, data)`).
 */
export function createAjv(name: string, document: OpenAPIV3_1.Document): Ajv2020 {
  const ajv = new Ajv2020({ allErrors: true, verbose: true, strict: true, allowUnionTypes: true, passContext: true })
  addFormats(ajv)
  ajv.addVocabulary(['example', 'discriminator', 'externalDocs', 'xml', 'components'])
  ajv.removeKeyword('readOnly')
  ajv.removeKeyword('writeOnly')
  ajv.addKeyword({
    keyword: 'readOnly',
    schemaType: 'boolean',
    validate: function (this: ValidationDirection | undefined, readOnly: boolean) {
      return !(readOnly && this?.direction === 'request')
    },
  })
  ajv.addKeyword({
    keyword: 'writeOnly',
    schemaType: 'boolean',
    validate: function (this: ValidationDirection | undefined, writeOnly: boolean) {
      return !(writeOnly && this?.direction === 'response')
    },
  })
  ajv.addSchema({ $id: getDocumentUri(name), components: { schemas: document.components?.schemas ?? {} } })
  return ajv
}

/** A copy of a schema taken from the document whose local `$ref`s point into the registered document. */
export function rebaseSchema<T>(schema: T, documentUri: string): T {
  if (Array.isArray(schema)) return schema.map((item) => rebaseSchema(item, documentUri)) as T
  if (typeof schema !== 'object' || schema === null) return schema
  const copy: Record<string, unknown> = {}
  for (const [key, value] of Object.entries(schema)) {
    copy[key] = key === '$ref' && typeof value === 'string' && value.startsWith('#/') ? documentUri + value : rebaseSchema(value, documentUri)
  }
  return copy as T
}
