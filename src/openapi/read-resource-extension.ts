import type { OpenAPIV3_1 } from 'openapi-types'
import { ErrorCodes } from '../errors/error-codes.js'
import { SpecError } from '../errors/spec-error.js'
import type { ResourceAction } from '../api/resource-plan.js'

const RESOURCE_EXTENSION = 'x-chatmock-resource'

const RESOURCE_ACTIONS: readonly ResourceAction[] = ['create', 'list', 'read', 'replace', 'merge', 'remove']

/** What `x-chatmock-resource` states, on a path item or an operation: `false` leaves it stateless. */
export interface ResourceStatement {
  stateless?: true
  /** What the operation does (on an operation only). */
  action?: ResourceAction
  /** The collection path of the resource it belongs to, when its own path does not say. */
  collection?: string
  /** The record's id property. */
  idProperty?: string
  /** Where the record sits in the answer (a JSON pointer, `""` for the answer itself). */
  record?: string[]
  /** Where the list sits in the answer. */
  list?: string[]
}

const KEYS = ['action', 'collection', 'idProperty', 'record', 'list']

/** The statement of a path item (`method` undefined) or of one of its operations, checked. */
export function readResourceExtension(
  document: OpenAPIV3_1.Document,
  path: string,
  method?: string,
): ResourceStatement | undefined {
  const item = document.paths?.[path] as Record<string, unknown> | undefined
  const holder = method === undefined ? item : (item?.[method] as Record<string, unknown> | undefined)
  const value = holder?.[RESOURCE_EXTENSION]
  if (value === undefined) return undefined
  const where = `#/paths/${escape(path)}${method === undefined ? '' : `/${method}`}/${RESOURCE_EXTENSION}`
  const fail = (detail: string): never => {
    throw new SpecError(ErrorCodes.SPEC_INVALID, `${where} ${detail}`)
  }
  if (value === false) return { stateless: true }
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    return fail(`must be false or an object with ${KEYS.join(', ')} (got ${JSON.stringify(value)}).`)
  const given = value as Record<string, unknown>
  const unknown = Object.keys(given).find((key) => !KEYS.includes(key))
  if (unknown !== undefined) fail(`has "${unknown}", which it does not take; it takes ${KEYS.join(', ')}.`)
  const statement: ResourceStatement = {}
  if (given.action !== undefined) {
    if (method === undefined) fail('names an action: only an operation takes one.')
    if (!RESOURCE_ACTIONS.includes(given.action as ResourceAction))
      fail(`has the action ${JSON.stringify(given.action)}; expected one of ${RESOURCE_ACTIONS.join(', ')}.`)
    statement.action = given.action as ResourceAction
  }
  if (given.collection !== undefined) {
    if (typeof given.collection !== 'string' || !document.paths?.[given.collection])
      fail(`names the collection ${JSON.stringify(given.collection)}, which is not a path of the document.`)
    statement.collection = given.collection as string
  }
  if (given.idProperty !== undefined) {
    if (typeof given.idProperty !== 'string' || given.idProperty === '')
      fail(`has the idProperty ${JSON.stringify(given.idProperty)}; expected a property name.`)
    statement.idProperty = given.idProperty as string
  }
  for (const key of ['record', 'list'] as const) {
    const pointer = given[key]
    if (pointer === undefined) continue
    if (typeof pointer !== 'string' || (pointer !== '' && !pointer.startsWith('/')))
      fail(`has the ${key} ${JSON.stringify(pointer)}; expected a JSON pointer into the answer ("" or "/data").`)
    statement[key] =
      pointer === ''
        ? []
        : (pointer as string)
            .slice(1)
            .split('/')
            .map((part) => part.replace(/~1/g, '/').replace(/~0/g, '~'))
  }
  return statement
}

function escape(path: string): string {
  return path.replace(/~/g, '~0').replace(/\//g, '~1')
}
