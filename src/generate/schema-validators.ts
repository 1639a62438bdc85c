import type { Ajv2020, ValidateFunction } from 'ajv/dist/2020.js'
import type { OpenAPIV3_1 } from 'openapi-types'
import {
  createAjv,
  DIRECTIONS,
  getDocumentUri,
  rebaseSchema,
  type ValidationDirection,
} from '../contract/create-ajv.js'
import { getComponentTable } from '../contract/create-component-table.js'
import { toComponentCalls } from '../contract/create-operation-ajv.js'

/** The name the generator's own Ajvs register a document under (their own instances, so it never collides). */
const DOCUMENT_NAME = 'generated-data'

interface Compiler {
  ajv: Ajv2020
  /** A user's document: references are calls into its component table, compiled as values reach them. */
  lazy: boolean
  bySchema: WeakMap<object, ValidateFunction>
  /** How many schemas it has compiled: past COMPILER_LIMIT it is replaced, and what it holds freed. */
  compiled: number
}

/**
 * An Ajv keeps every function it compiles: a large document whose every operation is answered would
 * keep thousands. Past this many, the document's compiler starts afresh (recompiling is cheap
 * beside holding them all).
 */
export const COMPILER_LIMIT = 2000

/** By `strict/relaxed`, then by document: whole schemas and parts, each strict (built-in) or lenient (a user's). */
const compilers = new Map<string, WeakMap<object, Compiler>>()

/**
 * The validator of a whole schema, compiled as the contract compiles it (createAjv, strict for the
 * built-in specs, lenient for a user's document), once per (document, schema).
 */
export function getSchemaValidator(document: OpenAPIV3_1.Document, schema: unknown, strict: boolean): ValidateFunction {
  return compileCached(getCompiler(document, strict, false), schema)
}

/**
 * Whether a part of a schema (a `oneOf` branch, a `not`, an `if`) accepts a value in a direction.
 * Parts are compiled on their own, where Ajv's strict mode would miss their parent's `type` (a branch
 * `{ required: [id] }`); their own Ajv relaxes only those compile-time complaints, which change no result.
 */
export function checkSchema(
  document: OpenAPIV3_1.Document,
  strict: boolean,
  direction: ValidationDirection['direction'],
  schema: unknown,
  value: unknown,
): boolean {
  if (typeof schema === 'boolean') return schema
  return compileCached(getCompiler(document, strict, true), schema).call(DIRECTIONS[direction], value)
}

function getCompiler(document: OpenAPIV3_1.Document, strict: boolean, relaxed: boolean): Compiler {
  const mode = `${strict}/${relaxed}`
  let cache = compilers.get(mode)
  if (!cache) compilers.set(mode, (cache = new WeakMap()))
  let compiler = cache.get(document)
  if (!compiler || compiler.compiled >= COMPILER_LIMIT) {
    const ajv = strict
      ? createAjv(DOCUMENT_NAME, document, { strict })
      : getComponentTable(document).createAjv(DOCUMENT_NAME)
    if (relaxed && strict) Object.assign(ajv.opts, { strictTypes: false, strictTuples: false, strictRequired: false })
    compiler = { ajv, lazy: !strict, bySchema: new WeakMap(), compiled: 0 }
    cache.set(document, compiler)
  }
  return compiler
}

function compileCached(compiler: Compiler, schema: unknown): ValidateFunction {
  // A boolean schema has no identity to cache by; its validator is as cheap as it gets.
  const key = typeof schema === 'object' && schema !== null ? schema : undefined
  let validate = key && compiler.bySchema.get(key)
  if (!validate) {
    validate = compileTolerantly(
      compiler.ajv,
      compiler.lazy ? toComponentCalls(schema) : rebaseSchema(schema, getDocumentUri(DOCUMENT_NAME)),
    )
    compiler.compiled++
    if (key) compiler.bySchema.set(key, validate)
  }
  return validate
}

/**
 * Compiles, declaring formats Ajv does not know (`iri`, `idn-email`, a user's own) and `x-`
 * extension keywords as annotations: an unknown format is a plain string, as the generator treats it.
 */
function compileTolerantly(ajv: Ajv2020, schema: unknown): ValidateFunction {
  for (let declared = 0; ; declared++) {
    try {
      return ajv.compile(schema as object)
    } catch (error) {
      const message = error instanceof Error ? error.message : ''
      const format = /unknown format "([^"]+)"/.exec(message)?.[1]
      const keyword = /unknown keyword: "(x-[^"]+)"/.exec(message)?.[1]
      if (declared > 64 || (format === undefined && keyword === undefined)) throw error
      if (format !== undefined) ajv.addFormat(format, true)
      if (keyword !== undefined) ajv.addKeyword(keyword)
    }
  }
}

/** Where a schema object sits in the document, for an error message (searched only then). */
export function findSchemaPointer(document: unknown, schema: unknown): string | undefined {
  if (typeof schema !== 'object' || schema === null) return undefined
  const pending: Array<[unknown, string]> = [[document, '#']]
  const seen = new Set<unknown>()
  for (let next = 0; next < pending.length; next++) {
    const [node, pointer] = pending[next]!
    if (node === schema) return pointer
    if (typeof node !== 'object' || node === null || seen.has(node)) continue
    seen.add(node)
    for (const [key, child] of Object.entries(node))
      pending.push([child, `${pointer}/${key.replace(/~/g, '~0').replace(/\//g, '~1')}`])
  }
  return undefined
}
