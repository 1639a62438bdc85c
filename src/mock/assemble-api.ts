import type { OpenAPIV3_1 } from 'openapi-types'
import type { Api } from '../api/api.js'
import type { SpecSource } from '../api/spec.js'
import { ErrorCodes } from '../errors/error-codes.js'
import { SpecError } from '../errors/spec-error.js'
import { createApiSpec } from '../contract/create-api-spec.js'
import type { DefineApiOptions } from './define-api-options.js'

/** An API from a document already read and checked (loadApi reads files its own way). */
export function assembleApi<Id extends string, Ops, Store, Fixtures>(
  options: Omit<DefineApiOptions<Id, Ops, Store, Fixtures>, 'spec'>,
  document: OpenAPIV3_1.Document,
  source: SpecSource | undefined,
): Api<Id, Ops, Store, Fixtures> {
  const id = (options.id ?? (document as { 'x-chatmock-id'?: string })['x-chatmock-id']) as Id | undefined
  if (id === undefined)
    throw new SpecError(
      ErrorCodes.SPEC_INVALID,
      `An API needs an id: pass defineApi({ id }) or set x-chatmock-id in the document "${document.info?.title ?? ''}".`,
    )
  const spec = createApiSpec({
    id,
    document,
    prefix: options.prefix,
    errorStyle: options.errorStyle,
    validators: options.validators,
    baseUrl: options.baseUrl,
    source,
    events: options.events,
  })
  checkActions(spec.id, Object.keys(spec.declaredActions ?? {}), options.actions)
  const resolvers = { ...options.resolvers } as Record<string, unknown>
  const unknown = Object.keys(resolvers).filter((operationId) => !spec.operationsById.has(operationId))
  if (unknown.length > 0) {
    throw new SpecError(
      ErrorCodes.UNKNOWN_OPERATION,
      `Resolvers of ${spec.id} name no operation of its spec: ${unknown.join(', ')}. Expected only: ${[...spec.operationsById.keys()].join(', ')}.`,
    )
  }
  const notFunctions = Object.entries(resolvers).filter(([, resolver]) => typeof resolver !== 'function')
  if (notFunctions.length > 0)
    throw new SpecError(
      ErrorCodes.RESOLVER_MISSING,
      `The resolvers of ${spec.id} must be functions: ${notFunctions.map(([id]) => id).join(', ')}.`,
    )
  return {
    ...spec,
    id,
    resolvers: resolvers as Api<Id, Ops, Store, Fixtures>['resolvers'],
    ...(options.createStore === undefined && !options.stateless ? { stateful: true } : {}),
    ...(options.createStore ? { createStore: options.createStore } : {}),
    ...(options.fixtures ? { fixtures: options.fixtures } : {}),
    ...(options.actions ? { actions: options.actions } : {}),
    ...(options.realtime ? { realtime: options.realtime } : {}),
  }
}

/** Every declared action has code that runs it, and every action's code has a declaration (its schema). */
function checkActions(
  id: string,
  declared: readonly string[],
  actions: Readonly<Record<string, unknown>> | undefined,
): void {
  const given = Object.keys(actions ?? {})
  const undeclared = given.filter((name) => !declared.includes(name))
  if (undeclared.length > 0)
    throw new SpecError(
      ErrorCodes.UNKNOWN_OPERATION,
      `The actions of ${id} are not declared in its document's x-chatmock-actions: ${undeclared.join(', ')}. Declared: ${declared.join(', ') || 'none'}.`,
    )
  const missing = declared.filter((name) => typeof actions?.[name] !== 'function')
  if (missing.length > 0)
    throw new SpecError(
      ErrorCodes.RESOLVER_MISSING,
      `The document of ${id} declares actions that no function runs: ${missing.join(', ')}. Pass defineApi({ actions: { ${missing[0]}: (context) => … } }).`,
    )
}
