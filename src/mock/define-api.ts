import type { OpenAPIV3_1 } from 'openapi-types'
import type { ErrorStyle } from '../api/error-style.js'
import type { ErrorStyleName } from '../contract/get-error-style.js'
import { ErrorCodes } from '../errors/error-codes.js'
import { SpecError } from '../errors/spec-error.js'
import { createApiSpec } from '../contract/create-api-spec.js'
import { parseDocumentText, readDocumentObject } from '../openapi/read-document.js'
import type { SpecSource } from '../api/spec.js'
import type { ActionRunner, Api, CreateStoreOptions, FixturesDefinition, MockStore, OperationShape, RealtimeDefinition, Resolver } from '../api/api.js'

export interface DefineApiOptions<Id extends string, Ops, Store, Fixtures> {
  /** The id it is served (`/<id>`) and named by (default: the document's `x-chatmock-id`). */
  id?: Id
  /** The OpenAPI 3.0 or 3.1 document: parsed, or its YAML or JSON text. */
  spec: OpenAPIV3_1.Document | string
  /** Where the standalone server mounts it (default `/<id>`). */
  prefix?: string
  /** How its errors look (default: the document's `x-chatmock-error-style`, else `problem`). */
  errorStyle?: ErrorStyleName | ErrorStyle
  /** Resolvers by operationId; an operation without one answers from its spec. */
  resolvers?: { [K in keyof Ops]?: Resolver<Ops[K] & OperationShape, Store> }
  createStore?(options: CreateStoreOptions): Store & MockStore<Fixtures>
  fixtures?: FixturesDefinition<Fixtures>
  /** Validators compiled at build time, by schema key (`npm run gen` writes them for the built-ins). */
  validators?: Readonly<Record<string, unknown>>
  /** Base URL(s) to intercept in process: needed when the document has no `servers`. */
  baseUrl?: string | readonly string[]
  source?: SpecSource
  /** The payload schema of each real-time event the API sends, by name (`$ref`s point into the document). */
  events?: Readonly<Record<string, unknown>>
  /** What the other side does, by the names the document declares in `x-chatmock-actions`. */
  actions?: Readonly<Record<string, ActionRunner<any, Store>>>
  /** Real-time connections besides HTTP (ActionCable). */
  realtime?: RealtimeDefinition<Store>
}

/**
 * The document to serve: text is read (YAML or JSON) and checked; a document object is checked too,
 * unless it comes with precompiled validators (a built-in API, checked when it was generated).
 */
function readSpec(options: Pick<DefineApiOptions<string, unknown, unknown, unknown>, 'spec' | 'source' | 'id' | 'validators'>): { document: OpenAPIV3_1.Document; source?: SpecSource } {
  const where = options.source?.file ? `The spec "${options.source.file}"` : `The spec${options.id ? ` of "${options.id}"` : ''}`
  if (typeof options.spec === 'string') {
    const { parsed, format } = parseDocumentText(options.spec, where)
    const read = readDocumentObject(parsed, nameDocument(where, options, parsed), format)
    return { document: read.document, source: { format: read.format, text: options.spec, original: read.original, ...options.source } }
  }
  if (options.validators) return { document: options.spec, ...(options.source ? { source: options.source } : {}) }
  const read = readDocumentObject(options.spec, nameDocument(where, options, options.spec))
  return { document: read.document, source: { format: 'json', original: read.original, ...options.source } }
}

/** Where an error points: the file or the id given, else the document's own id or title. */
function nameDocument(where: string, options: Pick<DefineApiOptions<string, unknown, unknown, unknown>, 'source' | 'id'>, parsed: unknown): string {
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
export function defineApi<const Id extends string, Ops = Record<string, OperationShape>, Store = undefined, Fixtures = undefined>(options: DefineApiOptions<Id, Ops, Store, Fixtures>): Api<Id, Ops, Store, Fixtures> {
  const { document, source } = readSpec(options)
  return assembleApi(options, document, source)
}

/** An API from a document already read and checked (loadApi reads files its own way). */
export function assembleApi<Id extends string, Ops, Store, Fixtures>(options: Omit<DefineApiOptions<Id, Ops, Store, Fixtures>, 'spec'>, document: OpenAPIV3_1.Document, source: SpecSource | undefined): Api<Id, Ops, Store, Fixtures> {
  const id = (options.id ?? (document as { 'x-chatmock-id'?: string })['x-chatmock-id']) as Id | undefined
  if (id === undefined) throw new SpecError(ErrorCodes.SPEC_INVALID, `An API needs an id: pass defineApi({ id }) or set x-chatmock-id in the document "${document.info?.title ?? ''}".`)
  const spec = createApiSpec({ id, document, prefix: options.prefix, errorStyle: options.errorStyle, validators: options.validators, baseUrl: options.baseUrl, source, events: options.events })
  checkActions(spec.id, Object.keys(spec.declaredActions ?? {}), options.actions)
  const resolvers = { ...options.resolvers } as Record<string, unknown>
  const unknown = Object.keys(resolvers).filter((operationId) => !spec.operationsById.has(operationId))
  if (unknown.length > 0) {
    throw new SpecError(ErrorCodes.UNKNOWN_OPERATION, `Resolvers of ${spec.id} name no operation of its spec: ${unknown.join(', ')}. Expected only: ${[...spec.operationsById.keys()].join(', ')}.`)
  }
  const notFunctions = Object.entries(resolvers).filter(([, resolver]) => typeof resolver !== 'function')
  if (notFunctions.length > 0) throw new SpecError(ErrorCodes.RESOLVER_MISSING, `The resolvers of ${spec.id} must be functions: ${notFunctions.map(([id]) => id).join(', ')}.`)
  return {
    ...spec,
    id,
    resolvers: resolvers as Api<Id, Ops, Store, Fixtures>['resolvers'],
    ...(options.createStore ? { createStore: options.createStore } : {}),
    ...(options.fixtures ? { fixtures: options.fixtures } : {}),
    ...(options.actions ? { actions: options.actions } : {}),
    ...(options.realtime ? { realtime: options.realtime } : {}),
  }
}

/** Every declared action has code that runs it, and every action's code has a declaration (its schema). */
function checkActions(id: string, declared: readonly string[], actions: Readonly<Record<string, unknown>> | undefined): void {
  const given = Object.keys(actions ?? {})
  const undeclared = given.filter((name) => !declared.includes(name))
  if (undeclared.length > 0) throw new SpecError(ErrorCodes.UNKNOWN_OPERATION, `The actions of ${id} are not declared in its document's x-chatmock-actions: ${undeclared.join(', ')}. Declared: ${declared.join(', ') || 'none'}.`)
  const missing = declared.filter((name) => typeof actions?.[name] !== 'function')
  if (missing.length > 0) throw new SpecError(ErrorCodes.RESOLVER_MISSING, `The document of ${id} declares actions that no function runs: ${missing.join(', ')}. Pass defineApi({ actions: { ${missing[0]}: (context) => … } }).`)
}
