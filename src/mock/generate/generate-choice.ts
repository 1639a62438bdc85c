import { isReference, resolveRef } from '../../spec/resolve-ref.js'
import { addToShape, collectShape } from './collect-shape.js'
import { getPropertySchemas } from './generate-object.js'
import { generateShape } from './generate-shape.js'
import { isUnsatisfiable, UnsatisfiableSchema, type GenerationContext, type Located } from './generation-context.js'
import { copyShape, type Choice, type Condition, type SchemaShape } from './schema-shape.js'
import { copyJson } from './stable-json.js'

/**
 * Meets the shape's first `anyOf`/`oneOf` (or `if`/`dependentSchemas`) by merging one branch into it
 * and generating from that, the rest in turn; a `oneOf` value must fail every other branch, an `if`
 * value must take the way chosen. Branches are tried in a drawn order, smallest first when minimal.
 */
export function generateChosen(shape: SchemaShape, ctx: GenerationContext): unknown {
  if (shape.choices.length > 0) return generateFromChoice(shape, ctx)
  return generateFromCondition(shape, ctx)
}

function generateFromChoice(shape: SchemaShape, ctx: GenerationContext): unknown {
  const [choice, ...rest] = shape.choices as [Choice, ...Choice[]]
  let failure: UnsatisfiableSchema | undefined
  for (const branch of orderBranches(choice.branches, ctx)) {
    const merged = mergeBranch(shape, branch, ctx, (copy) => {
      copy.choices = rest
      const discriminated = getDiscriminatorValue(choice, branch)
      if (discriminated !== undefined) copy.preferredProperties.push([choice.discriminator!.propertyName, discriminated])
    })
    for (let attempt = 0; attempt < 2; attempt++) {
      let value: unknown
      try {
        value = generateShape(merged, ctx)
      } catch (error) {
        if (!isUnsatisfiable(error)) throw error
        failure ??= error
        break
      }
      if (choice.kind === 'anyOf') return value
      const others = choice.branches.filter((other) => other !== branch)
      if (others.every((other) => !ctx.check(other.schema, value))) return value
      const separated = separateObject(value, others, merged, ctx)
      if (separated !== undefined) return separated
    }
  }
  throw failure ?? new UnsatisfiableSchema(choice.pointer, 'no value found that matches exactly one branch of its oneOf')
}

const merges = new WeakMap<SchemaShape, Map<unknown, SchemaShape>>()

/**
 * The shape with a branch merged in (cached per shape and branch, as shapes are: the same merge for
 * every value). The shape's `$ref`s are entered already; the copy keeps only the branch's as new.
 */
function mergeBranch(shape: SchemaShape, branch: Located | Located[], ctx: GenerationContext, adjust: (copy: SchemaShape) => void): SchemaShape {
  let byBranch = merges.get(shape)
  if (!byBranch) merges.set(shape, (byBranch = new Map()))
  let merged = byBranch.get(branch)
  if (!merged) {
    merged = copyShape(shape)
    merged.refs = []
    // Before the branch: the branch may bring choices and conditions of its own.
    adjust(merged)
    for (const located of [branch].flat()) addToShape(merged, located, ctx.document)
    byBranch.set(branch, merged)
  }
  return merged
}

/** Values a property schema is likely to refuse, tried in turn to make an object fail a branch. */
const MISFITS: readonly unknown[] = [null, 'x', 0, 0.5, true, [], {}]

/**
 * An object that matches several branches of a `oneOf` (branches of optional properties, none
 * closed) made to fail the others: a property another branch declares and this one leaves free
 * gets a value that branch refuses. Undefined when there is no such property.
 */
function separateObject(value: unknown, others: Located[], merged: SchemaShape, ctx: GenerationContext): Record<string, unknown> | undefined {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return undefined
  const object = { ...(value as Record<string, unknown>) }
  for (const other of others) {
    if (!ctx.check(other.schema, object)) continue
    const theirs = collectShape([other], ctx.document)
    const names = [...new Set(theirs.objects.flatMap((part) => Object.keys(part.properties)))]
    const broken = names.some((name) => {
      const ours = getPropertySchemas(merged, name)
      if (Object.hasOwn(object, name) || ours === undefined || merged.forbidden.includes(name)) return false
      const refused = getPropertySchemas(theirs, name) ?? []
      const misfit = MISFITS.find((candidate) => refused.some((located) => !ctx.check(located.schema, candidate)) && ours.every((located) => ctx.check(located.schema, candidate)))
      if (misfit === undefined) return false
      object[name] = copyJson(misfit)
      return true
    })
    if (!broken) return undefined
  }
  return others.every((other) => !ctx.check(other.schema, object)) ? object : undefined
}

function generateFromCondition(shape: SchemaShape, ctx: GenerationContext): unknown {
  const [condition, ...rest] = shape.conditions as [Condition, ...Condition[]]
  const ways = ctx.minimal ? [false, true] : ctx.faker.helpers.shuffle([true, false])
  let failure: UnsatisfiableSchema | undefined
  for (const way of ways) {
    const merged = mergeBranch(shape, way ? condition.then : condition.else, ctx, (copy) => {
      copy.conditions = rest
      if (!way && condition.elseForbids !== undefined) copy.forbidden.push(condition.elseForbids)
    })
    for (let attempt = 0; attempt < 2; attempt++) {
      let value: unknown
      try {
        value = generateShape(merged, ctx)
      } catch (error) {
        if (!isUnsatisfiable(error)) throw error
        failure ??= error
        break
      }
      if (testCondition(condition, value, ctx) === way) return value
    }
  }
  throw failure ?? new UnsatisfiableSchema(condition.pointer, 'no value found that takes either way of its condition')
}

function testCondition(condition: Condition, value: unknown, ctx: GenerationContext): boolean {
  if ('property' in condition.test) return typeof value === 'object' && value !== null && !Array.isArray(value) && Object.hasOwn(value, condition.test.property)
  return ctx.check(condition.test.schema, value)
}

function orderBranches(branches: Located[], ctx: GenerationContext): Located[] {
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

/** A discriminator's value for a `$ref` branch: its mapping's name for it, else the component's name. */
function getDiscriminatorValue(choice: Choice, branch: Located): string | undefined {
  const ref = (branch.schema as { $ref?: unknown } | null)?.$ref
  if (!choice.discriminator || typeof ref !== 'string') return undefined
  const name = ref.split('/').pop()!
  const mapped = Object.entries(choice.discriminator.mapping).find(([, target]) => target === ref || target === name)
  return mapped ? mapped[0] : name
}
