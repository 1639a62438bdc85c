import type { OpenAPIV3_1 } from 'openapi-types'
import { describe, expect, it } from 'vitest'
import { builtinApis } from '../support/register-builtins.js'
import { isReference, resolveRef } from '../../src/openapi/resolve-ref.js'
import { generateSeeded, validateGenerated } from '../support/generated-data.js'

type Schema = Record<string, unknown>

const SEEDS = [1, 2, 3]

/** Whether every value of a schema carries a readOnly property: nothing a request may send meets it. */
function requiresReadOnly(document: OpenAPIV3_1.Document, maybe: unknown, seen = new Set<unknown>()): boolean {
  const schema = (isReference(maybe) ? resolveRef(document, maybe) : maybe) as Schema
  if (typeof schema !== 'object' || schema === null || seen.has(schema)) return false
  seen.add(schema)
  if (schema.readOnly === true) return true
  const properties = (schema.properties ?? {}) as Record<string, unknown>
  if (((schema.required ?? []) as string[]).some((name) => requiresReadOnly(document, properties[name], seen)))
    return true
  if (Number(schema.minItems ?? 0) > 0 && requiresReadOnly(document, schema.items, seen)) return true
  return ((schema.allOf ?? []) as unknown[]).some((part) => requiresReadOnly(document, part, seen))
}

function expectValid(document: OpenAPIV3_1.Document, schema: unknown, direction: 'request' | 'response') {
  for (const seed of SEEDS) {
    const value = generateSeeded(document, schema, seed, direction)
    const { valid, errors } = validateGenerated(document, schema, value, direction)
    expect({ value, valid, errors }).toMatchObject({ valid: true })
  }
}

describe.each(builtinApis.map((api) => [api.id, api] as const))('%s', (_, api) => {
  const components = Object.entries(api.document.components?.schemas ?? {})

  it('generates valid responses from every component schema', () => {
    for (const [, schema] of components) expectValid(api.document, schema, 'response')
  })

  it('generates valid requests from every component schema a request can meet, and names the readOnly property of the others', () => {
    for (const [name, schema] of components) {
      if (!requiresReadOnly(api.document, schema)) expectValid(api.document, schema, 'request')
      else
        expect(() => generateSeeded(api.document, schema, 1, 'request'), name).toThrow(
          new RegExp(
            `schema at #/components/schemas/${name}: it is readOnly, and a request may not carry it at #/components/schemas/\\w+/properties/\\w+`,
          ),
        )
    }
  })

  it('generates valid values for every response and request body of every operation', () => {
    for (const operation of api.operations) {
      for (const response of Object.values(operation.responses))
        for (const media of Object.values(response.content ?? {}))
          if (media.schema) expectValid(api.document, media.schema, 'response')
      for (const media of Object.values(operation.requestBody?.content ?? {}))
        if (media.schema) expectValid(api.document, media.schema, 'request')
    }
  })
})
