import type { OpenAPIV3_1 } from 'openapi-types'
import { resolveRef } from '../openapi/resolve-ref.js'
import type { ApiSpec, Operation } from '../api/spec.js'
import { inferLinks, type PlannedLink } from './infer-links.js'

export interface PlannedStep {
  operation: Operation
  /** Where this step's parameters come from: the response of an earlier step, through a link. */
  linkedFrom?: { step: number; link: PlannedLink }
}

/**
 * The order to call the operations in: the spec's order, except that an operation that another's
 * success response links to (a create's id feeding get, update, delete and restore) runs right
 * after that operation, in the order the links are written, with the values they carry; its own
 * links are followed the same way. An operation that states no links gets those its document's
 * resources imply (a create's id to its read, merge, replace and remove).
 */
export function planOperations(api: ApiSpec, only?: readonly string[]): PlannedStep[] {
  const chosen = (id: string) => only === undefined || only.includes(id)
  const inferred = inferLinks(api)
  // A document's own links win; an operation without any gets those its resources imply.
  const declared = new Map(
    api.operations.map((operation) => [operation.operationId, successLinks(api.document, operation)]),
  )
  const stated = new Set([...declared.values()].flatMap((links) => links.map((link) => link.operationId)))
  const linksBySource = new Map(
    api.operations.map((operation) => {
      const own = declared.get(operation.operationId)!
      const implied = (inferred.get(operation.operationId) ?? []).filter((link) => !stated.has(link.operationId))
      return [operation.operationId, own.length > 0 ? own : implied]
    }),
  )
  // Operations a chosen operation links to run after it, not in their own place.
  const linked = new Set(
    [...linksBySource]
      .filter(([source]) => chosen(source))
      .flatMap(([, links]) => links.map((link) => link.operationId)),
  )
  const steps: PlannedStep[] = []
  // A linked operation's own links are followed too (contact → conversation → message), never around a cycle.
  const visit = (operation: Operation, chain: ReadonlySet<string>, linkedFrom?: PlannedStep['linkedFrom']) => {
    const index = steps.push(linkedFrom ? { operation, linkedFrom } : { operation }) - 1
    for (const link of linksBySource.get(operation.operationId) ?? []) {
      const target = api.operationsById.get(link.operationId)
      if (target && chosen(target.operationId) && !chain.has(target.operationId))
        visit(target, new Set([...chain, target.operationId]), { step: index, link })
    }
  }
  for (const operation of api.operations) {
    if (linked.has(operation.operationId) || !chosen(operation.operationId)) continue
    visit(operation, new Set([operation.operationId]))
  }
  return steps
}

function successLinks(document: OpenAPIV3_1.Document, operation: Operation): PlannedLink[] {
  const success = Object.entries(operation.responses).find(([status]) => /^2/.test(status))?.[1]
  return Object.values(success?.links ?? {})
    .map((link) => resolveRef<OpenAPIV3_1.LinkObject>(document, link))
    .filter((link): link is OpenAPIV3_1.LinkObject & { operationId: string } => typeof link.operationId === 'string')
    .map((link) => ({ operationId: link.operationId, parameters: (link.parameters ?? {}) as Record<string, unknown> }))
}
