import type { OpenAPIV3_1 } from 'openapi-types'
import { ErrorCodes } from '../errors/error-codes.js'
import { SpecError } from '../errors/spec-error.js'

type MaybeRef<T> = T | OpenAPIV3_1.ReferenceObject

/** Follows local `$ref`s (`#/components/...`) until it reaches the object they name. */
export function resolveRef<T>(document: OpenAPIV3_1.Document, value: MaybeRef<T>): T {
  let current: unknown = value
  for (let hops = 0; isReference(current); hops++) {
    if (hops > 32) {
      throw new SpecError(
        ErrorCodes.SPEC_REF_UNRESOLVED,
        `Failed to resolve "${current.$ref}": the references form a cycle.`,
      )
    }
    current = getByPointer(document, current.$ref)
  }
  return current as T
}

export function isReference(value: unknown): value is OpenAPIV3_1.ReferenceObject {
  return typeof value === 'object' && value !== null && typeof (value as { $ref?: unknown }).$ref === 'string'
}

function getByPointer(document: unknown, ref: string): unknown {
  if (!ref.startsWith('#/')) {
    throw new SpecError(
      ErrorCodes.SPEC_REF_UNRESOLVED,
      `Failed to resolve "${ref}": only local references (#/...) are supported.`,
    )
  }
  let node: unknown = document
  for (const raw of ref.slice(2).split('/')) {
    const key = raw.replace(/~1/g, '/').replace(/~0/g, '~')
    if (typeof node !== 'object' || node === null || !Object.hasOwn(node, key)) {
      throw new SpecError(ErrorCodes.SPEC_REF_UNRESOLVED, `Failed to resolve "${ref}": "${key}" does not exist.`)
    }
    node = (node as Record<string, unknown>)[key]
  }
  return node
}
