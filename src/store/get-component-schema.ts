import type { StandardSchemaV1 } from '@standard-schema/spec'
import { getContract } from '../contract/get-contract.js'
import { schemaKeys } from '../contract/schema-keys.js'
import type { ApiSpec } from '../api/spec.js'
import { toStandardSchema } from './to-standard-schema.js'

const cache = new WeakMap<ApiSpec, Map<string, StandardSchemaV1<unknown, unknown>>>()

/** A spec's component schema (`#/components/schemas/<name>`) as a Standard Schema, compiled once. */
export function getComponentSchema<T>(api: ApiSpec, name: string): StandardSchemaV1<T, T> {
  let schemas = cache.get(api)
  if (!schemas) cache.set(api, (schemas = new Map()))
  let schema = schemas.get(name)
  if (!schema) {
    const validate = getContract(api).compileSchema(schemaKeys.component(name), {
      $ref: `#/components/schemas/${name}`,
    })
    schema = toStandardSchema(validate, `chatmock:${api.id}`)
    schemas.set(name, schema)
  }
  return schema as StandardSchemaV1<T, T>
}
