import type { Located } from './generation-context.js'

/** One object schema's say over property names: its `properties`, `patternProperties` and what else it allows. */
interface ObjectPart {
  properties: Record<string, unknown>
  patternProperties: Record<string, unknown>
  /** `additionalProperties` (undefined: anything). */
  additional?: unknown
  /** `unevaluatedProperties`, applied to names no part of the shape declares. */
  unevaluated?: unknown
  pointer: string
}

/** One array schema's say over positions: its `prefixItems` and `items`. */
interface ArrayPart {
  prefixItems: unknown[]
  /** `items`, else `unevaluatedItems` (undefined: anything). */
  items?: unknown
  itemsPointer: string
  pointer: string
}

export interface Choice {
  kind: 'anyOf' | 'oneOf'
  branches: Located[]
  pointer: string
  discriminator?: { propertyName: string; mapping: Record<string, string> }
}

/** `if`/`then`/`else`, or a `dependentSchemas` entry (taken when its property is present). */
export interface Condition {
  test: Located | { property: string }
  /** Merged on the way where the test holds (`if` and `then`). */
  then: Located[]
  /** Merged on the other way (`else`). */
  else: Located[]
  /** A property to leave out on the other way (a `dependentSchemas` entry). */
  elseForbids?: string
  pointer: string
}

interface Contains {
  located: Located
  min: number
  max?: number
}

/** The conjunction of one or more schemas (`$ref`s and `allOf`s merged in), as one set of constraints. */
export interface SchemaShape {
  pointer: string
  /** The schemas as written: a candidate value is checked against them. */
  sources: Located[]
  /** `$ref`s followed while collecting, not yet entered in the context. */
  refs: string[]
  /** Every `$ref` merged in so far: merging one again adds nothing (and a branch that comes back to its parent ends). */
  merged: string[]
  /** Values to try first for a property (a discriminator's value for the branch taken). */
  preferredProperties: Array<[string, unknown]>
  /** Where a `false` schema or a contradiction was met. */
  impossible?: string
  types?: string[]
  consts: unknown[]
  enum?: unknown[]
  /** `examples`, `example` and `default`: preferred when they validate. */
  candidates: unknown[]
  minimum?: number
  maximum?: number
  exclusiveMinimum?: number
  exclusiveMaximum?: number
  multipleOf: number[]
  minLength?: number
  maxLength?: number
  patterns: string[]
  formats: string[]
  minItems?: number
  maxItems?: number
  uniqueItems: boolean
  contains: Contains[]
  arrays: ArrayPart[]
  objects: ObjectPart[]
  required: string[]
  /** Properties that must be absent (`not: { required: [...] }`, the other way of a `dependentSchemas`). */
  forbidden: string[]
  propertyNames: Located[]
  minProperties?: number
  maxProperties?: number
  dependentRequired: Array<[string, string[]]>
  choices: Choice[]
  conditions: Condition[]
  nots: Located[]
  readOnly: boolean
  writeOnly: boolean
  /** Any keyword beyond `type`, `enum`, `const` and annotations: candidates then need the validator. */
  constrained: boolean
}

export function createShape(sources: Located[]): SchemaShape {
  return {
    pointer: sources[0]?.pointer ?? '',
    sources,
    refs: [],
    merged: [],
    preferredProperties: [],
    consts: [],
    candidates: [],
    multipleOf: [],
    patterns: [],
    formats: [],
    uniqueItems: false,
    contains: [],
    arrays: [],
    objects: [],
    required: [],
    forbidden: [],
    propertyNames: [],
    dependentRequired: [],
    choices: [],
    conditions: [],
    nots: [],
    readOnly: false,
    writeOnly: false,
    constrained: false,
  }
}

/** A copy whose lists can grow without changing the original (a branch merged into it). */
export function copyShape(shape: SchemaShape): SchemaShape {
  const copy = { ...shape }
  for (const key of Object.keys(copy) as Array<keyof SchemaShape>) {
    const value = copy[key]
    if (Array.isArray(value)) (copy as Record<string, unknown>)[key] = [...value]
  }
  return copy
}
