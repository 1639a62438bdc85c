import type { OpenAPIV3_1 } from 'openapi-types'
import { ErrorCodes } from '../errors/error-codes.js'
import { SpecError } from '../errors/spec-error.js'
import { chatwootDocument } from './documents/chatwoot.js'
import { hapihubDocument } from './documents/hapihub.js'
import { roostedDocument } from './documents/roosted.js'
import { togglFocusDocument } from './documents/toggl-focus.js'
import { getOperations } from './get-operations.js'
import type { ApiId, ApiSpec, ErrorStyle } from './types.js'

interface ApiDefinition {
  document: OpenAPIV3_1.Document
  prefix: string
  errorStyle: ErrorStyle
}

const definitions: Record<ApiId, ApiDefinition> = {
  'toggl-focus': { document: togglFocusDocument, prefix: '/toggl-focus', errorStyle: 'toggl' },
  roosted: { document: roostedDocument, prefix: '/roosted', errorStyle: 'problem' },
  hapihub: { document: hapihubDocument, prefix: '/hapihub', errorStyle: 'problem' },
  chatwoot: { document: chatwootDocument, prefix: '/chatwoot', errorStyle: 'chatwoot' },
}

/** The ids of the four APIs, in the order they are served and listed. */
export const apiIds = Object.keys(definitions) as ApiId[]

const cache = new Map<ApiId, ApiSpec>()

export function isApiId(value: string): value is ApiId {
  return Object.hasOwn(definitions, value)
}

/** The API with its flattened operations; built on first use, then shared. */
export function getApi(id: string): ApiSpec {
  if (!isApiId(id)) {
    throw new SpecError(ErrorCodes.UNKNOWN_API, `Unknown API "${id}". Expected one of: ${apiIds.join(', ')}.`)
  }
  let api = cache.get(id)
  if (!api) {
    api = createApiSpec(id, definitions[id])
    cache.set(id, api)
  }
  return api
}

function createApiSpec(id: ApiId, { document, prefix, errorStyle }: ApiDefinition): ApiSpec {
  const operations = getOperations(document)
  const serverUrl = document.servers?.[0]?.url.replace(/\/+$/, '')
  if (!serverUrl) {
    throw new SpecError(ErrorCodes.SPEC_INVALID, `The spec of "${id}" has no servers entry; its first one must be the documented server URL.`)
  }
  return {
    id,
    title: document.info.title,
    document,
    serverUrl,
    prefix,
    errorStyle,
    operations,
    operationsById: new Map(operations.map((operation) => [operation.operationId, operation])),
  }
}
