import { addToShape } from './collect-shape.js'
import { generateShape } from './generate-shape.js'
import { isUnsatisfiable, UnsatisfiableSchema, type GenerationContext, type Located } from './generation-context.js'
import { orderBranches } from './order-branches.js'
import { copyShape, type Choice, type Condition, type SchemaShape } from './schema-shape.js'
import { separateObject } from './separate-object.js'

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
      if (discriminated !== undefined)
        copy.preferredProperties.push([choice.discriminator!.propertyName, discriminated])
    })
    for (let attempt = 0; attempt < 2; attempt++) {
      let value: unknown
      try {
        // A minimal value (an empty array, an object of no properties) may meet every branch: the second try is full.
        value = generateShape(merged, attempt === 0 || !ctx.minimal ? ctx : { ...ctx, minimal: false })
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
  throw (
    failure ?? new UnsatisfiableSchema(choice.pointer, 'no value found that matches exactly one branch of its oneOf')
  )
}

const merges = new WeakMap<SchemaShape, Map<unknown, SchemaShape>>()

/**
 * The shape with a branch merged in (cached per shape and branch, as shapes are: the same merge for
 * every value). The shape's `$ref`s are entered already; the copy keeps only the branch's as new.
 */
function mergeBranch(
  shape: SchemaShape,
  branch: Located | Located[],
  ctx: GenerationContext,
  adjust: (copy: SchemaShape) => void,
): SchemaShape {
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
        // A minimal value (an empty array, an object of no properties) may meet every branch: the second try is full.
        value = generateShape(merged, attempt === 0 || !ctx.minimal ? ctx : { ...ctx, minimal: false })
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
  if ('property' in condition.test)
    return (
      typeof value === 'object' &&
      value !== null &&
      !Array.isArray(value) &&
      Object.hasOwn(value, condition.test.property)
    )
  return ctx.check(condition.test.schema, value)
}

/** A discriminator's value for a `$ref` branch: its mapping's name for it, else the component's name. */
function getDiscriminatorValue(choice: Choice, branch: Located): string | undefined {
  const ref = (branch.schema as { $ref?: unknown } | null)?.$ref
  if (!choice.discriminator || typeof ref !== 'string') return undefined
  const name = ref.split('/').pop()!
  const mapped = Object.entries(choice.discriminator.mapping).find(([, target]) => target === ref || target === name)
  return mapped ? mapped[0] : name
}
