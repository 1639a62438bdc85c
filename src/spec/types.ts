import type { OpenAPIV3_1 } from 'openapi-types'

export type ApiId = 'toggl-focus' | 'roosted' | 'hapihub' | 'chatwoot'

export type HttpMethod = 'get' | 'put' | 'post' | 'delete' | 'patch' | 'head' | 'options' | 'trace'

export type ParameterLocation = 'path' | 'query' | 'header' | 'cookie'

/** How an API renders the errors a client sees (reference/behaviour.md). */
export type ErrorStyle = 'toggl' | 'chatwoot' | 'problem'

/** One operation of a spec, flattened: path-level parameters merged, `$ref`s resolved, security inherited. */
export interface Operation {
  operationId: string
  method: HttpMethod
  /** The OpenAPI path template, relative to the documented server URL. */
  path: string
  summary?: string
  parameters: OpenAPIV3_1.ParameterObject[]
  requestBody?: OpenAPIV3_1.RequestBodyObject
  responses: Record<string, OpenAPIV3_1.ResponseObject>
  /** Alternative requirements; an empty object among them makes credentials optional. */
  security: OpenAPIV3_1.SecurityRequirementObject[]
}

/** A spec with what the runtimes need to serve it. */
export interface ApiSpec {
  id: ApiId
  title: string
  document: OpenAPIV3_1.Document
  /** The documented server URL (the spec's first `servers` entry), without a trailing slash. */
  serverUrl: string
  /** Where the standalone server mounts the API, replacing `serverUrl`. */
  prefix: string
  errorStyle: ErrorStyle
  operations: Operation[]
  operationsById: ReadonlyMap<string, Operation>
}
