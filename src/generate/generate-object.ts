import { collectShape } from './collect-shape.js'
import { countExtras, draftExtraName } from './extra-properties.js'
import { generateLocated } from './generate-shape.js'
import {
  descend,
  isUnsatisfiable,
  toPropertyPointer,
  UnsatisfiableSchema,
  type GenerationContext,
  type Located,
} from './generation-context.js'
import { allowsName, getPropertySchemas } from './property-schemas.js'
import type { SchemaShape } from './schema-shape.js'

const OPTIONAL_PROBABILITY = 0.8

/** What a shape says of its declared properties, worked out once per shape and direction. */
interface ObjectPlan {
  declared: string[]
  required: Set<string>
  /** The schemas each allowed name must meet (`true` for a name no part describes). */
  schemas: Map<string, Located[]>
  /** Why a required property cannot be given: the shape does not allow it, or the direction refuses it. */
  blocked?: UnsatisfiableSchema
  preferred: Map<string, unknown[]>
}

const plans = new WeakMap<SchemaShape, Map<string, ObjectPlan>>()

/**
 * An object with its required properties and most optional ones (none when minimal), in the order
 * the schema declares them, closed over `dependentRequired`, within `minProperties`/`maxProperties`;
 * a few extra properties where `additionalProperties` or `patternProperties` invite them. A property
 * the direction refuses (readOnly in a request, writeOnly in a response) is left out.
 */
export function generateObject(shape: SchemaShape, ctx: GenerationContext): Record<string, unknown> {
  const plan = getPlan(shape, ctx)
  if (plan.blocked !== undefined) throw plan.blocked
  const allows = (name: string) =>
    plan.schemas.has(name) || (!plan.declared.includes(name) && allowsName(shape, name, ctx))
  const chosen = new Set<string>()
  for (const name of plan.declared) {
    if (
      plan.required.has(name) ||
      (plan.schemas.has(name) &&
        (plan.preferred.has(name) ||
          (!ctx.minimal && ctx.faker.datatype.boolean({ probability: OPTIONAL_PROBABILITY }))))
    )
      chosen.add(name)
  }
  if (shape.dependentRequired.length > 0) addDependencies(shape, chosen, allows)
  const maxProperties = shape.maxProperties ?? Infinity
  if (chosen.size > maxProperties)
    for (const name of [...chosen].reverse())
      if (chosen.size > maxProperties && !plan.required.has(name)) chosen.delete(name)
  if (chosen.size > maxProperties)
    throw new UnsatisfiableSchema(shape.pointer, `it requires more than maxProperties ${maxProperties} properties`)
  const minProperties = shape.minProperties ?? 0
  if (chosen.size < minProperties)
    for (const name of plan.declared)
      if (chosen.size < minProperties && !chosen.has(name) && plan.schemas.has(name)) chosen.add(name)
  const extras = ctx.minimal ? 0 : countExtras(shape, ctx)
  const extraNames: string[] = []
  for (
    let attempt = 0;
    attempt < 8 && chosen.size < maxProperties && (chosen.size < minProperties || extraNames.length < extras);
    attempt++
  ) {
    const name = draftExtraName(shape, ctx)
    if (name === undefined || chosen.has(name) || plan.declared.includes(name) || !allows(name)) continue
    chosen.add(name)
    extraNames.push(name)
  }
  const object: Record<string, unknown> = {}
  for (const name of [...plan.declared.filter((name) => chosen.has(name)), ...extraNames]) {
    const located = plan.schemas.get(name) ?? withAnything(shape, getPropertySchemas(shape, name)!, name)
    try {
      object[name] = generateLocated(located, descend(ctx, name, plan.preferred.get(name)))
    } catch (error) {
      if (!isUnsatisfiable(error) || plan.required.has(name)) throw error
    }
  }
  if (minProperties > 0 && Object.keys(object).length < minProperties)
    throw new UnsatisfiableSchema(shape.pointer, `no ${minProperties} properties could be given values`)
  return object
}

function getPlan(shape: SchemaShape, ctx: GenerationContext): ObjectPlan {
  let byDirection = plans.get(shape)
  if (!byDirection) plans.set(shape, (byDirection = new Map()))
  const key = ctx.lenient ? `${ctx.direction} lenient` : ctx.direction
  let plan = byDirection.get(key)
  if (plan) return plan
  const declared = [...new Set([...shape.objects.flatMap((part) => Object.keys(part.properties)), ...shape.required])]
  const schemas = new Map<string, Located[]>()
  let blocked: UnsatisfiableSchema | undefined
  const required = new Set(shape.required)
  for (const name of declared) {
    const located = getPropertySchemas(shape, name)
    const disallowed = located === undefined || !allowsName(shape, name, ctx)
    const refused = disallowed
      ? new UnsatisfiableSchema(shape.pointer, `it requires "${name}" and does not allow it`)
      : refuseByDirection(withAnything(shape, located, name), ctx)
    if (refused === undefined) schemas.set(name, withAnything(shape, located!, name))
    // As OpenAPI reads a user's document, the direction that refuses a property does not require it.
    else if (!disallowed && ctx.lenient) required.delete(name)
    else if (shape.required.includes(name)) blocked ??= refused
  }
  const preferred = new Map<string, unknown[]>()
  for (const [name, value] of shape.preferredProperties) preferred.set(name, [...(preferred.get(name) ?? []), value])
  plan = {
    declared,
    required,
    schemas,
    preferred,
    ...(blocked !== undefined ? { blocked } : {}),
  }
  byDirection.set(key, plan)
  return plan
}

/**
 * Why the direction refuses a property outright (readOnly in a request, writeOnly in a response):
 * found once here, so the object leaves it out without trying it for every value.
 */
function refuseByDirection(located: Located[], ctx: GenerationContext): UnsatisfiableSchema | undefined {
  const property = collectShape(located, ctx.document)
  if (property.readOnly && ctx.direction === 'request')
    return new UnsatisfiableSchema(property.pointer, 'it is readOnly, and a request may not carry it')
  if (property.writeOnly && ctx.direction === 'response')
    return new UnsatisfiableSchema(property.pointer, 'it is writeOnly, and a response may not carry it')
  return undefined
}

/** A name no part describes takes any value. */
function withAnything(shape: SchemaShape, located: Located[], name: string): Located[] {
  return located.length > 0
    ? located
    : [{ schema: true, pointer: toPropertyPointer(shape.pointer, 'properties', name) }]
}

/** Adds what `dependentRequired` asks of the chosen properties; drops an optional one whose dependency is not allowed. */
function addDependencies(shape: SchemaShape, chosen: Set<string>, allows: (name: string) => boolean): void {
  for (let changed = true; changed;) {
    changed = false
    for (const [trigger, dependencies] of shape.dependentRequired) {
      if (!chosen.has(trigger) || dependencies.every((name) => chosen.has(name))) continue
      changed = true
      if (dependencies.every(allows)) for (const name of dependencies) chosen.add(name)
      else if (shape.required.includes(trigger))
        throw new UnsatisfiableSchema(shape.pointer, `"${trigger}" requires properties it does not allow`)
      else chosen.delete(trigger)
    }
  }
}
