import { readFileSync } from 'node:fs'
import { expect, it } from 'vitest'
import { renderDocumentModule } from '../../scripts/render-document-module.js'
import { specFiles, specsDir } from '../support/spec-files.js'

it.each(specFiles.map((spec) => spec.file))('src/spec/documents/ holds the current %s (run "npm run gen" if not)', (file) => {
  const generated = readFileSync(new URL(`../../src/spec/documents/${file.replace(/\.yaml$/, '.ts')}`, import.meta.url), 'utf8')
  expect(generated).toBe(renderDocumentModule(file, readFileSync(`${specsDir}${file}`, 'utf8')))
})
