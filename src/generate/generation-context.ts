import type { Faker } from '@faker-js/faker'
import type { OpenAPIV3_1 } from 'openapi-types'
import type { ValidationDirection } from '../contract/create-ajv.js'

/** A schema and where it sits: a JSON pointer into the document, or relative to the root schema ('' is the root). */
export interface Located {
  schema: unknown
  pointer: string
}

/** Everything a generator needs while it walks one schema; copied, never mutated, as it descends. */
export interface GenerationContext {
  document: OpenAPIV3_1.Document
  direction: ValidationDirection['direction']
  faker: Faker
  /** Whether `schema` (a part of a schema of the document) accepts `value` in this direction. */
  check(schema: unknown, value: unknown): boolean
  /** Smallest structures only (no optional properties, fewest items, null first): past a recursion or depth limit. */
  minimal: boolean
  depth: number
  /** The `$ref`s open on the path from the root, to notice recursion. */
  refChain: readonly string[]
  /** The property name the value is for, a hint towards realistic data (`email`, `city`…). */
  hint?: string
  /** Values to try first (a discriminator's value for its property). */
  preferred?: readonly unknown[]
  /**
   * A user's document, read as OpenAPI reads it: a required readOnly property is required in
   * responses only, a required writeOnly one in requests only. The built-in specs are strict.
   */
  lenient: boolean
  /** Steps taken so far by this attempt, shared by every context of it: see STEP_LIMIT. */
  steps: { taken: number }
}

/** A recursion of the same `$ref` deeper than this turns minimal, so recursive schemas stay small. */
const REPEATED_REF_LIMIT = 2
/** Values nested deeper than this turn minimal. */
const SOFT_DEPTH_LIMIT = 10
/** A schema that still nests here requires itself without end. */
export const HARD_DEPTH_LIMIT = 48
/**
 * The most values one attempt descends into. A document's recursive, branching schemas (a
 * language's syntax tree as `oneOf`s of nodes that hold nodes) can take longer than anyone waits:
 * past this the attempt gives up, and the answer says so, rather than holding the process forever.
 */
const STEP_LIMIT = 5_000

/** The context of a value one level down: a property's (named by `hint`) or an item's. */
export function descend(ctx: GenerationContext, hint?: string, preferred?: readonly unknown[]): GenerationContext {
  if (++ctx.steps.taken > STEP_LIMIT)
    throw new StepsExhausted(`no value found within ${STEP_LIMIT} steps: its schemas branch and recurse too much`)
  const depth = ctx.depth + 1
  return createContext(ctx, ctx.minimal || depth > SOFT_DEPTH_LIMIT, depth, ctx.refChain, hint, preferred)
}

/** The context inside `$ref`s just followed: minimal once the same one recurses too often. */
export function enterRefs(ctx: GenerationContext, refs: readonly string[]): GenerationContext {
  const repeated = refs.some((ref) => ctx.refChain.filter((open) => open === ref).length >= REPEATED_REF_LIMIT)
  return createContext(ctx, ctx.minimal || repeated, ctx.depth, [...ctx.refChain, ...refs], ctx.hint, ctx.preferred)
}

// Written out rather than spread: one object shape for every context keeps the hot path fast.
function createContext(
  ctx: GenerationContext,
  minimal: boolean,
  depth: number,
  refChain: readonly string[],
  hint: string | undefined,
  preferred: readonly unknown[] | undefined,
): GenerationContext {
  return {
    document: ctx.document,
    direction: ctx.direction,
    faker: ctx.faker,
    check: ctx.check,
    minimal,
    depth,
    refChain,
    hint,
    preferred,
    lenient: ctx.lenient,
    steps: ctx.steps,
  }
}

/** No value satisfies the schema at `pointer` (or none was found): alternatives catch it and try another way. */
export class UnsatisfiableSchema extends Error {
  constructor(
    readonly pointer: string,
    readonly reason: string,
  ) {
    super(`${reason} (${pointer || '#'})`)
    this.name = 'UnsatisfiableSchema'
  }
}

/**
 * An attempt ran out of steps (STEP_LIMIT). Not an UnsatisfiableSchema: no alternative catches it
 * to try the next branch (each would run out at once); the whole attempt stops.
 */
export class StepsExhausted extends Error {
  constructor(readonly reason: string) {
    super(reason)
    this.name = 'StepsExhausted'
  }
}

export function isUnsatisfiable(error: unknown): error is UnsatisfiableSchema {
  return error instanceof UnsatisfiableSchema
}

/** The pointer of a named property of a part. */
export function toPropertyPointer(pointer: string, keyword: string, name: string): string {
  return `${pointer}/${keyword}/${toPointerSegment(name)}`
}

/** Escapes a name for a JSON pointer segment. */
function toPointerSegment(name: string | number): string {
  return String(name).replace(/~/g, '~0').replace(/\//g, '~1')
}
