import fc from 'fast-check'
import type { OpenAPIV3_1 } from 'openapi-types'
import { expect, it } from 'vitest'
import { generateSeeded, validateGenerated } from '../../test/support/generated-data.js'
import { arbitraryComponents, jsonSchemaArbitrary } from '../../test/support/json-schema-arbitrary.js'

const document = {
  openapi: '3.1.0',
  info: { title: 'drawn schemas', version: '1' },
  components: { schemas: arbitraryComponents },
} as unknown as OpenAPIV3_1.Document

it('generates a valid value for every drawn schema, in both directions', () => {
  fc.assert(
    fc.property(
      jsonSchemaArbitrary(3),
      fc.integer({ min: 1, max: 1_000_000 }),
      fc.constantFrom('request' as const, 'response' as const),
      (schema, seed, direction) => {
        const value = generateSeeded(document, schema, seed, direction)
        const { valid, errors } = validateGenerated(document, schema, value, direction)
        expect({ value, valid, errors }).toMatchObject({ valid: true })
        expect(JSON.stringify(generateSeeded(document, schema, seed, direction))).toBe(JSON.stringify(value))
      },
    ),
    { numRuns: 200, seed: 20_260_301 },
  )
})
