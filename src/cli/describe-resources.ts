import type { Api } from '../api/api.js'
import type { ApiSpec } from '../api/spec.js'
import type { Paging, ResourceOperation } from '../api/resource-plan.js'
import { inferResources } from '../openapi/infer-resources.js'

/** What `chatmock spec <file> --resources` prints: each resource inferred, and each operation left stateless with why. */
export function describeResources(
  api: ApiSpec & Partial<Pick<Api, 'stateful' | 'createStore'>>,
  format: 'text' | 'json',
): string {
  if (api.createStore)
    return `${api.id} keeps its state in a store of its own, not in resources inferred from its document: --resources describes documents of yours.\n`
  const plan = inferResources(api)
  const operation = (id: string) => api.operationsById.get(id)!
  if (format === 'json') {
    const resources = plan.resources.map((resource) => ({
      collection: resource.collectionPath,
      ...(resource.itemPath ? { item: resource.itemPath } : {}),
      idProperty: resource.idProperty,
      scope: resource.scope,
      ...(resource.parent ? { parent: resource.parent } : {}),
      operations: resource.operations.map((planned) => ({
        operationId: planned.operationId,
        action: planned.action,
        method: operation(planned.operationId).method.toUpperCase(),
        path: operation(planned.operationId).path,
        status: planned.status,
        ...(planned.pointer ? { at: toPointer(planned.pointer) } : {}),
        ...(planned.paging ? { paging: describePaging(planned.paging) } : {}),
        ...(planned.fields?.length
          ? { fields: planned.fields.map((field) => ({ role: field.role, at: toPointer(field.pointer) })) }
          : {}),
        ...(planned.filters?.length ? { filters: planned.filters.map((filter) => filter.parameter) } : {}),
      })),
      ...(resource.undeclaredNotFound.length > 0 ? { undeclaredNotFound: resource.undeclaredNotFound } : {}),
    }))
    const stateless = plan.stateless.map((left) => ({ ...left, method: left.method.toUpperCase() }))
    return `${JSON.stringify({ api: api.id, stateful: api.stateful === true, resources, stateless }, null, 2)}\n`
  }
  const lines: string[] = []
  if (!api.stateful && plan.resources.length > 0)
    lines.push('Stateless (--stateless): these resources are inferred, and no records are kept.', '')
  lines.push(
    plan.resources.length === 0
      ? 'No resources: no collection path (/things) with a create or a list and an item path (/things/{id}).'
      : `Resources (${plan.resources.length}): their records are kept, seeded with the document's examples, else generated.`,
  )
  for (const resource of plan.resources) {
    lines.push('', resource.collectionPath)
    if (resource.itemPath) lines.push(`  item path    ${resource.itemPath}`)
    lines.push(`  id property  ${resource.idProperty}`)
    if (resource.scope.length > 0)
      lines.push(
        `  scope        ${resource.scope.join(', ')}${resource.parent ? ` (records of ${resource.parent})` : ''}`,
      )
    const rows = resource.operations.map((planned) => {
      const source = operation(planned.operationId)
      return [planned.action, source.method.toUpperCase(), source.path, planned.operationId, describeOperation(planned)]
    })
    const widths = [0, 1, 2, 3].map((column) => Math.max(...rows.map((row) => row[column]!.length)))
    rows.forEach((row, index) => {
      const text = row
        .map((cell, column) => (column < 4 ? cell.padEnd(widths[column]!) : cell))
        .join('  ')
        .trimEnd()
      lines.push(`  ${index === 0 ? 'operations' : '          '}   ${text}`)
    })
    if (resource.undeclaredNotFound.length > 0)
      lines.push(
        `  warning      answers 404 for a missing record without declaring it: ${resource.undeclaredNotFound.join(', ')}`,
      )
  }
  if (plan.stateless.length > 0) {
    lines.push('', `Stateless operations (${plan.stateless.length}), answered from the document alone:`)
    for (const left of plan.stateless)
      lines.push(`  ${left.method.toUpperCase()} ${left.path} (${left.operationId}): ${left.reason}`)
  }
  lines.push('', 'x-chatmock-resource on a path or an operation states or corrects this; --stateless turns it off.')
  return `${lines.join('\n')}\n`
}

function describeOperation(planned: ResourceOperation): string {
  const parts: string[] = []
  if (planned.mediaType === undefined) parts.push(`answers ${planned.status} with no body`)
  else if (planned.pointer === undefined) parts.push(`answers ${planned.status} from the document`)
  else
    parts.push(
      planned.pointer.length === 0
        ? `answers ${planned.status}`
        : `answers ${planned.status}, at ${toPointer(planned.pointer)}`,
    )
  if (planned.paging && planned.paging.style !== 'none') parts.push(`pages by ${describePaging(planned.paging)}`)
  if (planned.fields?.length) parts.push(`fills ${planned.fields.map((field) => toPointer(field.pointer)).join(', ')}`)
  if (planned.filters?.length) parts.push(`filters by ${planned.filters.map((filter) => filter.parameter).join(', ')}`)
  if (planned.idFromBody) parts.push('the id from the body')
  return parts.join('; ')
}

function describePaging(paging: Paging): string {
  const names = [paging.page, paging.offset, paging.after, paging.before, paging.size].filter(Boolean)
  return paging.style === 'none' ? 'none' : `${names.join('/')} (${paging.style})`
}

function toPointer(pointer: readonly string[]): string {
  return pointer.length === 0
    ? '""'
    : `/${pointer.map((key) => key.replace(/~/g, '~0').replace(/\//g, '~1')).join('/')}`
}
