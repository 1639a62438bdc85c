import type { OpenAPIV3_1 } from 'openapi-types'
import type { ErrorStyle } from '../api/error-style.js'
import type { ErrorStyleName } from '../contract/get-error-style.js'
import type { SpecSource } from '../api/spec.js'
import type {
  ActionRunner,
  CreateStoreOptions,
  FixturesDefinition,
  MockStore,
  OperationShape,
  RealtimeDefinition,
  Resolver,
} from '../api/api.js'

export interface DefineApiOptions<Id extends string, Ops, Store, Fixtures> {
  /** The id it is served (`/<id>`) and named by (default: the document's `x-chatmock-id`). */
  id?: Id
  /** The OpenAPI 3.0, 3.1 or 3.2 document: parsed, or its YAML or JSON text (Swagger 2.0 only through loadApi(file)). */
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
  /**
   * Answer every operation from the document alone, as Prism does, instead of keeping the records
   * of the resources inferred from its paths (default false; an API with its own `createStore`
   * keeps state its own way).
   */
  stateless?: boolean
}
