import type { Ajv2020, ValidateFunction } from 'ajv/dist/2020.js'
import { _ } from 'ajv/dist/compile/codegen/index.js'
import { callRef } from 'ajv/dist/vocabularies/core/ref.js'
import type { OpenAPIV3_1 } from 'openapi-types'
import { COMPONENT_KEYWORD } from './component-keyword.js'
import { createAjv } from './create-ajv.js'
import { addRequiredByDirection } from './required-by-direction.js'

const NO_DOCUMENT = { components: { schemas: {} } } as unknown as OpenAPIV3_1.Document

/**
 * An Ajv for the schemas of a user's document, which can be dropped with what it compiled: a
 * referenced schema is not compiled into its user but called through `call` when a value reaches
 * it (getComponentTable), as Ajv calls one it does not inline: the same errors, and the `this` of
 * the call (the direction) passed on. What it compiles itself is each schema's own few lines.
 */
export function createOperationAjv(
  name: string,
  document: OpenAPIV3_1.Document,
  call: (ref: string) => ValidateFunction,
  options: { validateSchema?: boolean } = {},
): Ajv2020 {
  const ajv = createAjv(name, NO_DOCUMENT, { strict: false, ...options })
  // `required` reads readOnly and writeOnly where a property's reference leads, in the document itself.
  addRequiredByDirection(ajv, document)
  ajv.addKeyword({
    keyword: COMPONENT_KEYWORD,
    schemaType: 'string',
    code(cxt) {
      const ref = cxt.schema as string
      const load = cxt.gen.scopeValue('keyword', { ref: () => call(ref) })
      callRef(cxt, cxt.gen.const('component', _`${load}()`))
    },
  })
  return ajv
}

/** A copy of a schema of the document whose local `$ref`s are calls of the schemas they name. */
export function toComponentCalls<T>(schema: T): T {
  if (Array.isArray(schema)) return schema.map(toComponentCalls) as T
  if (typeof schema !== 'object' || schema === null) return schema
  const copy: Record<string, unknown> = {}
  for (const [key, value] of Object.entries(schema)) {
    if (key === '$ref' && typeof value === 'string' && value.startsWith('#/')) copy[COMPONENT_KEYWORD] = value
    else copy[key] = toComponentCalls(value)
  }
  return copy as T
}
