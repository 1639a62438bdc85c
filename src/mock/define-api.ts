import type { OpenAPIV3_1 } from 'openapi-types'
import { parseDocumentText, readDocumentObject } from '../openapi/read-document.js'
import type { SpecSource } from '../api/spec.js'
import type { Api, OperationShape } from '../api/api.js'
import { assembleApi } from './assemble-api.js'
import type { DefineApiOptions } from './define-api-options.js'

export type { DefineApiOptions } from './define-api-options.js'

/**
 * The document to serve: text is read (YAML or JSON) and checked; a document object is checked too,
 * unless it comes with precompiled validators (a built-in API, checked when it was generated).
 */
function readSpec(
  options: Pick<DefineApiOptions<string, unknown, unknown, unknown>, 'spec' | 'source' | 'id' | 'validators'>,
): { document: OpenAPIV3_1.Document; source?: SpecSource } {
  const where = options.source?.file
    ? `The spec "${options.source.file}"`
    : `The spec${options.id ? ` of "${options.id}"` : ''}`
  if (typeof options.spec === 'string') {
    const { parsed, format } = parseDocumentText(options.spec, where)
    const read = readDocumentObject(parsed, nameDocument(where, options, parsed), format)
    return {
      document: read.document,
      source: { format: read.format, text: options.spec, original: read.original, ...options.source },
    }
  }
  if (options.validators) return { document: options.spec, ...(options.source ? { source: options.source } : {}) }
  const read = readDocumentObject(options.spec, nameDocument(where, options, options.spec))
  return { document: read.document, source: { format: 'json', original: read.original, ...options.source } }
}

/** Where an error points: the file or the id given, else the document's own id or title. */
function nameDocument(
  where: string,
  options: Pick<DefineApiOptions<string, unknown, unknown, unknown>, 'source' | 'id'>,
  parsed: unknown,
): string {
  if (options.source?.file || options.id) return where
  const { 'x-chatmock-id': id, info } = (parsed ?? {}) as { 'x-chatmock-id'?: unknown; info?: { title?: unknown } }
  const name = typeof id === 'string' ? id : typeof info?.title === 'string' ? info.title : undefined
  return name === undefined ? where : `The spec of "${name}"`
}

/**
 * An API as one value: its spec, resolvers keyed by operationId, its store and its fixtures. Pass it
 * to `setupChatmock({ apis: [api] })`, `setupChatmockWorker`, `createChatmockRouter` or `contract()`.
 *
 * @example
 * const petsApi = defineApi({ id: 'pets', spec: document, resolvers: { listPets: () => json(200, []) } })
 */
export function defineApi<
  const Id extends string,
  Ops = Record<string, OperationShape>,
  Store = undefined,
  Fixtures = undefined,
>(options: DefineApiOptions<Id, Ops, Store, Fixtures>): Api<Id, Ops, Store, Fixtures> {
  const { document, source } = readSpec(options)
  return assembleApi(options, document, source)
}
