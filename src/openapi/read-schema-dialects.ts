import type { OpenAPIV3_1 } from 'openapi-types'
import { ErrorCodes } from '../errors/error-codes.js'
import { SpecError } from '../errors/spec-error.js'
import { convertExclusiveBound } from './convert-exclusive-bound.js'
import { visitSchemas } from './visit-schemas.js'

type Dialect = 'draft-04' | 'later'

/** The dialects chatmock reads, by the `$schema` URI (without its `#`), and what they need. */
const DIALECTS: ReadonlyArray<[RegExp, Dialect]> = [
  [/^https?:\/\/json-schema\.org\/draft-04\/schema$/, 'draft-04'],
  [/^https?:\/\/json-schema\.org\/draft-0[67]\/schema$/, 'later'],
  [/^https?:\/\/json-schema\.org\/draft\/20(19-09|20-12)\/schema$/, 'later'],
  [/^https:\/\/spec\.openapis\.org\/oas\/3\.[12]\/dialect\/[\w-]+$/, 'later'],
]

/**
 * An OpenAPI 3.1 or 3.2 document's schemas said in the one dialect the validators speak (JSON Schema
 * 2020-12), where `jsonSchemaDialect` or a schema's own `$schema` names another: draft-04's boolean
 * exclusive bounds become the bounds, and the `$schema` keys go (Ajv knows 2020-12's meta-schema
 * only). A copy, made only when a dialect is named: the document as written is what the mock serves.
 * A dialect chatmock does not read is refused, naming where.
 */
export function readSchemaDialects(document: OpenAPIV3_1.Document, where: string): OpenAPIV3_1.Document {
  const named = (document as { jsonSchemaDialect?: unknown }).jsonSchemaDialect
  let any = named !== undefined
  if (!any) visitSchemas(document, (schema) => void (any ||= '$schema' in schema))
  if (!any) return document
  const copy = structuredClone(document)
  const fallback = named === undefined ? 'later' : classify(named, '#/jsonSchemaDialect', where)
  // Parents are visited before their children: a schema's dialect is its own, else its nearest parent's.
  const declared = new Map<string, Dialect>()
  visitSchemas(copy, (schema, at) => {
    const pointer = at()
    let dialect: Dialect | undefined
    if ('$schema' in schema) {
      dialect = classify(schema.$schema, `#${pointer}/$schema`, where)
      declared.set(pointer, dialect)
      delete schema.$schema
    }
    dialect ??= findParentDialect(declared, pointer) ?? fallback
    if (dialect === 'draft-04') {
      convertExclusiveBound(schema, 'exclusiveMinimum', 'minimum')
      convertExclusiveBound(schema, 'exclusiveMaximum', 'maximum')
    }
  })
  return copy
}

function classify(uri: unknown, pointer: string, where: string): Dialect {
  const bare = typeof uri === 'string' ? uri.replace(/#$/, '') : ''
  const known = DIALECTS.find(([pattern]) => pattern.test(bare))
  if (known) return known[1]
  throw new SpecError(
    ErrorCodes.SPEC_INVALID,
    `${where}: ${pointer} names the JSON Schema dialect ${JSON.stringify(uri)}, which chatmock does not read (it reads draft-04, draft-06, draft-07, 2019-09, 2020-12 and OpenAPI's own).`,
  )
}

function findParentDialect(declared: Map<string, Dialect>, pointer: string): Dialect | undefined {
  for (let end = pointer.lastIndexOf('/'); end > 0; end = pointer.lastIndexOf('/', end - 1)) {
    const dialect = declared.get(pointer.slice(0, end))
    if (dialect) return dialect
  }
  return undefined
}
