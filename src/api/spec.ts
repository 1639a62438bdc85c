import type { OpenAPIV3_1 } from 'openapi-types'
import type { ErrorStyle } from './error-style.js'

/** An API's id: the name it is served under (`/<id>`) and asked for by (`contract(id)`). */
export type ApiId = string

export type HttpMethod = 'get' | 'put' | 'post' | 'delete' | 'patch' | 'head' | 'options' | 'trace' | 'query'

export type ParameterLocation = 'path' | 'query' | 'header' | 'cookie'

/** One operation of a spec, flattened: path-level parameters merged, `$ref`s resolved, security inherited. */
export interface Operation {
  operationId: string
  /** Lower case: a fixed field of the path item (3.2's `query` among them), or a method of its `additionalOperations` (`copy`). */
  method: HttpMethod | (string & {})
  /** The OpenAPI path template, relative to the documented server URL. */
  path: string
  summary?: string
  parameters: OpenAPIV3_1.ParameterObject[]
  requestBody?: OpenAPIV3_1.RequestBodyObject
  responses: Record<string, OpenAPIV3_1.ResponseObject>
  /** Alternative requirements; an empty object among them makes credentials optional. */
  security: OpenAPIV3_1.SecurityRequirementObject[]
  /** Query keys the operation does not declare are refused (`x-chatmock-strict-query: true` on it or on the document), not ignored. */
  strictQuery?: boolean
}

/** A spec with what the runtimes need to serve it. */
export interface ApiSpec {
  id: ApiId
  title: string
  document: OpenAPIV3_1.Document
  /** The documented server URL (the spec's first `servers` entry, its variables at their defaults), without a trailing slash; absent when the document has none. */
  serverUrl?: string
  /** More base URLs that stand for the API in process besides `serverUrl` (required when it has none). */
  baseUrls: readonly string[]
  /** Where the standalone server mounts the API, replacing `serverUrl`. */
  prefix: string
  errorStyle: ErrorStyle
  operations: Operation[]
  operationsById: ReadonlyMap<string, Operation>
  /** Validators compiled at build time (`npm run gen`), by schema key; the rest compile on first use. */
  validators?: Readonly<Record<string, unknown>>
  /** How many operations keep their compiled validators when none are precompiled (least recently used dropped first; default 300). */
  validatorCache?: number
  /** The text the document was written in, when known: served and printed as it is. */
  source?: SpecSource
  /** The request quota the API has (the document's `x-chatmock-quota`), counted only while one is set. */
  quota?: QuotaDeclaration
  /**
   * The payload schema of each real-time event the API sends, by the event's name (from its AsyncAPI
   * document; `$ref`s point into the OpenAPI document).
   */
  events?: Readonly<Record<string, unknown>>
  /** What the other side of a conversation can do, by name (the document's `x-chatmock-actions`). */
  declaredActions?: Readonly<Record<string, ActionDeclaration>>
  /** How the real server treats requests the contract refuses (the document's `x-chatmock-lenient`); absent: it refuses them. */
  lenient?: LenientHandling
  /** The charset its JSON answers name in their content type (the document's `x-chatmock-json-charset`: `utf-8`). */
  jsonCharset?: string
}

/**
 * A document's `x-chatmock-lenient`: what the real server does with a request the contract
 * refuses, which the mock then does too unless it is strict (the runtime's `strict` option, or
 * `Prefer: handling=strict`). A key left out keeps the contract's refusal.
 */
export interface LenientHandling {
  /** `drop`: body fields `additionalProperties: false` forbids are dropped and the request goes on (Rails' `params.permit`). */
  unknownBodyFields?: 'drop'
  /**
   * `not-found`: a path parameter that breaks its schema gets the API's 404, as an unknown record
   * does; `to-i`: so does one that does not start like a number, while an integer one that does is
   * read as `String#to_i` reads it (`12abc` is 12), as ActiveRecord casts an id.
   */
  invalidPathParameters?: 'not-found' | 'to-i'
  /** `to-i`: an integer query parameter that is not an integer is read as `String#to_i` reads it (`abc` is 0); a blank one as not sent. */
  invalidIntegerQueries?: 'to-i'
  /** `not-found`: a method the path does not accept gets the API's 404, not 405 with `Allow` (Rails' RoutingError). */
  unroutedMethods?: 'not-found'
}

/**
 * One action of the other side as the document declares it (`x-chatmock-actions`): what it does and
 * the JSON Schema of its input. The code that runs it is the API's `actions[name]`.
 */
export interface ActionDeclaration {
  summary: string
  input: object
}

/**
 * A document's `x-chatmock-quota`: which path parameter scopes a quota (a workspace), the status
 * a request past it gets, and the headers that tell what is left and when it resets.
 */
export interface QuotaDeclaration {
  scope: string
  status: number
  remainingHeader: string
  resetsInHeader: string
}

/** Where a document came from, so it can be served in its own words. */
export interface SpecSource {
  /** The file, for messages and for `$ref`s relative to it. */
  file?: string
  format: 'yaml' | 'json'
  /** The text as written (comments, key order and block scalars kept). */
  text?: string
  /** The text as written, loaded when asked for: a built-in API's, which only the server and the command line print. */
  loadText?: () => Promise<string>
  /** The document as written, where the validators read a converted one (OpenAPI 3.0, other files' `$ref`s). */
  original?: OpenAPIV3_1.Document
  /** What the file was written in when chatmock converted it on load (then `original` is the conversion). */
  convertedFrom?: 'Swagger 2.0'
}
