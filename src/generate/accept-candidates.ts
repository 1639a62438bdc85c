import type { GenerationContext } from './generation-context.js'
import type { SchemaShape } from './schema-shape.js'
import { hasJsonType, toStableJson } from './stable-json.js'
import { checkFormat } from './string-formats.js'

interface Accepted {
  candidates: unknown[]
  members?: unknown[]
}

const accepted = new WeakMap<SchemaShape, Partial<Record<GenerationContext['direction'], Accepted>>>()

/** The examples, defaults and enum members that are valid, per shape and direction: checked once, not per value. */
export function getAccepted(shape: SchemaShape, ctx: GenerationContext): Accepted {
  let byDirection = accepted.get(shape)
  if (!byDirection) accepted.set(shape, (byDirection = {}))
  return (byDirection[ctx.direction] ??= {
    candidates: shape.candidates.filter((value) => acceptsCandidate(shape, value, ctx)),
    ...(shape.enum !== undefined
      ? { members: shape.enum.filter((value) => acceptsCandidate(shape, value, ctx, true)) }
      : {}),
  })
}

/**
 * Whether a value from the document (an enum member, an example) is valid here: by the types and
 * enums alone when nothing else constrains it, else by the validators of the schemas as written.
 */
export function acceptsCandidate(shape: SchemaShape, value: unknown, ctx: GenerationContext, member = false): boolean {
  if (value === undefined) return false
  if (shape.constrained) return shape.sources.every((source) => ctx.check(source.schema, value))
  if (shape.types !== undefined && !hasJsonType(value, shape.types)) return false
  if (!member && shape.enum !== undefined && !shape.enum.some((other) => toStableJson(other) === toStableJson(value)))
    return false
  if (shape.consts.some((other) => toStableJson(other) !== toStableJson(value))) return false
  return typeof value !== 'string' || shape.formats.every((format) => checkFormat(format, value))
}
