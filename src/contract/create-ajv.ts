import { collectRefTargets } from '../openapi/collect-ref-targets.js'
import { Ajv2020 } from 'ajv/dist/2020.js'
import { _ } from 'ajv/dist/compile/codegen/index.js'
import type { KeywordCxt } from 'ajv/dist/compile/validate/index.js'
import addFormatsModule from 'ajv-formats'
import { compileLenientRegExp } from './lenient-reg-exp.js'
import type { OpenAPIV3_1 } from 'openapi-types'
import type { ApiSpec } from '../api/spec.js'
import { keepInlinedErrorPaths } from './keep-inlined-error-paths.js'
import { addRequiredByDirection } from './required-by-direction.js'
import { shareComponents } from './share-components.js'

// ajv-formats ships CommonJS; under NodeNext its default export arrives wrapped.
const addFormats = ((addFormatsModule as unknown as { default?: typeof addFormatsModule }).default ??
  addFormatsModule) as unknown as (ajv: Ajv2020) => void

/**
 * Which side of an exchange a value is on: `readOnly` is refused in request bodies, `writeOnly` in
 * response bodies, and neither in parameters (an id in a path is readOnly in the resource it names).
 */
export interface ValidationDirection {
  direction: 'request' | 'response' | 'parameters'
}

export const REQUEST: ValidationDirection = { direction: 'request' }
export const RESPONSE: ValidationDirection = { direction: 'response' }
export const PARAMETERS: ValidationDirection = { direction: 'parameters' }
/** Each direction's `this`, by its name. */
export const DIRECTIONS: Readonly<Record<ValidationDirection['direction'], ValidationDirection>> = {
  request: REQUEST,
  response: RESPONSE,
  parameters: PARAMETERS,
}

/** The URI under which a spec's components are registered, so `$ref`s resolve from any schema. */
export function getDocumentUri(name: string): string {
  return `https://chatmock.dev/specs/${name}.json`
}

/**
 * Whether an API's schemas are compiled in Ajv's strict mode: the built-in specs (ours, with
 * precompiled validators) are; a user's document is read leniently, by the contract and the generator alike.
 */
export function isStrictApi(api: Pick<ApiSpec, 'validators'>): boolean {
  return api.validators !== undefined
}

/**
 * One Ajv per spec: JSON Schema 2020-12 with formats, strict for the built-in specs (OpenAPI's own
 * annotation keywords declared rather than strict mode switched off; a user's document may use
 * keywords and formats of its own, which are then annotations), and `readOnly`/`writeOnly` enforced by direction
 * (validators are called with `validate.call(REQUEST, data)`). With `standalone`, it emits the
 * source of its validators (scripts/render-validators-module.ts precompiles them at build time).
 */
export function createAjv(
  name: string,
  document: OpenAPIV3_1.Document,
  options: {
    standalone?: boolean
    strict?: boolean
    /** Whether each schema is checked against the meta-schema as it is compiled (default true): a user's document's were at load (checkDocument). */
    validateSchema?: boolean
  } = {},
): Ajv2020 {
  const strict = options.strict ?? true
  const ajv = new Ajv2020({
    allErrors: true,
    verbose: true,
    // A document of the user's may carry keywords and formats of its own: they are annotations.
    strict,
    ...(strict ? {} : { logger: false as const, code: { regExp: compileLenientRegExp, optimize: false } }),
    allowUnionTypes: true,
    passContext: true,
    validateSchema: options.validateSchema ?? true,
    // Precompiled, a referenced schema is one function its users call (keep-inlined-error-paths.ts).
    // Precompiled, every keyword the built-in specs use is worded by format-issue.ts, not by Ajv's messages.
    ...(options.standalone
      ? { inlineRefs: false, messages: false, code: { source: true, esm: true, formats: _`formats`, lines: false } }
      : {}),
  })
  addFormats(ajv)
  ajv.addVocabulary(['example', 'discriminator', 'externalDocs', 'xml', 'components', 'paths', 'webhooks'])
  ajv.removeKeyword('readOnly')
  ajv.removeKeyword('writeOnly')
  // Generated code, not a callback, so that precompiled validators carry the rule too.
  ajv.addKeyword({ keyword: 'readOnly', schemaType: 'boolean', code: failWhen('request') })
  ajv.addKeyword({ keyword: 'writeOnly', schemaType: 'boolean', code: failWhen('response') })
  // The built-in specs keep JSON Schema's own `required` (and their precompiled validators).
  if (!strict) addRequiredByDirection(ajv, document)
  if (options.standalone) keepInlinedErrorPaths(ajv)
  const targets = collectRefTargets(document)
  const components = { ...(targets.components as object | undefined), schemas: document.components?.schemas ?? {} }
  ajv.addSchema({ ...targets, $id: getDocumentUri(name), components })
  // Precompiled, each validator is a module of its own (keep-inlined-error-paths.ts); compiled here, components are shared.
  if (!options.standalone) shareComponents(ajv, getDocumentUri(name))
  return ajv
}

function failWhen(direction: ValidationDirection['direction']) {
  return (cxt: KeywordCxt) => {
    if (cxt.schema === true) cxt.fail(_`this?.direction === ${direction}`)
  }
}

/** A copy of a schema taken from the document whose local `$ref`s point into the registered document. */
export function rebaseSchema<T>(schema: T, documentUri: string): T {
  if (Array.isArray(schema)) return schema.map((item) => rebaseSchema(item, documentUri)) as T
  if (typeof schema !== 'object' || schema === null) return schema
  const copy: Record<string, unknown> = {}
  for (const [key, value] of Object.entries(schema)) {
    copy[key] =
      key === '$ref' && typeof value === 'string' && value.startsWith('#/')
        ? documentUri + value
        : rebaseSchema(value, documentUri)
  }
  return copy as T
}
