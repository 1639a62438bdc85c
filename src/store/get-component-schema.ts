import type { StandardSchemaV1 } from '@standard-schema/spec'
import { schemaKeys } from '../contract/schema-keys.js'
import type { ApiSpec } from '../api/spec.js'
import { getRecordSchema } from './get-record-schema.js'

/** A spec's component schema (`#/components/schemas/<name>`) as a Standard Schema, compiled once. */
export function getComponentSchema<T>(api: ApiSpec, name: string): StandardSchemaV1<T, T> {
  return getRecordSchema<T>(api, schemaKeys.component(name), { $ref: `#/components/schemas/${name}` })
}
