import type { OpenAPIV3_1 } from 'openapi-types'
import type { ParameterLocation } from '../api/spec.js'
import { resolveRef } from '../openapi/resolve-ref.js'
import {
  compileParameter,
  type CompiledParameter,
  type ParameterSources,
} from './parameter-styles/compile-parameter.js'
import { parseCookies } from './parameter-styles/parse-cookies.js'
import { compileValueShape } from './parameter-styles/value-shape.js'

const NO_COOKIES: Map<string, string[]> = new Map()

export interface RawParameters {
  path: Record<string, string>
  /** Every value of each query key, in order. */
  query: Map<string, string[]>
  /** Lower-cased names; cookie parameters are read from `cookie`. */
  headers: Record<string, string>
}

export interface DeserializedParameters {
  path: Record<string, unknown>
  query: Record<string, unknown>
  header: Record<string, unknown>
  cookie: Record<string, unknown>
  /** Parameters that are not arrays but came more than once. */
  repeated: Array<{ in: ParameterLocation; name: string }>
  /** Parameters whose text their style cannot read, and why. */
  unreadable: Array<{ in: ParameterLocation; name: string; reason: string }>
  /** Query keys the operation does not declare, when it refuses them (strict query). */
  unknown: string[]
  /** `<in>/<key>` of each parameter the client did not send and its schema's default stands for. */
  defaulted: string[]
}

/**
 * Compiles, once per operation, a function that turns the raw text of path, query, header and
 * cookie parameters into typed values as their `style` and `explode` (or their `content`) say, with
 * OpenAPI's defaults (query and cookie: form, exploded; path and header: simple). Integers, numbers
 * and booleans are coerced from text and defaults applied; a value that cannot be coerced is left
 * as it came, for validation to report, and text the style cannot read is listed as unreadable.
 */
export function compileParameterReader(
  document: OpenAPIV3_1.Document,
  parameters: OpenAPIV3_1.ParameterObject[],
  { strictQuery = false } = {},
) {
  const compiled = parameters.map((parameter) => ({
    ...compileParameter(document, parameter),
    fallback: readDefault(document, parameter.schema),
  }))
  const isClaimed = { query: compileClaims(compiled, 'query'), cookie: compileClaims(compiled, 'cookie') }
  const hasFreeKeys = compiled.some((p) => p.in === 'query' && p.freeKeys)
  const readsCookies = compiled.some((p) => p.in === 'cookie')

  return (raw: RawParameters): DeserializedParameters => {
    const result: DeserializedParameters = {
      path: {},
      query: {},
      header: {},
      cookie: {},
      repeated: [],
      unreadable: [],
      unknown: strictQuery && !hasFreeKeys ? [...raw.query.keys()].filter((key) => !isClaimed.query(key)) : [],
      defaulted: [],
    }
    const sources: ParameterSources = {
      path: raw.path,
      query: raw.query,
      headers: raw.headers,
      cookies: readsCookies ? parseCookies(raw.headers.cookie) : NO_COOKIES,
    }
    for (const parameter of compiled) {
      const reading = parameter.read(sources, isClaimed)
      const target = result[parameter.in]
      if (reading === undefined) {
        // A default that is an object or an array is copied, so a resolver cannot change it for the next request.
        if (parameter.fallback !== undefined) {
          target[parameter.key] =
            typeof parameter.fallback === 'object' && parameter.fallback !== null
              ? structuredClone(parameter.fallback)
              : parameter.fallback
          result.defaulted.push(`${parameter.in}/${parameter.key}`)
        }
      } else if ('refused' in reading) {
        result.unreadable.push({ in: parameter.in, name: parameter.name, reason: reading.refused })
      } else {
        if (reading.repeated) result.repeated.push({ in: parameter.in, name: parameter.name })
        target[parameter.key] = reading.value
      }
    }
    return result
  }
}

/**
 * A parameter's schema default, as a value of its type: a document that writes `default: '3000000000'`
 * for an integer means the number a client would send as that text, not a string that its own type refuses.
 */
function readDefault(document: OpenAPIV3_1.Document, schema: unknown): unknown {
  const value = resolveRef<{ default?: unknown }>(document, (schema ?? {}) as object).default
  if (typeof value !== 'string') return value
  const shape = compileValueShape(document, schema)
  return shape.kind === 'primitive' ? shape.coerce(value) : value
}

/** Whether a query (or cookie) key is read by a parameter of that location, for strict queries and free objects. */
function compileClaims(parameters: CompiledParameter[], location: 'query' | 'cookie'): (key: string) => boolean {
  const own = parameters.filter((parameter) => parameter.in === location)
  const keys = new Set(own.flatMap((parameter) => parameter.claims.keys))
  const prefixes = own.flatMap((parameter) => (parameter.claims.prefix ? [parameter.claims.prefix] : []))
  return prefixes.length === 0
    ? (key) => keys.has(key)
    : (key) => keys.has(key) || prefixes.some((p) => key.startsWith(p))
}
