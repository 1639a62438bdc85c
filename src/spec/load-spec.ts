import { readFileSync } from 'node:fs'
import type { OpenAPIV3_1 } from 'openapi-types'
import { parse } from 'yaml'
import { ErrorCodes } from '../errors/error-codes.js'
import { SpecError } from '../errors/spec-error.js'

/**
 * Reads a spec from a YAML (or JSON) file. Node only: the runtimes read the generated modules in
 * src/spec/documents/ instead (docs/decisions/0001-specs-as-modules.md).
 */
export function loadSpec(file: string): OpenAPIV3_1.Document {
  let document: unknown
  try {
    document = parse(readFileSync(file, 'utf8'))
  } catch (error) {
    throw new SpecError(ErrorCodes.SPEC_INVALID, `Failed to load the spec "${file}": ${(error as Error).message}`, { cause: error })
  }
  const version = (document as { openapi?: unknown } | null)?.openapi
  if (typeof version !== 'string' || !version.startsWith('3.1.')) {
    throw new SpecError(ErrorCodes.SPEC_INVALID, `Failed to load the spec "${file}": expected an OpenAPI 3.1 document, got openapi: ${JSON.stringify(version)}.`)
  }
  return document as OpenAPIV3_1.Document
}
