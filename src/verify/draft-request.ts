import type { OpenAPIV3_1 } from 'openapi-types'
import type { ExampleSet } from '../openapi/example-sets.js'
import type { Operation } from '../api/spec.js'
import { sampleBody, sampleParameter } from './sample-value.js'
import type { DraftRequest } from './types.js'

/** A valid request: the values of the operation's first named example set with a success status, else each parameter's own example. */
export function draftRequest(document: OpenAPIV3_1.Document, operation: Operation, headers: Record<string, string>, set: ExampleSet | undefined): DraftRequest {
  const request: DraftRequest = { path: {}, query: {}, headers: { ...headers } }
  for (const parameter of operation.parameters) {
    if (parameter.in === 'path') request.path[parameter.name] = set && parameter.name in set.path ? set.path[parameter.name] : sampleParameter(document, parameter)
    else if (parameter.in === 'query' && set && parameter.name in set.query) request.query[parameter.name] = set.query[parameter.name]
    else if (parameter.in === 'query' && parameter.required) request.query[parameter.name] = sampleParameter(document, parameter)
    else if (parameter.in === 'header' && parameter.required) request.headers[parameter.name.toLowerCase()] = String(sampleParameter(document, parameter))
  }
  const media = operation.requestBody?.content?.['application/json']
  if (set?.body?.mediaType === 'application/json') request.body = structuredClone(set.body.value)
  else if (media) request.body = sampleBody(document, media)
  return request
}
