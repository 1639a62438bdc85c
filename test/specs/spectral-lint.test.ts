import { readFileSync } from 'node:fs'
import spectralCore from '@stoplight/spectral-core'
import parsersModule from '@stoplight/spectral-parsers'
import { oas } from '@stoplight/spectral-rulesets'
import { expect, it } from 'vitest'
import { specFiles, specsDir } from '../support/spec-files.js'

// Spectral's own OpenAPI ruleset, `spectral:oas` (recommended rules), as `spectral lint` runs it:
// no error, no warning, no hint on any spec.

// Both packages ship CommonJS; under NodeNext their exports arrive wrapped.
const { Spectral, Document } = ((spectralCore as unknown as { default?: typeof spectralCore }).default ??
  spectralCore) as typeof spectralCore
const Parsers = ((parsersModule as unknown as { default?: typeof parsersModule }).default ??
  parsersModule) as typeof parsersModule

const spectral = new Spectral()
spectral.setRuleset({ extends: [[oas as never, 'recommended']] })

it.each(specFiles.map((spec) => spec.file))('%s passes spectral:oas with no errors or warnings', async (file) => {
  const results = await spectral.run(new Document(readFileSync(`${specsDir}${file}`, 'utf8'), Parsers.Yaml, file))
  expect(
    results.map(
      (result) =>
        `${['error', 'warning', 'info', 'hint'][result.severity]} ${result.code} at ${result.path.join('.')}: ${result.message}`,
    ),
  ).toEqual([])
})
