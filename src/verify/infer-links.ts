import type { Api } from '../api/api.js'
import type { Resource, ResourceOperation } from '../api/resource-plan.js'
import type { ApiSpec } from '../api/spec.js'
import { inferResources } from '../openapi/infer-resources.js'

export interface PlannedLink {
  operationId: string
  /** Parameter name → runtime expression or literal. */
  parameters: Record<string, unknown>
}

/** The order a record's item operations run in after it is made: read it, change it, then remove it. */
const ITEM_ORDER = ['read', 'merge', 'replace', 'remove'] as const

/**
 * The links a document's resources imply, as OpenAPI links would state them: a resource's create
 * (else its list) feeds its item operations the id it answered, and a nested resource's create and
 * list take their parent's, so that a provider that keeps state (a real one, or chatmock) is asked
 * about records it holds. Only for a document of the user's own: a built-in API states its links.
 */
export function inferLinks(api: ApiSpec & Partial<Pick<Api, 'createStore'>>): Map<string, PlannedLink[]> {
  const links = new Map<string, PlannedLink[]>()
  if (api.createStore) return links
  const plan = inferResources(api)
  const add = (source: string, link: PlannedLink) => links.set(source, [...(links.get(source) ?? []), link])
  const byPath = new Map(plan.resources.map((resource) => [resource.collectionPath, resource]))
  for (const resource of plan.resources) {
    const source = findSource(resource)
    if (source && resource.idParameter) {
      const id = readIdExpression(resource, source)
      for (const action of ITEM_ORDER)
        for (const target of resource.operations.filter(
          (operation) => operation.action === action && !operation.idFromBody,
        ))
          add(source.operationId, {
            operationId: target.operationId,
            parameters: { ...carryScope(resource.scope), [resource.idParameter]: id },
          })
    }
    const parent = resource.parent === undefined ? undefined : byPath.get(resource.parent)
    const parentSource = parent && findSource(parent)
    if (!parent || !parentSource) continue
    const parentId = readIdExpression(parent, parentSource)
    for (const target of resource.operations.filter(
      (operation) => operation.action === 'create' || operation.action === 'list',
    ))
      add(parentSource.operationId, {
        operationId: target.operationId,
        parameters: { ...carryScope(resource.scope.slice(0, -1)), [resource.scope.at(-1)!]: parentId },
      })
  }
  // A record's children are asked about before it is removed.
  const rank = (link: PlannedLink) => {
    const action = plan.find(link.operationId)?.operation.action
    return action === 'remove' ? 2 : action === 'create' || action === 'list' ? 1 : 0
  }
  for (const [source, list] of links)
    links.set(
      source,
      [...list].sort((a, b) => rank(a) - rank(b)),
    )
  return links
}

/** Where a resource's records come from for its item operations: the create's answer, else the list's first record. */
function findSource(resource: Resource): ResourceOperation | undefined {
  const placed = (action: string) =>
    resource.operations.find((operation) => operation.action === action && operation.pointer !== undefined)
  return placed('create') ?? placed('list')
}

function readIdExpression(resource: Resource, source: ResourceOperation): string {
  const pointer = [...source.pointer!, ...(source.action === 'list' ? ['0'] : []), resource.idProperty]
  return `$response.body#/${pointer.map((key) => key.replace(/~/g, '~0').replace(/\//g, '~1')).join('/')}`
}

/** The scope's path parameters as the source request named them. */
function carryScope(scope: readonly string[]): Record<string, string> {
  return Object.fromEntries(scope.map((name) => [name, `$request.path.${name}`]))
}
