import { readFileSync } from 'node:fs'
import { expect, it } from 'vitest'
import { renderDefaultFixturesModule } from '../../scripts/render-default-fixtures.js'
import { renderGeneratedModules } from '../../scripts/render-generated-modules.js'
import { specFiles, specsDir } from '../support/spec-files.js'

const generated = specFiles.flatMap((spec) => renderGeneratedModules(spec.file, readFileSync(`${specsDir}${spec.file}`, 'utf8')))

it.each(generated.map((module) => [module.name, module.source] as const))('src/spec/documents/%s is current (run "npm run gen" if not)', (name, source) => {
  expect(readFileSync(new URL(`../../src/spec/documents/${name}`, import.meta.url), 'utf8')).toBe(source)
})

it('fixtures/generated/default-fixtures.ts holds the fixtures of the default seed (run "npm run gen" if not)', () => {
  expect(readFileSync(new URL('../../fixtures/generated/default-fixtures.ts', import.meta.url), 'utf8')).toBe(renderDefaultFixturesModule())
})
