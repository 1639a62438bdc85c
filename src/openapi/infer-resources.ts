import type { OpenAPIV3_1 } from 'openapi-types'
import type { ApiSpec, Operation } from '../api/spec.js'
import { detectPaging, findListFields } from './detect-paging.js'
import {
  readSchema,
  findListPlace,
  findRecordPlace,
  listSchemaProperties,
  readItems,
  readSchemaAt,
  toNameKey,
} from './find-record-place.js'
import { readResourceExtension, type ResourceStatement } from './read-resource-extension.js'
import type {
  Resource,
  ResourceAction,
  ResourceOperation,
  ResourcePlan,
  StatelessOperation,
} from '../api/resource-plan.js'

const COLLECTION_ACTIONS: Readonly<Record<string, ResourceAction>> = { post: 'create', get: 'list' }
const ITEM_ACTIONS: Readonly<Record<string, ResourceAction>> = {
  get: 'read',
  put: 'replace',
  patch: 'merge',
  delete: 'remove',
}
/** The order an id property is looked for in the operations' answers: the read's record is the record. */
const RECORD_SOURCES: readonly ResourceAction[] = ['read', 'create', 'replace', 'merge', 'list']
const ITEM_ACTIONS_WITH_ID: ReadonlySet<ResourceAction> = new Set(['read', 'replace', 'merge', 'remove'])

const cache = new WeakMap<readonly Operation[], ResourcePlan>()

interface Candidate {
  operation: Operation
  action: ResourceAction
  statement?: ResourceStatement
  /** The item path it was found on, when its path is one. */
  itemPath?: string
}

/**
 * The resources of a document, from its paths and methods: a collection path (`/pets`) whose POST
 * creates and GET lists, and its item path (`/pets/{petId}`) whose GET reads, PUT replaces, PATCH
 * merges and DELETE removes, each record found in its answers (bare or in a wrapper) by its id
 * property. What cannot be decided is left stateless, with the reason. Inferred once per document.
 */
export function inferResources(api: Pick<ApiSpec, 'document' | 'operations'>): ResourcePlan {
  let plan = cache.get(api.operations)
  if (!plan) cache.set(api.operations, (plan = buildPlan(api.document, api.operations)))
  return plan
}

function buildPlan(document: OpenAPIV3_1.Document, operations: readonly Operation[]): ResourcePlan {
  const early: StatelessOperation[] = []
  const leave = (list: StatelessOperation[], operation: Operation, reason: string) =>
    list.push({ operationId: operation.operationId, method: operation.method, path: operation.path, reason })
  const groups = new Map<string, Candidate[]>()
  const groupOf = new Map<string, string>()
  for (const operation of operations) {
    const pathStatement = readResourceExtension(document, operation.path)
    const statement = readResourceExtension(document, operation.path, operation.method)
    if (statement?.stateless || (pathStatement?.stateless && !statement?.action)) {
      leave(early, operation, `${statement?.stateless ? 'the operation' : 'its path'} says x-chatmock-resource: false`)
      continue
    }
    const merged = pathStatement || statement ? { ...pathStatement, ...statement } : undefined
    const placed = placeOperation(operation, merged)
    if (typeof placed === 'string') {
      leave(early, operation, placed)
      continue
    }
    const group = groups.get(placed.collection) ?? []
    group.push({ operation, action: placed.action, ...(merged ? { statement: merged } : {}), ...placed.item })
    groups.set(placed.collection, group)
    groupOf.set(operation.operationId, placed.collection)
  }
  // `/accounts/{id}` is the parent of `/accounts/{account_id}/contacts`: templates match whatever their names.
  const byItemShape = new Map<string, string>()
  for (const [collectionPath, candidates] of groups) {
    const itemPath = candidates.find((candidate) => candidate.itemPath)?.itemPath
    if (itemPath !== undefined && !byItemShape.has(toShape(itemPath)))
      byItemShape.set(toShape(itemPath), collectionPath)
  }
  const built = new Map<string, { resource?: Resource; left: StatelessOperation[] }>()
  const build = (collectionPath: string): { resource?: Resource; left: StatelessOperation[] } => {
    let result = built.get(collectionPath)
    if (result) return result
    const candidates = groups.get(collectionPath)!
    const left: StatelessOperation[] = []
    const outcome = buildResource(document, collectionPath, candidates)
    if (typeof outcome === 'string') for (const candidate of candidates) leave(left, candidate.operation, outcome)
    else for (const [operation, reason] of outcome.left) leave(left, operation, reason)
    result = { ...(typeof outcome !== 'string' && outcome.resource ? { resource: outcome.resource } : {}), left }
    built.set(collectionPath, result)
    const { resource } = result
    if (resource) {
      const above = byItemShape.get(toShape(collectionPath.slice(0, collectionPath.lastIndexOf('/'))))
      if (above !== undefined && above !== collectionPath && build(above).resource) resource.parent = above
    }
    return result
  }
  const found = new Map<string, { resource: Resource; operation: ResourceOperation } | undefined>()
  const order = new Map(operations.map((operation, index) => [operation.operationId, index]))
  let all: { resources: Resource[]; stateless: StatelessOperation[] } | undefined
  const buildAll = () => {
    if (all) return all
    const resources: Resource[] = []
    const stateless = [...early]
    for (const collectionPath of groups.keys()) {
      const { resource, left } = build(collectionPath)
      if (resource) resources.push(resource)
      stateless.push(...left)
    }
    stateless.sort((a, b) => order.get(a.operationId)! - order.get(b.operationId)!)
    return (all = { resources, stateless })
  }
  return {
    get resources() {
      return buildAll().resources
    },
    get stateless() {
      return buildAll().stateless
    },
    find(operationId) {
      if (!found.has(operationId)) {
        const collectionPath = groupOf.get(operationId)
        const resource = collectionPath === undefined ? undefined : build(collectionPath).resource
        const operation = resource?.operations.find((candidate) => candidate.operationId === operationId)
        found.set(operationId, resource && operation ? { resource, operation } : undefined)
      }
      return found.get(operationId)
    },
    get(collectionPath) {
      return groups.has(collectionPath) ? build(collectionPath).resource : undefined
    },
  }
}

/** The collection an operation belongs to and what it does there, or why it belongs to none. */
function placeOperation(
  operation: Operation,
  statement: ResourceStatement | undefined,
): { collection: string; action: ResourceAction; item: { itemPath?: string } } | string {
  const segments = operation.path.split('/').filter(Boolean)
  const last = segments.at(-1)
  const isItem = last !== undefined && isTemplate(last) && segments.length > 1 && !isTemplate(segments.at(-2)!)
  const parentPath = `/${segments.slice(0, -1).join('/')}`
  const collection = statement?.collection ?? (isItem ? parentPath : operation.path)
  const onItem = isItem && collection === parentPath
  if (statement?.action)
    return { collection, action: statement.action, item: onItem ? { itemPath: operation.path } : {} }
  const method = operation.method.toUpperCase()
  if (isItem) {
    const action = ITEM_ACTIONS[operation.method]
    if (action) return { collection, action, item: { itemPath: operation.path } }
    return `${method} on an item path is none of read (GET), replace (PUT), merge (PATCH) or remove (DELETE); x-chatmock-resource: { action } says which it is`
  }
  if (last === undefined || isTemplate(last))
    return `${operation.path} is neither a collection (/things) nor an item (/things/{id}) path`
  const action = COLLECTION_ACTIONS[operation.method]
  if (action) return { collection, action, item: {} }
  return `${method} on a collection path is neither create (POST) nor list (GET); x-chatmock-resource: { action } says which it is`
}

function buildResource(
  document: OpenAPIV3_1.Document,
  collectionPath: string,
  candidates: readonly Candidate[],
): { resource: Resource | undefined; left: Array<[Operation, string]> } | string {
  const actions = new Set(candidates.map((candidate) => candidate.action))
  const itemPath = candidates.find((candidate) => candidate.itemPath)?.itemPath
  if (!actions.has('create') && !actions.has('list'))
    return `no create (POST ${collectionPath}) or list (GET ${collectionPath}) says which records exist`
  if (!itemPath && !actions.has('create'))
    return `a list with neither an item path (${collectionPath}/{id}) nor a create: nothing says it holds records of its own`
  if (!itemPath && !actions.has('list'))
    return `nothing reads back what it creates (no GET ${collectionPath} or ${collectionPath}/{id})`
  const idParameter = itemPath ? /\{([^{}]+)\}\/?$/.exec(itemPath)![1]! : undefined
  const stated = candidates.find((candidate) => candidate.statement?.idProperty)?.statement?.idProperty
  const idCandidates = stated ? [stated] : [...(idParameter ? [idParameter] : []), 'id']
  const name = collectionPath.slice(collectionPath.lastIndexOf('/') + 1)
  const names = [toSingular(name), name]
  const ordered = [...candidates].sort((a, b) => RECORD_SOURCES.indexOf(a.action) - RECORD_SOURCES.indexOf(b.action))
  let idProperty: string | undefined
  for (const candidate of ordered) {
    const found = locate(document, candidate, idCandidates, names)
    if (typeof found !== 'string' && found.idProperty) {
      idProperty = found.idProperty
      break
    }
  }
  if (idProperty === undefined)
    return `no answer of its operations holds a record with an id property (${idCandidates.join(' or ')}); x-chatmock-resource: { idProperty } names it`
  const fixed = findFixedId(document, candidates, idParameter)
  if (fixed) return fixed
  const left: Array<[Operation, string]> = []
  const placed: ResourceOperation[] = []
  for (const candidate of candidates) {
    const found = locate(document, candidate, [idProperty], names)
    if (typeof found === 'string') {
      left.push([candidate.operation, found])
      continue
    }
    const idFromBody = ITEM_ACTIONS_WITH_ID.has(candidate.action) && candidate.itemPath === undefined
    if (idFromBody && (candidate.action === 'read' || candidate.action === 'remove')) {
      left.push([
        candidate.operation,
        `a ${candidate.action} needs the item path (${collectionPath}/{id}) to name the record`,
      ])
      continue
    }
    placed.push({ ...found.operation, ...(idFromBody ? { idFromBody } : {}) })
  }
  const byAction = (action: ResourceAction) => placed.find((operation) => operation.action === action)
  if (!byAction('create') && !byAction('list')) {
    const reason = `neither its create nor its list can be answered from records (${left.map(([operation, why]) => `${operation.operationId}: ${why}`).join('; ')})`
    return {
      resource: undefined,
      left: [
        ...left,
        ...placed.map((operation): [Operation, string] => [
          candidates.find((candidate) => candidate.operation.operationId === operation.operationId)!.operation,
          reason,
        ]),
      ],
    }
  }
  const source = RECORD_SOURCES.map(byAction).find((operation) => operation?.placed !== undefined)
  if (source === undefined) return 'none of its answers holds a record'
  const recordSchema = source.action === 'list' ? readItems(document, source.placed) : source.placed
  const scope = [...collectionPath.matchAll(/\{([^{}]+)\}/g)].map((match) => match[1]!)
  const undeclaredNotFound = placed
    .filter((operation) => ITEM_ACTIONS_WITH_ID.has(operation.action))
    .filter((operation) => {
      const responses = candidates.find((candidate) => candidate.operation.operationId === operation.operationId)!
        .operation.responses
      return !('404' in responses || '4XX' in responses || '4xx' in responses || 'default' in responses)
    })
    .map((operation) => operation.operationId)
  return {
    resource: {
      collectionPath,
      ...(itemPath ? { itemPath } : {}),
      ...(idParameter ? { idParameter } : {}),
      idProperty,
      scope,
      recordSchema,
      operations: placed,
      undeclaredNotFound,
    },
    left,
  }
}

/** Where an operation's answer holds its record or list, or why it holds none that the mock could keep. */
function locate(
  document: OpenAPIV3_1.Document,
  candidate: Candidate,
  idCandidates: readonly string[],
  names: readonly string[],
): { operation: ResourceOperation; idProperty?: string } | string {
  const { operation, action, statement } = candidate
  const status = Object.keys(operation.responses).find((key) => /^2/.test(key))
  if (status === undefined) return 'it declares no success (2xx) response'
  const content = operation.responses[status]!.content ?? {}
  const types = Object.keys(content)
  const base: ResourceOperation = { operationId: operation.operationId, action, status }
  const needsBody = action === 'read' || action === 'list'
  if (types.length === 0)
    return needsBody ? `its ${status} answer has no body to hold the records` : { operation: base }
  const mediaType = types.find((type) => /^application\/(?:[\w.+-]+\+)?json(?:;|$)/i.test(type))
  if (mediaType === undefined) return `its ${status} answer is ${types.join(', ')}: only JSON records are kept`
  const schema = content[mediaType]!.schema
  if (schema === undefined)
    return needsBody ? `its ${status} answer declares no schema` : { operation: { ...base, mediaType } }
  const withBody: ResourceOperation = { ...base, mediaType, schema }
  if (action === 'list') {
    const stated = statement?.list
    const found = stated
      ? locateStated(document, schema, stated, idCandidates, true)
      : findListPlace(document, schema, idCandidates, names)
    if (!found) return `its ${status} answer holds no list of records with ${idCandidates.join(' or ')}`
    const { parameters } = operation
    return {
      idProperty: found.idProperty,
      operation: {
        ...withBody,
        pointer: found.pointer,
        placed: found.schema,
        fields: findListFields(document, schema, found.pointer),
        paging: detectPaging(document, parameters),
        filters: findFilters(document, parameters, found.items),
      },
    }
  }
  const stated = statement?.record
  const found = stated
    ? locateStated(document, schema, stated, idCandidates, false)
    : findRecordPlace(document, schema, idCandidates, names)
  if (!found) {
    if (action === 'remove' || action === 'create') return { operation: withBody }
    return `its ${status} answer holds no record with ${idCandidates.join(' or ')}`
  }
  return {
    idProperty: found.idProperty,
    operation: { ...withBody, pointer: found.pointer, placed: found.schema },
  }
}

/** The place `x-chatmock-resource` names (`record: /data`), checked to hold what it says. */
function locateStated(
  document: OpenAPIV3_1.Document,
  schema: unknown,
  pointer: readonly string[],
  idCandidates: readonly string[],
  list: boolean,
): { pointer: string[]; schema: unknown; idProperty: string; items: unknown } | undefined {
  const at = readSchemaAt(document, schema, pointer)
  if (at === undefined) return undefined
  const items = list ? readItems(document, at) : at
  if (items === undefined) return undefined
  const names = [...listSchemaProperties(document, items).keys()]
  const idProperty = idCandidates.find((candidate) => names.includes(candidate)) ?? idCandidates[0]!
  return { pointer: [...pointer], schema: at, idProperty, items }
}

/** A list's query parameters named as a property of its records (and not a paging one). */
function findFilters(
  document: OpenAPIV3_1.Document,
  parameters: readonly OpenAPIV3_1.ParameterObject[],
  items: unknown,
): Array<{ parameter: string; property: string }> {
  const paging = detectPaging(document, parameters)
  const pagingNames = new Set([paging.page, paging.size, paging.offset, paging.after, paging.before])
  const properties = [...listSchemaProperties(document, items).keys()]
  const filters: Array<{ parameter: string; property: string }> = []
  for (const parameter of parameters) {
    if (parameter.in !== 'query' || pagingNames.has(parameter.name)) continue
    const property =
      properties.find((name) => name === parameter.name) ??
      properties.find((name) => toNameKey(name) === toNameKey(parameter.name))
    if (property !== undefined) filters.push({ parameter: parameter.name, property })
  }
  return filters
}

/**
 * Why an id of a fixed set of values (an `enum` or `const` on the path's parameter) is no record's id: it names a kind (`/categories/{section}` of guides or reference).
 */
function findFixedId(
  document: OpenAPIV3_1.Document,
  candidates: readonly Candidate[],
  idParameter: string | undefined,
): string | undefined {
  const isFixed = (schema: unknown) => {
    const node = readSchema(document, schema)
    return node !== undefined && (Array.isArray(node.enum) || 'const' in node)
  }
  for (const { operation } of candidates) {
    const parameter = operation.parameters.find(
      (candidate) => candidate.in === 'path' && candidate.name === idParameter,
    )
    if (parameter && isFixed(parameter.schema))
      return `its path parameter ${idParameter} takes one of a fixed set of values: it names a kind, not a record`
  }
  return undefined
}

/** A path with its templates unnamed: `/accounts/{}`. */
function toShape(path: string): string {
  return path.replace(/\{[^{}]+\}/g, '{}').replace(/\/$/, '')
}

function isTemplate(segment: string): boolean {
  return /^\{[^{}]+\}$/.test(segment)
}

/** `contacts` → `contact`, `categories` → `category`: the name a wrapper may hold one record under. */
function toSingular(name: string): string {
  if (/ies$/.test(name)) return `${name.slice(0, -3)}y`
  if (/(s|x|ch|sh)es$/.test(name)) return name.slice(0, -2)
  return name.replace(/s$/, '')
}
