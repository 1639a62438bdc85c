import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { expect, it } from 'vitest'
import { loadSpec } from './load-spec.js'

const dir = mkdtempSync(join(tmpdir(), 'chatmock-load-spec-'))

function writeSpec(name: string, text: string): string {
  const file = join(dir, name)
  writeFileSync(file, text)
  return file
}

it('reads an OpenAPI 3.1 document from YAML', () => {
  const file = writeSpec('ok.yaml', 'openapi: 3.1.0\ninfo: {title: t, version: "1"}\npaths: {}\n')
  expect(loadSpec(file)).toEqual({ openapi: '3.1.0', info: { title: 't', version: '1' }, paths: {} })
})

it('reads an OpenAPI 3.0 document, its schemas said as 3.1 (nullable becomes a null type)', () => {
  const file = writeSpec(
    'three-oh.yaml',
    'openapi: 3.0.3\ninfo: {title: t, version: "1"}\npaths: {}\ncomponents: {schemas: {Name: {type: string, nullable: true}}}\n',
  )
  expect(loadSpec(file).components?.schemas?.Name).toEqual({ type: ['string', 'null'] })
})

it('throws SPEC_INVALID naming the file for a document that is not OpenAPI 3 nor Swagger 2.0', () => {
  const file = writeSpec('old.yaml', 'swagger: "1.2"\ninfo: {title: t, version: "1"}\npaths: {}\n')
  expect(() => loadSpec(file)).toThrow(
    expect.objectContaining({ code: 'SPEC_INVALID', message: expect.stringContaining('old.yaml') }),
  )
})

it('throws SPEC_INVALID for YAML that does not parse', () => {
  const file = writeSpec('broken.yaml', 'openapi: [3.1.0\n')
  expect(() => loadSpec(file)).toThrow(expect.objectContaining({ code: 'SPEC_INVALID' }))
})
