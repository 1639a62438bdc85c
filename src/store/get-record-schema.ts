import type { StandardSchemaV1 } from '@standard-schema/spec'
import { getContract } from '../contract/get-contract.js'
import type { ApiSpec } from '../api/spec.js'
import { toStandardSchema } from './to-standard-schema.js'

const cache = new WeakMap<ApiSpec, Map<string, StandardSchemaV1<unknown, unknown>>>()

/**
 * A schema of a store's records as a Standard Schema, compiled once per API and key: a component
 * of the spec, or a record the spec never renders as such (a user with its API token, an inbox
 * with its secrets), whose `$ref`s refer to the spec.
 */
export function getRecordSchema<T>(api: ApiSpec, key: string, schema: object): StandardSchemaV1<T, T> {
  let schemas = cache.get(api)
  if (!schemas) cache.set(api, (schemas = new Map()))
  let standard = schemas.get(key)
  if (!standard) {
    standard = toStandardSchema(getContract(api).compileSchema(key, schema), `chatmock:${api.id}`)
    schemas.set(key, standard)
  }
  return standard as StandardSchemaV1<T, T>
}
