import type { OpenAPIV3_1 } from 'openapi-types'
import { getApi } from '../openapi/catalog.js'
import { createApiSpec } from './create-api-spec.js'
import type { ApiSpec } from '../api/spec.js'

const fromDocuments = new WeakMap<object, ApiSpec>()

/** An API by registered id, the API itself, or a bare OpenAPI document made into one (once per document). */
export function toApiSpec(api: string | ApiSpec | OpenAPIV3_1.Document): ApiSpec {
  if (typeof api === 'string') return getApi(api)
  if ('operationsById' in api) return api
  let spec = fromDocuments.get(api)
  if (!spec) {
    const id = (api as { 'x-chatmock-id'?: string })['x-chatmock-id'] ?? 'api'
    spec = createApiSpec({ id, document: api })
    fromDocuments.set(api, spec)
  }
  return spec
}
