import { existsSync, readFileSync } from 'node:fs'
import { expect, it } from 'vitest'
import { renderDefaultFixturesModule } from '../../scripts/render-default-fixtures.js'
import { renderGeneratedModules } from '../../scripts/render-generated-modules.js'
import { specFiles, specsDir } from '../support/spec-files.js'

/** The AsyncAPI document beside a spec, when the API has events. */
function readAsyncApi(name: string) {
  const file = `${name}.asyncapi.yaml`
  return existsSync(`${specsDir}${file}`) ? { file, text: readFileSync(`${specsDir}${file}`, 'utf8') } : undefined
}

const generated = (
  await Promise.all(
    specFiles.map(async (spec) =>
      (
        await renderGeneratedModules(
          spec.file,
          readFileSync(`${specsDir}${spec.file}`, 'utf8'),
          readAsyncApi(spec.name),
        )
      ).map((module) => [`${spec.name}/generated/${module.name}`, module.source] as const),
    ),
  )
).flat()

it.each(generated)('handlers/%s is current (run "npm run gen" if not)', (name, source) => {
  expect(readFileSync(new URL(`../../handlers/${name}`, import.meta.url), 'utf8')).toBe(source)
})

it.each(specFiles.map((spec) => spec.name))(
  'fixtures/%s/generated/default-fixtures.ts holds the fixtures of the default seed (run "npm run gen" if not)',
  async (id) => {
    expect(readFileSync(new URL(`../../fixtures/${id}/generated/default-fixtures.ts`, import.meta.url), 'utf8')).toBe(
      await renderDefaultFixturesModule(id),
    )
  },
)
