import type { PlainResponse } from '../../api/exchange.js'
import type { CompiledOperation } from '../../contract/compile-operation.js'
import { renderError, renderRequestFailure } from '../../contract/render-error.js'
import type { ValidRequest } from '../../contract/types.js'
import { ErrorCodes } from '../../errors/error-codes.js'
import { StoreError } from '../../errors/store-error.js'
import { hashText } from '../../store/hash-text.js'
import { loadFaker } from '../../store/load-faker.js'
import type { Resource, ResourceOperation } from '../../api/resource-plan.js'
import type { ResourceRecord, ResourceStore } from '../../store/resource-store.js'
import type { Answer } from '../answer.js'
import { answerFromSpec } from '../answer-from-spec.js'
import { listRequiredHeaders, toStatusCode } from '../behaviours/steer-response.js'
import { fitRefusal, type RefusalScope } from '../fit-refusal.js'
import type { MockRequest } from '../mock-request.js'
import { pageRecords } from './page-records.js'
import { placeInAnswer, type PlaceContext } from './place-in-answer.js'
import { listRequired, readRequestValues } from './read-request-values.js'

export interface ResourceAnswerScope extends RefusalScope {
  store: unknown
  /** The wrappers generated so far, by operationId, per mock. */
  wrappers: Map<string, unknown>
}

/**
 * A resource operation's answer from its store: a create stores the request's values over a
 * generated record, a list pages and filters, a read, replace, merge or remove finds the record
 * by its scope and id, or answers 404 in the operation's declared shape. A record the schema
 * refuses is the API's own invalid-input answer; a full store, 507.
 */
export async function answerResource(
  scope: ResourceAnswerScope,
  planned: { resource: Resource; operation: ResourceOperation },
  request: MockRequest,
  compiled: CompiledOperation,
  checked: ValidRequest,
): Promise<Answer> {
  const store = scope.store as ResourceStore
  const { resource, operation } = planned
  const params = checked.params
  const place: PlaceContext = {
    document: scope.api.document,
    faker: await loadFaker(),
    seedOf: (operationId) => Number.parseInt(hashText(`${scope.seed}\u0000wrapper\u0000${operationId}`), 16),
    wrappers: scope.wrappers,
  }
  const key = store.scopeKey(resource, params)
  const notFound = (detail: string) => refuse(scope, compiled, request, 404, detail)
  try {
    if (!(await store.hasParent(resource, params)))
      return await notFound(`no record of ${resource.parent} has the id ${String(params[resource.scope.at(-1)!])}`)
    const respond = (value: ResourceRecord | undefined) => answerWith(scope, place, planned, request, checked, value)
    if (operation.action === 'list') return { response: await answerList(scope, place, planned, request, checked, key) }
    if (operation.action === 'create') {
      const values = readRequestValues(scope.api.document, resource, checked.body, 'create')
      return { response: await respond(await store.create(resource, key, values)) }
    }
    const id = operation.idFromBody
      ? (checked.body as Record<string, unknown> | undefined)?.[resource.idProperty]
      : params[resource.idParameter!]
    const stored = await store.get(resource, key, id)
    if (!stored) return await notFound(`no record of ${resource.collectionPath} has the id ${String(id)}`)
    switch (operation.action) {
      case 'read':
        return { response: await respond(stored) }
      case 'remove':
        await store.remove(resource, key, id)
        return { response: await respond(stored) }
      case 'merge': {
        const values = readRequestValues(scope.api.document, resource, checked.body, 'merge')
        const patch = /merge-patch\+json/i.test(request.headers['content-type'] ?? '')
        return { response: await respond(await store.replace(resource, key, id, mergeValues(stored, values, patch))) }
      }
      default: {
        // A PUT replaces what the client may write; the mock's own fields (readOnly, the id) stay,
        // and so does a required field the request leaves out, which the record cannot lose.
        const values = readRequestValues(scope.api.document, resource, checked.body, 'replace')
        const kept = readRequestValues(scope.api.document, resource, stored, 'kept')
        const next: ResourceRecord = { ...kept, ...values }
        for (const name of listRequired(scope.api.document, resource.recordSchema))
          if (!Object.hasOwn(next, name) && Object.hasOwn(stored, name)) next[name] = stored[name]
        return { response: await respond(await store.replace(resource, key, id, next)) }
      }
    }
  } catch (error) {
    if (!(error instanceof StoreError)) throw error
    // A full store, or a collection whose id schema admits no more ids: nothing more can be stored.
    if (error.code === ErrorCodes.STORE_FULL || error.code === ErrorCodes.RECORD_DUPLICATE)
      return { response: renderError(scope.api, 507, error.message.replace(/^\[chatmock\] /, '')) }
    if (error.code !== ErrorCodes.RECORD_INVALID) throw error
    const issues = error.issues.map((issue) => ({
      ...issue,
      message: `the record would break its schema: ${issue.message}`,
    }))
    const failure = { valid: false as const, reason: 'invalid' as const, operation: compiled.operation, issues }
    const detail = issues.map((issue) => issue.message).join('; ')
    return {
      response: await fitRefusal(scope, compiled, request, renderRequestFailure(scope.api, failure), detail),
      refusal: issues,
    }
  }
}

async function answerList(
  scope: ResourceAnswerScope,
  place: PlaceContext,
  planned: { resource: Resource; operation: ResourceOperation },
  request: MockRequest,
  checked: ValidRequest,
  key: string,
): Promise<PlainResponse> {
  const store = scope.store as ResourceStore
  const { resource, operation } = planned
  const filters = (operation.filters ?? []).filter(({ parameter }) => checked.query[parameter] !== undefined)
  const all = await store.list(resource, key)
  const records =
    filters.length === 0
      ? all
      : all.filter((record) =>
          filters.every(({ parameter, property }) => matches(record[property], checked.query[parameter])),
        )
  const page = pageRecords(records, operation.paging!, checked.query, {
    idOf: (record) => record[resource.idProperty],
    ordinalOf: (record) => store.ordinalOf(resource, record),
    ordinalOfId: (id) => {
      const record = store.peek(resource, key, id)
      return record === undefined ? undefined : store.ordinalOf(resource, record)
    },
  })
  const nextUrl = (next: number | string) => {
    const query = new URLSearchParams(request.search)
    const paging = operation.paging!
    const name = paging.style === 'page' ? paging.page : paging.style === 'cursor' ? paging.after : paging.offset
    if (name !== undefined) query.set(name, String(next))
    // The documented base URL, the same in every runtime (the server's own address is not the mock's to know).
    return `${scope.api.serverUrl ?? scope.api.baseUrls[0] ?? ''}${request.path}?${query}`
  }
  return withBody(scope, operation, placeInAnswer(place, resource, operation, page, nextUrl))
}

async function answerWith(
  scope: ResourceAnswerScope,
  place: PlaceContext,
  planned: { resource: Resource; operation: ResourceOperation },
  request: MockRequest,
  checked: ValidRequest,
  record: ResourceRecord | undefined,
): Promise<PlainResponse> {
  const { operation, resource } = planned
  if (operation.pointer === undefined && operation.schema !== undefined) {
    const source = scope.api.operationsById.get(operation.operationId)!
    return answerFromSpec(scope.api, source, request, scope.seed, checked.params, operation.status)
  }
  if (operation.pointer === undefined || record === undefined) return withBody(scope, operation, undefined)
  return withBody(scope, operation, placeInAnswer(place, resource, operation, record))
}

/** The operation's declared success, with the headers it requires and the body (none for a success without content). */
function withBody(scope: ResourceAnswerScope, operation: ResourceOperation, body: unknown): PlainResponse {
  const source = scope.api.operationsById.get(operation.operationId)!
  const headers = listRequiredHeaders(source.responses[operation.status]!)
  const status = toStatusCode(source, operation.status)
  if (body === undefined || operation.mediaType === undefined) return { status, headers }
  return { status, headers: { ...headers, 'content-type': operation.mediaType }, body }
}

async function refuse(
  scope: ResourceAnswerScope,
  compiled: CompiledOperation,
  request: MockRequest,
  status: number,
  detail: string,
): Promise<Answer> {
  return { response: await fitRefusal(scope, compiled, request, renderError(scope.api, status, detail), detail) }
}

/**
 * A PATCH's values over the stored record's: each top-level value replaces the stored one; as
 * `application/merge-patch+json` (RFC 7386), objects merge and `null` removes the property.
 */
function mergeValues(stored: ResourceRecord, values: ResourceRecord, patch: boolean): ResourceRecord {
  if (!patch) return { ...stored, ...values }
  const merge = (target: unknown, changes: Record<string, unknown>): Record<string, unknown> => {
    const result: Record<string, unknown> = isObject(target) ? { ...target } : {}
    for (const [name, value] of Object.entries(changes)) {
      if (value === null) delete result[name]
      else result[name] = isObject(value) ? merge(result[name], value) : value
    }
    return result
  }
  return merge(stored, values)
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/** Whether a record's value is what a filter asks for (one of its values, for a repeated parameter; one of the record's, for an array). */
function matches(value: unknown, wanted: unknown): boolean {
  const asked = (Array.isArray(wanted) ? wanted : [wanted]).map(String)
  const held = (Array.isArray(value) ? value : [value]).map(String)
  return asked.some((candidate) => held.includes(candidate))
}
