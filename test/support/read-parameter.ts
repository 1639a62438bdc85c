import type { OpenAPIV3_1 } from 'openapi-types'
import { compileParameterReader } from '../../src/contract/deserialize-parameters.js'
import { parseQuery } from '../../src/contract/locate-request.js'

const document: OpenAPIV3_1.Document = {
  openapi: '3.1.0',
  info: { title: 'parameter styles', version: '1' },
  components: {
    schemas: { Color: { type: 'object', properties: { R: { type: 'integer' }, G: { type: 'integer' } } } },
  },
}

/** Reads one parameter from a request's raw parts: the path's text, the query string as sent, lower-cased headers. */
export function readParameter(
  parameter: Record<string, unknown>,
  raw: { path?: Record<string, string>; search?: string; headers?: Record<string, string> },
) {
  return compileParameterReader(document, [parameter as unknown as OpenAPIV3_1.ParameterObject])({
    path: raw.path ?? {},
    query: parseQuery(raw.search ?? ''),
    headers: raw.headers ?? {},
  })
}

export const colorSchemas = {
  primitive: { type: 'string' },
  array: { type: 'array', items: { type: 'string' } },
  object: { $ref: '#/components/schemas/Color' },
}
