import type { OpenAPIV3_1 } from 'openapi-types'
import { isJsonMediaType, parseMediaType } from '../contract/media-type.js'
import { resolveRef } from '../openapi/resolve-ref.js'
import type { LenientHandling, Operation } from '../api/spec.js'
import { canSendBody } from './can-send-body.js'
import type { CredentialKeys } from './list-credential-keys.js'
import { isRecord } from './parameter-styles/value-parts.js'
import type { DraftRequest } from './types.js'

export interface NegativeCase {
  name: string
  request: DraftRequest
}

type Schema = Record<string, unknown>

/**
 * Requests that break exactly one constraint of the operation, each derived from a valid one: no
 * credentials, a wrong type or an out-of-range value in a parameter or a body field, a missing
 * required field, an unknown field where none is allowed, malformed JSON. A provider must answer
 * each with a declared 4xx. None is one that the document's `x-chatmock-lenient` says its server
 * takes: an unknown body field it drops, a query integer it reads with `to_i`.
 */
export function createNegativeCases(
  document: OpenAPIV3_1.Document,
  operation: Operation,
  valid: DraftRequest,
  credentialHeaders: readonly string[],
  /** The query keys and cookies that carry the run's credentials, besides its credential headers. */
  credentials: Partial<Omit<CredentialKeys, 'headers'>> = {},
): NegativeCase[] {
  const cases: NegativeCase[] = []
  // Checked when the document was loaded (createApiSpec).
  const lenient = (document as { 'x-chatmock-lenient'?: LenientHandling })['x-chatmock-lenient'] ?? {}
  const add = (name: string, change: (request: DraftRequest) => void) => {
    const request = structuredClone(valid)
    change(request)
    cases.push({ name, request })
  }

  const credentialsRequired =
    operation.security.length > 0 && !operation.security.some((requirement) => Object.keys(requirement).length === 0)
  const { query = [], cookies = [] } = credentials
  if (credentialsRequired && credentialHeaders.length + query.length + cookies.length > 0) {
    add('no credentials', (request) => {
      for (const name of credentialHeaders) delete request.headers[name]
      for (const name of query) delete request.query[name]
      if (cookies.length > 0 && request.headers.cookie !== undefined) {
        const kept = request.headers.cookie.split(';').filter((pair) => !cookies.includes(pair.split('=')[0]!.trim()))
        if (kept.length > 0) request.headers.cookie = kept.join(';').trim()
        else delete request.headers.cookie
      }
    })
  }

  for (const parameter of operation.parameters) {
    if (parameter.in !== 'path' && parameter.in !== 'query') continue
    const schema = resolveRef<Schema>(document, (parameter.schema ?? {}) as never)
    const target = parameter.in === 'path' ? 'path' : 'query'
    const where = `${parameter.in} parameter "${parameter.name}"`
    const broken = breakValue(document, schema, true)
    const readAsInteger =
      lenient.invalidIntegerQueries === 'to-i' && parameter.in === 'query' && broken?.what === 'not a number'
    if (broken && !readAsInteger)
      add(`${where}: ${broken.what}`, (request) => void (request[target][parameter.name] = broken.value))
  }

  // GET and HEAD carry no body; a body that is not JSON has no field to break, and one that is not an object no field at all.
  if (!canSendBody(operation.method) || valid.body === undefined) return cases
  const mediaType = valid.mediaType ?? 'application/json'
  if (operation.requestBody?.required) add('body: missing', (request) => void delete request.body)
  if (!isJsonMediaType(parseMediaType(mediaType) ?? mediaType)) return cases
  add('body: malformed JSON', (request) => {
    delete request.body
    request.rawBody = '{"unterminated": '
  })
  const body = valid.body
  if (!isRecord(body)) return cases
  const schema = resolveRef<Schema>(document, (operation.requestBody?.content?.[mediaType]?.schema ?? {}) as never)
  const properties = (schema.properties ?? {}) as Record<string, Schema>
  const required = (schema.required ?? []) as string[]
  const first = required.find((name) => name in body)
  if (first !== undefined)
    add(`body field "${first}": missing`, (request) => void delete (request.body as Record<string, unknown>)[first])
  if (schema.additionalProperties === false && lenient.unknownBodyFields !== 'drop')
    add('body: an unknown field', (request) => void ((request.body as Record<string, unknown>).unexpected_field = 1))
  for (const [name, property] of Object.entries(properties)) {
    const broken = breakValue(document, resolveRef<Schema>(document, property as never), false)
    if (broken)
      add(
        `body field "${name}": ${broken.what}`,
        (request) => void ((request.body as Record<string, unknown>)[name] = broken.value),
      )
  }
  return cases
}

/**
 * A value that breaks one constraint of the schema: a bound, an enum, or the type. In a URL every
 * value is text, so a parameter can only break a bound, an enum or a number's form.
 */
function breakValue(
  document: OpenAPIV3_1.Document,
  schema: Schema,
  inUrl: boolean,
): { what: string; value: unknown } | undefined {
  if (typeof schema.maximum === 'number')
    return { what: `above its maximum (${schema.maximum + 1})`, value: schema.maximum + 1 }
  if (typeof schema.minimum === 'number')
    return { what: `below its minimum (${schema.minimum - 1})`, value: schema.minimum - 1 }
  if (typeof schema.maxLength === 'number' && schema.maxLength <= 200_000 && !inUrl)
    return { what: `longer than ${schema.maxLength} characters`, value: 'x'.repeat(schema.maxLength + 1) }
  if (Array.isArray(schema.enum)) return { what: 'not one of its values', value: 'not-an-allowed-value' }
  if (schema.type === 'array') {
    const items = resolveRef<Schema>(document, (schema.items ?? {}) as never)
    if (Array.isArray(items.enum)) return { what: 'an item not one of its values', value: ['not-an-allowed-value'] }
  }
  const types = (Array.isArray(schema.type) ? schema.type : [schema.type]).filter((type) => type !== undefined)
  // The breaking value must be of a type none of the schema's types admits (`type: [string, number]` takes "abc").
  const text = !types.includes('string')
  const numeric = types.includes('integer') || types.includes('number')
  if (numeric && text) return { what: 'not a number', value: 'abc' }
  if (types.includes('boolean') && text && !inUrl) return { what: 'not a boolean', value: 'maybe' }
  if (types.includes('object') && text && !inUrl) return { what: 'not an object', value: 'text' }
  if (types.includes('array') && text && !inUrl) return { what: 'not an array', value: 'text' }
  if (types.includes('string') && !numeric && !types.includes('null') && !inUrl)
    return { what: 'not a string', value: 12345 }
  if (types.length > 1 && !types.includes('boolean') && !inUrl)
    return { what: `not a ${types.join(' or ')}`, value: true }
  return undefined
}
