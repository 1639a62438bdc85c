import { isReference, resolveRef } from '../openapi/resolve-ref.js'
import type { GenerationContext, Located } from './generation-context.js'

/** Branches in a drawn order, or smallest first when minimal. */
export function orderBranches(branches: Located[], ctx: GenerationContext): Located[] {
  if (!ctx.minimal) return ctx.faker.helpers.shuffle([...branches])
  return [...branches].sort((a, b) => measureBranch(a, ctx) - measureBranch(b, ctx))
}

/** How big the smallest value of a branch tends to be: null first, then other scalars, then the rest. */
function measureBranch({ schema }: Located, ctx: GenerationContext): number {
  const target = isReference(schema) ? resolveRef<unknown>(ctx.document, schema) : schema
  if (typeof target !== 'object' || target === null) return 1
  const { type, const: constant } = target as { type?: unknown; const?: unknown }
  const types = [type].flat()
  if (types.includes('null') || constant === null) return 0
  return types.some((name) => name === 'object' || name === 'array') || 'properties' in target ? 2 : 1
}
