import { Ajv2020 } from 'ajv/dist/2020.js'
import type { OpenAPIV3_1 } from 'openapi-types'
import { ErrorCodes } from '../errors/error-codes.js'
import { SpecError } from '../errors/spec-error.js'
import { listOperationHeads } from './get-operations.js'
import { resolveRef } from './resolve-ref.js'
import { isExtensionAt } from './is-extension.js'
import { escapeSegment, visitSchemas } from './visit-schemas.js'

let metaAjv: Ajv2020 | undefined

/**
 * What makes a document unusable, found before the mock serves it, each naming where: `info` and
 * `paths` missing, a local `$ref` that points at nothing, a duplicate operationId, a schema that
 * JSON Schema 2020-12 refuses (`type: strng`, `required: true`).
 */
export function checkDocument(document: OpenAPIV3_1.Document, where: string): void {
  if (typeof document.info !== 'object' || document.info === null)
    throw new SpecError(
      ErrorCodes.SPEC_INVALID,
      `${where}: #/info is missing; an OpenAPI document needs info (title, version).`,
    )
  if (document.paths !== undefined && (typeof document.paths !== 'object' || document.paths === null))
    throw new SpecError(ErrorCodes.SPEC_INVALID, `${where}: #/paths must be an object.`)
  checkRefs(document, where)
  const seen = new Map<string, string>()
  for (const operation of listOperationHeads(document)) {
    const pointer = `#/paths/${escapeSegment(operation.path)}/${operation.method}`
    const first = seen.get(operation.operationId)
    if (first)
      throw new SpecError(
        ErrorCodes.SPEC_INVALID,
        `${where}: the operationId "${operation.operationId}" is used twice, at ${first} and ${pointer}. Please give each operation its own.`,
      )
    seen.set(operation.operationId, pointer)
    checkSecurityNames(document, operation.security, pointer, where)
  }
  metaAjv ??= new Ajv2020({ strict: false, validateFormats: false, logger: false })
  try {
    // The meta-schema checks a schema with all it holds, so only the outermost ones are checked,
    // and the first failure names the same place. (What the walk would read under
    // `additionalItems`, which 2020-12 does not have, is not checked: no validator reads it either.)
    visitSchemas(
      document,
      (schema, at) => {
        if (metaAjv!.validateSchema(schema)) return
        const [error] = metaAjv!.errors ?? []
        throw new SpecError(
          ErrorCodes.SPEC_INVALID,
          `${where}: the schema at #${at()} is invalid: ${error ? `${error.instancePath || 'the schema'} ${error.message}` : 'JSON Schema 2020-12 refuses it'}.`,
        )
      },
      { outermostOnly: true },
    )
  } catch (error) {
    // The meta-schema's validator is compiled on first use: in a page whose policy forbids it, say so.
    if (error instanceof EvalError)
      throw new SpecError(
        ErrorCodes.UNSAFE_EVAL_BLOCKED,
        `${where}: its schemas are checked by validators compiled in the page, which needs 'unsafe-eval', and this page's Content-Security-Policy forbids it. Allow 'unsafe-eval' in script-src while you develop, or mock only APIs with precompiled validators (the built-in ones).`,
        { cause: error },
      )
    throw error
  }
}

/**
 * Every scheme a security requirement names is declared (OpenAPI requires it): otherwise no request
 * could be checked against it, and the mock would fail at its first request instead of at load.
 */
function checkSecurityNames(
  document: OpenAPIV3_1.Document,
  requirements: OpenAPIV3_1.SecurityRequirementObject[],
  pointer: string,
  where: string,
): void {
  const declared = document.components?.securitySchemes ?? {}
  for (const requirement of requirements) {
    for (const name of Object.keys(requirement)) {
      if (Object.hasOwn(declared, name)) continue
      const known = Object.keys(declared)
      throw new SpecError(
        ErrorCodes.SPEC_INVALID,
        `${where}: the security of ${pointer} names the scheme "${name}", which #/components/securitySchemes does not declare (${known.length > 0 ? `it declares ${known.join(', ')}` : 'it declares none'}). Please declare it, or name a declared one.`,
      )
    }
  }
}

/**
 * Every local `$ref` outside vendor extensions points at something (resolveRef names what is
 * missing). The walk keeps the keys it is under, and makes a pointer only for a `$ref` that fails.
 */
function checkRefs(document: OpenAPIV3_1.Document, where: string): void {
  const resolved = new Set<string>()
  const path: string[] = []
  const check = (ref: string) => {
    // A large document names the same component thousands of times: each is followed once.
    if (resolved.has(ref)) return
    try {
      resolveRef(document, { $ref: ref })
    } catch (error) {
      throw new SpecError(
        ErrorCodes.SPEC_REF_UNRESOLVED,
        `${where}: the $ref at #${path.map((segment) => `/${escapeSegment(segment)}`).join('')} cannot be resolved: ${(error as Error).message.replace(/^\[chatmock\] Failed to resolve /, '')}`,
      )
    }
    resolved.add(ref)
  }
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) {
      for (let index = 0; index < node.length; index++) {
        if (typeof node[index] !== 'object' || node[index] === null) continue
        path.push(String(index))
        walk(node[index])
        path.pop()
      }
      return
    }
    if (typeof node !== 'object' || node === null) return
    const ref = (node as { $ref?: unknown }).$ref
    if (typeof ref === 'string') check(ref)
    for (const key in node) {
      const value = (node as Record<string, unknown>)[key]
      // Example values are data, whatever keys they hold; a map of Example Objects may hold $refs.
      if (typeof value !== 'object' || value === null || key === 'example' || isExtensionAt(key, path)) continue
      if (key === 'examples') {
        if (Array.isArray(value)) continue
        path.push(key)
        for (const name in value) {
          const exampleRef = (value as Record<string, { $ref?: unknown } | null>)[name]?.$ref
          if (typeof exampleRef !== 'string') continue
          path.push(name)
          check(exampleRef)
          path.pop()
        }
        path.pop()
        continue
      }
      path.push(key)
      walk(value)
      path.pop()
    }
  }
  walk(document)
}
