import type { ValidateFunction } from 'ajv/dist/2020.js'
import { fullFormats } from 'ajv-formats/dist/formats.js'
import type { OpenAPIV3_1 } from 'openapi-types'
import { createAjv, getDocumentUri, rebaseSchema, REQUEST, RESPONSE } from '../../src/contract/create-ajv.js'
import { generateFromSchema } from '../../src/generate/generate-from-schema.js'
import { createSeededFaker } from '../../src/store/seeded-faker.js'

const validators = new WeakMap<
  object,
  { ajv: ReturnType<typeof createAjv>; bySchema: WeakMap<object, ValidateFunction> }
>()

/**
 * The contract's own check of a value, compiled here independently of the generator's cache:
 * createAjv (strict, full formats), plus the internationalized formats ajv-formats lacks, checked
 * as their ASCII forms.
 */
export function validateGenerated(
  document: OpenAPIV3_1.Document,
  schema: unknown,
  value: unknown,
  direction: 'request' | 'response',
): { valid: boolean; errors: unknown } {
  let entry = validators.get(document)
  if (!entry) {
    const ajv = createAjv('generated-data-test', document)
    ajv.addFormat('iri', fullFormats.uri)
    ajv.addFormat('iri-reference', fullFormats['uri-reference'])
    ajv.addFormat('idn-email', fullFormats.email)
    ajv.addFormat('idn-hostname', fullFormats.hostname)
    // A user's own format: any string, as the generator treats it.
    ajv.addFormat('x-color-name', true)
    entry = { ajv, bySchema: new WeakMap() }
    validators.set(document, entry)
  }
  const key = schema as object
  let validate = entry.bySchema.get(key)
  if (!validate) {
    validate = entry.ajv.compile(rebaseSchema(schema, getDocumentUri('generated-data-test')) as object)
    entry.bySchema.set(key, validate)
  }
  const valid = validate.call(direction === 'request' ? REQUEST : RESPONSE, value)
  return { valid, errors: validate.errors }
}

/** A value generated with a faker of its own, seeded. */
export function generateSeeded(
  document: OpenAPIV3_1.Document,
  schema: unknown,
  seed: number,
  direction: 'request' | 'response' = 'response',
): unknown {
  return generateFromSchema(schema, { document, direction, faker: createSeededFaker(seed) })
}
