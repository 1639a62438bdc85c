import type { OpenAPIV3_1 } from 'openapi-types'
import type { ErrorStyle } from '../contract/error-style.js'
import type { ErrorStyleName } from '../contract/get-error-style.js'
import { ErrorCodes } from '../errors/error-codes.js'
import { SpecError } from '../errors/spec-error.js'
import { createApiSpec } from '../spec/create-api-spec.js'
import type { SpecSource } from '../spec/types.js'
import type { Api, CreateStoreOptions, FixturesDefinition, MockStore, OperationShape, Resolver } from './types.js'

export interface DefineApiOptions<Id extends string, Ops, Store, Fixtures> {
  /** The id it is served (`/<id>`) and named by. */
  id: Id
  /** The OpenAPI document. */
  spec: OpenAPIV3_1.Document
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
}

/**
 * An API as one value: its spec, resolvers keyed by operationId, its store and its fixtures. Pass it
 * to `setupChatmock({ apis: [api] })`, `setupChatmockWorker`, `createChatmockRouter` or `contract()`.
 *
 * @example
 * const petsApi = defineApi({ id: 'pets', spec: document, resolvers: { listPets: () => json(200, []) } })
 */
export function defineApi<const Id extends string, Ops = Record<string, OperationShape>, Store = undefined, Fixtures = undefined>(options: DefineApiOptions<Id, Ops, Store, Fixtures>): Api<Id, Ops, Store, Fixtures> {
  const spec = createApiSpec({ id: options.id, document: options.spec, prefix: options.prefix, errorStyle: options.errorStyle, validators: options.validators, baseUrl: options.baseUrl, source: options.source })
  const resolvers = { ...options.resolvers } as Record<string, unknown>
  const unknown = Object.keys(resolvers).filter((operationId) => !spec.operationsById.has(operationId))
  if (unknown.length > 0) {
    throw new SpecError(ErrorCodes.UNKNOWN_OPERATION, `Resolvers of ${spec.id} name no operation of its spec: ${unknown.join(', ')}. Expected only: ${[...spec.operationsById.keys()].join(', ')}.`)
  }
  const notFunctions = Object.entries(resolvers).filter(([, resolver]) => typeof resolver !== 'function')
  if (notFunctions.length > 0) throw new SpecError(ErrorCodes.RESOLVER_MISSING, `The resolvers of ${spec.id} must be functions: ${notFunctions.map(([id]) => id).join(', ')}.`)
  return {
    ...spec,
    id: options.id,
    resolvers: resolvers as Api<Id, Ops, Store, Fixtures>['resolvers'],
    ...(options.createStore ? { createStore: options.createStore } : {}),
    ...(options.fixtures ? { fixtures: options.fixtures } : {}),
  }
}
