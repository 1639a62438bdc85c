import type { Faker } from '@faker-js/faker'
import type { OpenAPIV3_1 } from 'openapi-types'
import { generateFromSchema } from '../generate/generate-from-schema.js'
import { checkSchema } from '../generate/schema-validators.js'
import { listSchemaProperties, readSchema } from '../openapi/find-record-place.js'
import type { Resource } from '../api/resource-plan.js'
import { ErrorCodes } from '../errors/error-codes.js'
import { StoreError } from '../errors/store-error.js'

export interface IdAllocator {
  /**
   * A new id its schema admits: `next` (the collection's sequence) where an integer or its digits
   * will do, else `like`'s prefix with it (`o-3` like `o-2`), a uuid for `format: uuid`, else a
   * value generated from the id's schema (its pattern), drawn again while `taken` says another
   * record has it.
   */
  allocate(faker: () => Faker, next: number, taken: (id: unknown) => boolean, like?: unknown): unknown
}

/** Tries before a generated id that keeps colliding is given up on. */
const ATTEMPTS = 8

/**
 * Ids for a resource's records: each admitted by the record's id property and by the item path's
 * parameter (its pattern: `{filename}` that must end in `.json`), so that a client can ask for it.
 */
export function createIdAllocator(
  document: OpenAPIV3_1.Document,
  resource: Resource,
  parameterSchema: unknown,
): IdAllocator {
  const property = listSchemaProperties(document, resource.recordSchema).get(resource.idProperty) ?? {}
  const parameter = readSchema(document, parameterSchema)
  // The stricter of the two is the one generated from: a parameter's pattern over a bare string property.
  const schema =
    parameter?.pattern !== undefined && readSchema(document, property)?.pattern === undefined
      ? parameterSchema
      : property
  const node = readSchema(document, schema) ?? {}
  const types = ([] as unknown[]).concat(readSchema(document, property)?.type ?? [])
  const parameterTypes = ([] as unknown[]).concat(parameter?.type ?? [])
  const admits = (value: unknown) =>
    checkSchema(document, false, 'response', property, value) &&
    (parameter === undefined ||
      checkSchema(
        document,
        false,
        'parameters',
        parameterSchema,
        parameterTypes.includes('string') ? String(value) : value,
      ))
  return {
    allocate(faker, next, taken, like) {
      const sequential = types.includes('integer') || types.includes('number') ? next : String(next)
      if (node.format !== 'uuid' && admits(sequential) && !taken(sequential)) return sequential
      // Another id's prefix with the next number: o-3 after o-1 and o-2.
      const prefix = typeof like === 'string' ? /^(.*?)\d+$/.exec(like)?.[1] : undefined
      if (prefix && admits(`${prefix}${next}`) && !taken(`${prefix}${next}`)) return `${prefix}${next}`
      // Seeding faker costs more than the rest of a create: only an id that must be drawn pays for it.
      const drawing = faker()
      for (let attempt = 0; attempt < ATTEMPTS; attempt++) {
        const generated =
          node.format === 'uuid'
            ? drawing.string.uuid()
            : generateFromSchema(schema, { document, direction: 'response', faker: drawing, strict: false })
        // The generator prefers the schema's example, the same each time: a suffix makes it another.
        const candidate = attempt > 0 && typeof generated === 'string' ? `${generated}${next + attempt}` : generated
        if (!taken(candidate) && admits(candidate)) return candidate
      }
      throw new StoreError(
        ErrorCodes.RECORD_DUPLICATE,
        `No new id for ${resource.collectionPath} after ${ATTEMPTS} tries: its schema admits too few values.`,
      )
    },
  }
}
