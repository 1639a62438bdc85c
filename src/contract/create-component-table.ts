import type { Ajv2020, ValidateFunction } from 'ajv/dist/2020.js'
import type { OpenAPIV3_1 } from 'openapi-types'
import { ErrorCodes } from '../errors/error-codes.js'
import { SpecError } from '../errors/spec-error.js'
import { createOperationAjv, toComponentCalls } from './create-operation-ajv.js'

/**
 * How many referenced schemas a document keeps compiled: past this many, its table starts afresh
 * (the validators that call them look them up on each call, so they compile again as they are
 * called). Microsoft Graph's description has 2,599 component schemas.
 */
const COMPONENT_LIMIT = 1000

export interface ComponentTable {
  /** The validator of the schema at a local `$ref` (`#/components/schemas/pet`), compiled on its first call. */
  call(ref: string): ValidateFunction
  /**
   * An Ajv whose schemas call the document's referenced schemas through this table. With
   * `ofDocument`, what it compiles is the document's own schemas, which were checked against the
   * meta-schema at load, so Ajv does not check them again.
   */
  createAjv(name: string, ofDocument?: boolean): Ajv2020
  /** The references whose schemas it holds compiled now, first compiled first. */
  held(): string[]
}

const tables = new WeakMap<object, ComponentTable>()

/**
 * A user's document's referenced schemas, each compiled alone, on the first call that reaches it.
 * Ajv compiles a schema with every schema it references, and those with theirs: one component of
 * Microsoft Graph's (`user`) reaches most of the document, so its first validation took 2 s and the
 * validators of a few hundred operations held most of the document compiled. Here a `$ref` is a
 * call looked up when the value is checked (createOperationAjv), so only what a value reaches is
 * compiled, and the table can drop what it holds at any time. One table per document, shared by
 * the contract and the data generator.
 */
export function getComponentTable(document: OpenAPIV3_1.Document): ComponentTable {
  let table = tables.get(document)
  if (!table) {
    table = createComponentTable(document)
    tables.set(document, table)
  }
  return table
}

/** A table of its own for a document (getComponentTable keeps one per document), holding at most `limit` compiled schemas. */
export function createComponentTable(document: OpenAPIV3_1.Document, limit = COMPONENT_LIMIT): ComponentTable {
  const compiled = new Map<string, ValidateFunction>()
  let ajv: Ajv2020 | undefined
  const table: ComponentTable = {
    call(ref) {
      let validate = compiled.get(ref)
      if (validate) return validate
      if (!ajv || compiled.size >= limit) {
        // Dropping the Ajv is what frees its functions; the ones still in use stay alive while they are.
        compiled.clear()
        ajv = createOperationAjv('components', document, table.call, { validateSchema: false })
      }
      validate = ajv.compile(toComponentCalls(findSchema(document, ref)))
      compiled.set(ref, validate)
      return validate
    },
    createAjv: (name, ofDocument = false) =>
      createOperationAjv(name, document, table.call, { validateSchema: !ofDocument }),
    held: () => [...compiled.keys()],
  }
  return table
}

/** The schema a local `$ref` names (its segments JSON-pointer and URI escaped, as Ajv reads them). */
function findSchema(document: OpenAPIV3_1.Document, ref: string): object | boolean {
  let node: unknown = document
  for (const raw of ref.slice(2).split('/')) {
    const key = decodeSegment(raw)
    if (typeof node !== 'object' || node === null || !Object.hasOwn(node, key))
      throw new SpecError(ErrorCodes.SPEC_REF_UNRESOLVED, `Failed to resolve "${ref}": "${key}" does not exist.`)
    node = (node as Record<string, unknown>)[key]
  }
  if (typeof node === 'boolean' || (typeof node === 'object' && node !== null)) return node
  throw new SpecError(ErrorCodes.SPEC_REF_UNRESOLVED, `Failed to resolve "${ref}": it names no schema.`)
}

function decodeSegment(raw: string): string {
  let segment = raw
  try {
    segment = decodeURIComponent(raw)
  } catch {
    // A lone "%" is the name as written.
  }
  return segment.replace(/~1/g, '/').replace(/~0/g, '~')
}
