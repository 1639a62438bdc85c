import type { Faker } from '@faker-js/faker'
import type { ErrorObject, ValidateFunction } from 'ajv/dist/2020.js'
import type { OpenAPIV3_1 } from 'openapi-types'
import { DIRECTIONS, type ValidationDirection } from '../contract/create-ajv.js'
import { ErrorCodes } from '../errors/error-codes.js'
import { SpecError } from '../errors/spec-error.js'
import { generateLocated } from './generate-shape.js'
import { isUnsatisfiable, StepsExhausted, UnsatisfiableSchema, type GenerationContext } from './generation-context.js'
import { checkSchema, findSchemaPointer, getSchemaValidator } from './schema-validators.js'

export interface GenerateOptions {
  /** The document the schema's local `$ref`s (`#/components/schemas/...`) point into. */
  document: OpenAPIV3_1.Document
  /** 'response': writeOnly properties are left out; 'request': readOnly ones are; 'parameters': neither. */
  direction: ValidationDirection['direction']
  /** A faker instance the caller seeded; the only source of randomness. */
  faker: Faker
  /**
   * Only the smallest valid value (required properties only, fewest items, smallest branch first),
   * with no realistic attempts before it: a request a provider can be expected to accept.
   */
  minimal?: boolean
  /**
   * Compile as the built-in specs are checked (Ajv's strict mode, the default); `false` for a user's
   * document, read leniently as its contract reads it (`allOf` parts with `properties` and no `type`).
   */
  strict?: boolean
}

/** Realistic attempts before the smallest value is tried; each draws on from the same faker. */
const REALISTIC_ATTEMPTS = 3

/**
 * A value valid against a schema of the document in a direction, as the contract checks it (Ajv
 * 2020-12, full formats, readOnly/writeOnly by direction), and deterministic: the same schema and a
 * faker seeded the same give the same value, in every runtime. Realistic where it can be (faker's
 * names, emails, words; examples and defaults that validate), the smallest valid value where it
 * must (recursion, a retry after an invalid draft). The schema's validator is compiled once per
 * (document, schema object), so pass the schema object of the document, not a copy.
 *
 * Throws a SpecError (`SPEC_INVALID`) naming the schema's JSON pointer when no valid value is found
 * (`not: {}`, a required readOnly property in a request).
 */
export function generateFromSchema(schema: unknown, options: GenerateOptions): unknown {
  const { document, direction } = options
  const strict = options.strict ?? true
  let validate: ValidateFunction
  try {
    validate = getSchemaValidator(document, schema, strict)
  } catch (error) {
    // Strict mode refuses what the contract's validator would refuse too (a `required` name no `properties` declares…).
    throw new SpecError(
      ErrorCodes.SPEC_INVALID,
      `Failed to compile the schema at ${locateSchema(document, schema)}: ${error instanceof Error ? error.message : String(error)}.`,
      { cause: error },
    )
  }
  const context = DIRECTIONS[direction]
  let failure: UnsatisfiableSchema | undefined
  let errors: ErrorObject[] = []
  for (let attempt = options.minimal ? REALISTIC_ATTEMPTS : 0; attempt <= REALISTIC_ATTEMPTS; attempt++) {
    const ctx: GenerationContext = {
      document,
      direction,
      faker: options.faker,
      check: (part, value) => checkSchema(document, strict, direction, part, value),
      minimal: attempt === REALISTIC_ATTEMPTS,
      depth: 0,
      refChain: [],
      hint: undefined,
      preferred: undefined,
      lenient: !strict,
      steps: { taken: 0 },
    }
    try {
      const value = generateLocated([{ schema, pointer: '' }], ctx)
      if (validate.call(context, value)) return value
      errors = validate.errors ?? []
    } catch (error) {
      if (error instanceof StepsExhausted) {
        failure = new UnsatisfiableSchema('', error.reason)
        // Realistic attempts that ran out of steps would again: the smallest value is tried next.
        if (attempt < REALISTIC_ATTEMPTS) attempt = REALISTIC_ATTEMPTS - 1
        continue
      }
      if (!isUnsatisfiable(error)) throw error
      failure = error
    }
  }
  const at = locateSchema(document, schema)
  const why = failure
    ? `${failure.reason} at ${toAbsolute(failure.pointer, at)}`
    : `the values found were invalid: ${errors
        .slice(0, 3)
        .map((error) => `${error.instancePath || '/'} ${error.message} (${error.schemaPath})`)
        .join('; ')}`
  throw new SpecError(
    ErrorCodes.SPEC_INVALID,
    `Failed to generate a ${direction === 'parameters' ? 'parameter' : direction} value for the schema at ${at}: ${why}.`,
  )
}

function locateSchema(document: OpenAPIV3_1.Document, schema: unknown): string {
  return findSchemaPointer(document, schema) ?? (isRef(schema) ? schema.$ref : '(a schema outside the document)')
}

/** Pointers inside `$ref`d components are absolute; the others are relative to the schema given. */
function toAbsolute(pointer: string, root: string): string {
  return pointer.startsWith('#') ? pointer : `${root}${pointer}`
}

function isRef(schema: unknown): schema is { $ref: string } {
  return typeof schema === 'object' && schema !== null && typeof (schema as { $ref?: unknown }).$ref === 'string'
}
