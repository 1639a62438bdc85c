import { readdirSync, readFileSync } from 'node:fs'
import { DiagnosticSeverity, Parser } from '@asyncapi/parser'
import { expect, it } from 'vitest'
import { specsDir } from '../support/spec-files.js'

// Every AsyncAPI document beside an OpenAPI spec parses with @asyncapi/parser, its `$ref`s into the
// OpenAPI document included (resolved against the file, hence `source`), with no error.

const documents = readdirSync(specsDir)
  .filter((file) => file.endsWith('.asyncapi.yaml'))
  .sort()

it('finds the AsyncAPI documents', () => {
  expect(documents).toEqual(expect.arrayContaining(['chatwoot.asyncapi.yaml', 'toggl-focus.asyncapi.yaml']))
})

it.each(documents)('parses specs/%s with no error', async (file) => {
  const source = `${specsDir}${file}`
  const { document, diagnostics } = await new Parser().parse(readFileSync(source, 'utf8'), { source })
  const errors = diagnostics
    .filter((diagnostic) => diagnostic.severity === DiagnosticSeverity.Error)
    .map((diagnostic) => `${diagnostic.code}: ${diagnostic.message} @ ${diagnostic.path.join('.')}`)
  expect(errors).toEqual([])
  expect(document).toBeDefined()
  // Each message is named as on the wire and has a payload.
  for (const message of document!.messages().all()) {
    expect(message.name(), message.id()).toMatch(/^[a-z_]+\.[a-z_]+$/)
    expect(message.hasPayload(), message.id()).toBe(true)
  }
})
