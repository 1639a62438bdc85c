import type { OpenAPIV3_1 } from 'openapi-types'
import { parse, YAMLParseError } from 'yaml'
import { ErrorCodes } from '../errors/error-codes.js'
import { SpecError } from '../errors/spec-error.js'
import { checkDocument } from './check-document.js'
import { normalizeOpenApi30 } from './normalize-openapi-30.js'
import { readNullableHabit } from './read-nullable-habit.js'
import { readSchemaDialects } from './read-schema-dialects.js'

export interface ReadDocument {
  /** What the validators and the mock read: OpenAPI 3.1 (a 3.0 document's schemas converted; 3.2's are 3.1's). */
  document: OpenAPIV3_1.Document
  /** The document as written (served and printed as it is). */
  original: OpenAPIV3_1.Document
  version: '3.0' | '3.1' | '3.2'
  format: 'yaml' | 'json'
}

/** YAML or JSON text, parsed; a SpecError naming the line and column where it breaks. */
export function parseDocumentText(text: string, where: string): { parsed: unknown; format: 'yaml' | 'json' } {
  const format = /^\s*[{[]/.test(text) ? 'json' : 'yaml'
  try {
    return { parsed: format === 'json' ? JSON.parse(text) : parse(text), format }
  } catch (error) {
    const message = (error as Error).message.split('\n')[0]!.replace(/:$/, '')
    const place =
      error instanceof YAMLParseError && error.linePos && !/ line \d+/.test(message)
        ? ` (line ${error.linePos[0].line}, column ${error.linePos[0].col})`
        : ''
    throw new SpecError(
      ErrorCodes.SPEC_INVALID,
      `${where} is not valid ${format === 'json' ? 'JSON' : 'YAML'}: ${message}${place}.`,
    )
  }
}

/**
 * An OpenAPI 3.0, 3.1 or 3.2 document, parsed, checked and converted: a document that is not OpenAPI, a
 * `$ref` to nothing, a duplicate operationId or an invalid schema is one SpecError naming `where`
 * (the file) and the JSON pointer.
 */
export function readDocumentObject(parsed: unknown, where: string, format: 'yaml' | 'json' = 'json'): ReadDocument {
  const version = (parsed as { openapi?: unknown } | null)?.openapi
  const family = typeof version === 'string' ? /^3\.([012])\.\d+$/.exec(version)?.[1] : undefined
  if (family === undefined) {
    const swagger = (parsed as { swagger?: unknown } | null)?.swagger
    const hint =
      swagger === undefined
        ? ''
        : /^2\.0/.test(String(swagger))
          ? ` It looks like Swagger ${swagger} (OpenAPI 2), which loadApi(file) and chatmock serve --spec convert on load; a document given as text or an object must be OpenAPI 3.`
          : ` It looks like Swagger ${swagger}; convert it to OpenAPI 3 first.`
    throw new SpecError(
      ErrorCodes.SPEC_INVALID,
      `${where}: expected an OpenAPI 3.0, 3.1 or 3.2 document (openapi: 3.0.x, 3.1.x or 3.2.x at #/openapi), got ${JSON.stringify(version ?? null)}.${hint}`,
    )
  }
  const original = parsed as OpenAPIV3_1.Document
  const document =
    family === '0' ? normalizeOpenApi30(original) : readNullableHabit(readSchemaDialects(original, where))
  checkDocument(document, where)
  return { document, original, version: `3.${family}` as ReadDocument['version'], format }
}
