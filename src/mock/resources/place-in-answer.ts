import type { Faker } from '@faker-js/faker'
import type { OpenAPIV3_1 } from 'openapi-types'
import { generateFromSchema } from '../../generate/generate-from-schema.js'
import { checkSchema } from '../../generate/schema-validators.js'
import { listSchemaProperties, readItems, readSchema } from '../../openapi/find-record-place.js'
import type { ListField, Resource, ResourceOperation } from '../../api/resource-plan.js'
import type { RecordPage } from './page-records.js'

export interface PlaceContext {
  document: OpenAPIV3_1.Document
  faker: Faker
  /** Seeds the faker for an operation's wrapper: the same wrapper for every answer of it. */
  seedOf(operationId: string): number
  /** Generated wrappers, by operationId. */
  wrappers: Map<string, unknown>
}

/**
 * The answer of a resource operation: the record (or the page's records) where the operation's
 * answer holds it, in the wrapper its schema declares (generated once per operation), with a
 * list's `total`/`next`/`has_more` fields saying where the page stands. A record is shown as the
 * operation declares it: a closed schema of its own (a list's summary) gets only its properties.
 */
export function placeInAnswer(
  context: PlaceContext,
  resource: Resource,
  operation: ResourceOperation,
  value: Record<string, unknown> | RecordPage<Record<string, unknown>>,
  nextUrl?: (next: number | string) => string,
): unknown {
  const pointer = operation.pointer ?? []
  const isPage = operation.action === 'list'
  const shown = readShownProperties(context.document, resource, operation)
  const show = (record: Record<string, unknown>) =>
    shown ? Object.fromEntries(Object.entries(record).filter(([name]) => shown.has(name))) : record
  const placed = isPage
    ? (value as RecordPage<Record<string, unknown>>).items.map(show)
    : show(value as Record<string, unknown>)
  if (pointer.length === 0) return placed
  const wrapper = structuredClone(buildWrapper(context, operation)) as Record<string, unknown>
  setAt(wrapper, pointer, placed)
  if (isPage) fillListFields(context.document, operation, wrapper, value as RecordPage<unknown>, nextUrl)
  return wrapper
}

function buildWrapper(context: PlaceContext, operation: ResourceOperation): unknown {
  let wrapper = context.wrappers.get(operation.operationId)
  if (wrapper === undefined) {
    context.faker.seed(context.seedOf(operation.operationId))
    wrapper = generateFromSchema(operation.schema, {
      document: context.document,
      direction: 'response',
      faker: context.faker,
      strict: false,
    })
    if (typeof wrapper !== 'object' || wrapper === null || Array.isArray(wrapper)) wrapper = {}
    context.wrappers.set(operation.operationId, wrapper)
  }
  return wrapper
}

const shownProperties = new WeakMap<ResourceOperation, ReadonlySet<string> | null>()

/**
 * The properties an operation shows of a record, when its schema is another than the record's and
 * is closed (a list's summary); null when it shows the record as it is. Read once per operation.
 */
function readShownProperties(
  document: OpenAPIV3_1.Document,
  resource: Resource,
  operation: ResourceOperation,
): ReadonlySet<string> | null {
  let shown = shownProperties.get(operation)
  if (shown === undefined) {
    const target = operation.action === 'list' ? readItems(document, operation.placed) : operation.placed
    const node = readSchema(document, target)
    const closed = node?.additionalProperties === false || node?.unevaluatedProperties === false
    shown =
      node && closed && node !== readSchema(document, resource.recordSchema)
        ? new Set(listSchemaProperties(document, target).keys())
        : null
    shownProperties.set(operation, shown)
  }
  return shown
}

function setAt(root: Record<string, unknown>, pointer: readonly string[], value: unknown): void {
  let node = root
  for (const key of pointer.slice(0, -1)) {
    const child = node[key]
    if (typeof child !== 'object' || child === null || Array.isArray(child)) node[key] = {}
    node = node[key] as Record<string, unknown>
  }
  node[pointer.at(-1)!] = value
}

/** Each wrapper field with the page's value of its role, where its schema takes it; on the last page `next` is null, or left out. */
function fillListFields(
  document: OpenAPIV3_1.Document,
  operation: ResourceOperation,
  wrapper: Record<string, unknown>,
  page: RecordPage<unknown>,
  nextUrl: ((next: number | string) => string) | undefined,
): void {
  for (const field of operation.fields ?? []) {
    const schema = readSchemaAtPointer(document, operation.schema, field.pointer)
    const wanted = valueOf(field, page, nextUrl)
    const candidates = wanted === undefined ? [null] : [wanted, ...(typeof wanted === 'number' ? [String(wanted)] : [])]
    const fit = candidates.find((candidate) => checkSchema(document, false, 'response', schema, candidate))
    const name = field.pointer.at(-1)!
    const holder =
      readHolder(wrapper, field.pointer) ?? addHolder(document, operation.schema, wrapper, field.pointer, fit)
    if (!holder) continue
    if (fit !== undefined) holder[name] = fit
    else if (wanted === undefined && !isRequired(document, operation.schema, field.pointer)) delete holder[name]
  }
}

function valueOf(
  field: ListField,
  page: RecordPage<unknown>,
  nextUrl: ((next: number | string) => string) | undefined,
): unknown {
  switch (field.role) {
    case 'total':
      return page.total
    case 'totalPages':
      return Math.max(1, Math.ceil(page.total / Math.max(1, page.size)))
    case 'page':
      return page.page
    case 'size':
      return page.size
    case 'offset':
      return page.offset
    case 'hasMore':
      return page.hasMore
    case 'next':
      return page.next
    case 'nextUrl':
      return page.next === undefined || !nextUrl ? undefined : nextUrl(page.next)
  }
}

function readSchemaAtPointer(document: OpenAPIV3_1.Document, schema: unknown, pointer: readonly string[]): unknown {
  let node = schema
  for (const key of pointer) node = listSchemaProperties(document, node).get(key) ?? {}
  return node
}

function readHolder(root: Record<string, unknown>, pointer: readonly string[]): Record<string, unknown> | undefined {
  let node: unknown = root
  for (const key of pointer.slice(0, -1)) {
    if (typeof node !== 'object' || node === null) return undefined
    node = (node as Record<string, unknown>)[key]
  }
  return typeof node === 'object' && node !== null && !Array.isArray(node)
    ? (node as Record<string, unknown>)
    : undefined
}

/**
 * The object a field goes into, made where the generated wrapper left it out (an optional
 * `links`), when the field's value alone keeps that object's schema.
 */
function addHolder(
  document: OpenAPIV3_1.Document,
  schema: unknown,
  wrapper: Record<string, unknown>,
  pointer: readonly string[],
  value: unknown,
): Record<string, unknown> | undefined {
  if (value === undefined || value === null || pointer.length < 2) return undefined
  const parent = readHolder(wrapper, pointer.slice(0, -1))
  const holder = { [pointer.at(-1)!]: value }
  if (
    !parent ||
    !checkSchema(document, false, 'response', readSchemaAtPointer(document, schema, pointer.slice(0, -1)), holder)
  )
    return undefined
  parent[pointer.at(-2)!] = holder
  return holder
}

function isRequired(document: OpenAPIV3_1.Document, schema: unknown, pointer: readonly string[]): boolean {
  const parent = readSchemaAtPointer(document, schema, pointer.slice(0, -1))
  const required = (readSchema(document, parent)?.required as unknown[] | undefined) ?? []
  return required.includes(pointer.at(-1))
}
