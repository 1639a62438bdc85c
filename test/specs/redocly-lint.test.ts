import { execFileSync } from 'node:child_process'
import { createRequire } from 'node:module'
import { expect, it } from 'vitest'
import { specFiles, specsDir } from '../support/spec-files.js'

const require = createRequire(import.meta.url)
const redocly = require.resolve('@redocly/cli/bin/cli.js')

interface LintReport {
  totals: { errors: number; warnings: number }
  problems: Array<{ ruleId: string; severity: string; message: string }>
}

// Redocly's recommended rules (redocly.yaml). A warning that stays must be switched off there with
// its reason, so both errors and warnings must be zero.
it.each(specFiles.map((spec) => spec.file))('%s passes redocly lint with no errors or warnings', (file) => {
  let output: string
  try {
    output = execFileSync(process.execPath, [redocly, 'lint', `${specsDir}${file}`, '--format', 'json'], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
    })
  } catch (error) {
    output = (error as { stdout: string }).stdout
  }
  const report = JSON.parse(output.slice(output.indexOf('{'))) as LintReport
  expect(report.problems.map((problem) => `${problem.severity} ${problem.ruleId}: ${problem.message}`)).toEqual([])
  expect(report.totals).toMatchObject({ errors: 0, warnings: 0 })
})
