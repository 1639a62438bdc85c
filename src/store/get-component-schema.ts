import type { StandardSchemaV1 } from '@standard-schema/spec'
import { getContract } from '../contract/get-contract.js'
import { schemaKeys } from '../contract/schema-keys.js'
import { toStandardSchema } from './to-standard-schema.js'

const cache = new Map<string, StandardSchemaV1<unknown, unknown>>()

/** A spec's component schema (`#/components/schemas/<name>`) as a Standard Schema, compiled once. */
export function getComponentSchema<T>(api: string, name: string): StandardSchemaV1<T, T> {
  const key = `${api}#${name}`
  let schema = cache.get(key)
  if (!schema) {
    const validate = getContract(api).compileSchema(schemaKeys.component(name), { $ref: `#/components/schemas/${name}` })
    schema = toStandardSchema(validate, `chatmock:${api}`)
    cache.set(key, schema)
  }
  return schema as StandardSchemaV1<T, T>
}
