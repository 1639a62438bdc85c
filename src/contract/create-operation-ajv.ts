import type { Ajv2020 } from 'ajv/dist/2020.js'
import { resolveRef, SchemaEnv } from 'ajv/dist/compile/index.js'
import { callRef, getValidate } from 'ajv/dist/vocabularies/core/ref.js'
import type { OpenAPIV3_1 } from 'openapi-types'
import { ErrorCodes } from '../errors/error-codes.js'
import { SpecError } from '../errors/spec-error.js'
import { COMPONENT_KEYWORD } from './component-keyword.js'
import { createAjv } from './create-ajv.js'

const NO_DOCUMENT = { components: { schemas: {} } } as unknown as OpenAPIV3_1.Document

/**
 * An Ajv for the schemas of a user's operations, which can be dropped with them: it calls the
 * document's components through `findComponent` (their validators compiled once, in the API's own
 * Ajv, and shared by every operation), so what it compiles itself is each operation's few lines. A
 * referenced schema is called as Ajv calls one it does not inline: the same errors, and the
 * `this` of the call (the direction) passed on.
 */
export function createOperationAjv(name: string, findComponent: (ref: string) => SchemaEnv): Ajv2020 {
  const ajv = createAjv(name, NO_DOCUMENT, { strict: false })
  ajv.addKeyword({
    keyword: COMPONENT_KEYWORD,
    schemaType: 'string',
    code(cxt) {
      const schemaEnv = findComponent(cxt.schema as string)
      callRef(cxt, getValidate(cxt, schemaEnv), schemaEnv, schemaEnv.$async)
    },
  })
  return ajv
}

/** A copy of an operation's schema whose local `$ref`s call the components of the document at `documentUri`. */
export function toComponentCalls<T>(schema: T, documentUri: string): T {
  if (Array.isArray(schema)) return schema.map((item) => toComponentCalls(item, documentUri)) as T
  if (typeof schema !== 'object' || schema === null) return schema
  const copy: Record<string, unknown> = {}
  for (const [key, value] of Object.entries(schema)) {
    if (key === '$ref' && typeof value === 'string' && value.startsWith('#/'))
      copy[COMPONENT_KEYWORD] = documentUri + value
    else copy[key] = toComponentCalls(value, documentUri)
  }
  return copy as T
}

/**
 * The compiled component a reference names, from the API's Ajv (the one that registered the document
 * at `documentUri`): the very function the components that reference it call, compiled once.
 */
export function createComponentFinder(ajv: () => Ajv2020, documentUri: string): (ref: string) => SchemaEnv {
  return (ref) => {
    const instance = ajv()
    const document = instance.schemas[documentUri] as SchemaEnv
    const found = resolveRef.call(instance, document, document.baseId, ref)
    if (found instanceof SchemaEnv) return found
    // A component without references, which Ajv inlines where components use it: compiled on its own.
    const validate = instance.getSchema(ref)
    if (!validate)
      throw new SpecError(ErrorCodes.SPEC_REF_UNRESOLVED, `Failed to resolve "${ref.slice(documentUri.length)}".`)
    return validate.schemaEnv
  }
}
