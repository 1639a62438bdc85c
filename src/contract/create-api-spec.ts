import type { OpenAPIV3_1 } from 'openapi-types'
import type { ErrorStyle } from '../api/error-style.js'
import { type ErrorStyleName, getErrorStyle } from './get-error-style.js'
import { ErrorCodes } from '../errors/error-codes.js'
import { SpecError } from '../errors/spec-error.js'
import { getOperations } from '../openapi/get-operations.js'
import { readJsonCharset } from '../openapi/read-json-charset.js'
import { readLenientExtension } from '../openapi/read-lenient-extension.js'
import { readServerUrl } from '../openapi/read-server-url.js'
import type { ActionDeclaration, ApiSpec, QuotaDeclaration, SpecSource } from '../api/spec.js'

export interface ApiSpecOptions {
  id: string
  document: OpenAPIV3_1.Document
  /** Default `/<id>`. */
  prefix?: string
  /** Default: the document's `x-chatmock-error-style`, else `problem`. */
  errorStyle?: ErrorStyleName | ErrorStyle
  validators?: Readonly<Record<string, unknown>>
  /** How many operations keep their compiled validators when none are precompiled (default 300): bounds the memory a large document takes. */
  validatorCache?: number
  /** Base URL(s) that stand for the API in process besides the document's first server. */
  baseUrl?: string | readonly string[]
  source?: SpecSource
  /** The payload schema of each real-time event, by name. */
  events?: Readonly<Record<string, unknown>>
}

const ID = /^[a-z0-9][a-z0-9._-]*$/

/** An API's spec, flattened into its operations once, with where it is served and how it renders errors. */
export function createApiSpec({
  id,
  document,
  prefix = `/${id}`,
  errorStyle,
  validators,
  validatorCache,
  baseUrl,
  source,
  events,
}: ApiSpecOptions): ApiSpec {
  const where = source?.file ? `The spec "${source.file}"` : `The spec of "${id}"`
  if (!ID.test(id))
    throw new SpecError(
      ErrorCodes.SPEC_INVALID,
      `${where}: the API id ${JSON.stringify(id)} must be lower-case letters, digits, ".", "_" or "-".`,
    )
  if (!/^\/[^/?#]+$/.test(prefix))
    throw new SpecError(
      ErrorCodes.SPEC_INVALID,
      `${where}: the prefix ${JSON.stringify(prefix)} must be one path segment, such as "/${id}".`,
    )
  if (validatorCache !== undefined && !(Number.isInteger(validatorCache) && validatorCache >= 1))
    throw new SpecError(
      ErrorCodes.SPEC_INVALID,
      `${where}: validatorCache must be a whole number of operations, 1 or more (got ${JSON.stringify(validatorCache)}).`,
    )
  const operations = getOperations(document)
  const quota = readQuotaDeclaration(document, where)
  const declaredActions = readActionDeclarations(document, where)
  const lenient = readLenientExtension(document, where)
  const jsonCharset = readJsonCharset(document, where)
  const declaredStyle = (document as { 'x-chatmock-error-style'?: ErrorStyleName })['x-chatmock-error-style']
  return {
    id,
    title: document.info?.title ?? id,
    document,
    serverUrl: readServerUrl(document),
    baseUrls: (baseUrl === undefined ? [] : typeof baseUrl === 'string' ? [baseUrl] : [...baseUrl]).map((url) =>
      url.replace(/\/+$/, ''),
    ),
    prefix,
    errorStyle: getErrorStyle(errorStyle ?? declaredStyle, where),
    operations,
    operationsById: new Map(operations.map((operation) => [operation.operationId, operation])),
    ...(validators ? { validators } : {}),
    ...(validatorCache === undefined ? {} : { validatorCache }),
    ...(source ? { source } : {}),
    ...(quota ? { quota } : {}),
    ...(events ? { events } : {}),
    ...(declaredActions ? { declaredActions } : {}),
    ...(lenient ? { lenient } : {}),
    ...(jsonCharset ? { jsonCharset } : {}),
  }
}

function readActionDeclarations(
  document: OpenAPIV3_1.Document,
  where: string,
): Record<string, ActionDeclaration> | undefined {
  const declared = (document as { 'x-chatmock-actions'?: unknown })['x-chatmock-actions']
  if (declared === undefined) return undefined
  if (typeof declared !== 'object' || declared === null || Array.isArray(declared))
    throw new SpecError(
      ErrorCodes.SPEC_INVALID,
      `${where}: x-chatmock-actions must map action names to { summary, input }.`,
    )
  for (const [name, action] of Object.entries(declared as Record<string, Partial<ActionDeclaration>>)) {
    if (typeof action?.summary !== 'string' || typeof action.input !== 'object' || action.input === null) {
      throw new SpecError(
        ErrorCodes.SPEC_INVALID,
        `${where}: x-chatmock-actions.${name} must be { summary, input } (what it does, and the JSON Schema of its input).`,
      )
    }
  }
  return declared as Record<string, ActionDeclaration>
}

function readQuotaDeclaration(document: OpenAPIV3_1.Document, where: string): QuotaDeclaration | undefined {
  const declared = (document as { 'x-chatmock-quota'?: Partial<QuotaDeclaration> })['x-chatmock-quota']
  if (declared === undefined) return undefined
  const { scope, status, remainingHeader, resetsInHeader } = declared
  if (
    typeof scope !== 'string' ||
    typeof status !== 'number' ||
    typeof remainingHeader !== 'string' ||
    typeof resetsInHeader !== 'string'
  ) {
    throw new SpecError(
      ErrorCodes.SPEC_INVALID,
      `${where}: x-chatmock-quota must be { scope, status, remainingHeader, resetsInHeader } (the path parameter that scopes the quota, the status past it, and the two header names).`,
    )
  }
  return { scope, status, remainingHeader, resetsInHeader }
}
