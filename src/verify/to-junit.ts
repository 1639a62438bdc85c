import type { VerifyReport } from './types.js'

/** The report as JUnit XML, one test case per request, for CI dashboards. */
export function toJunit(reports: readonly VerifyReport[]): string {
  const suites = reports.map((report) => {
    const cases = report.cases.map((item) => {
      const name = escape(`${item.case} (${item.method} ${item.url})`)
      const attributes = `classname="${escape(`${report.api}.${item.operationId}`)}" name="${name}" time="${(item.durationMs / 1000).toFixed(3)}"`
      if (item.verdict === 'fail')
        return `    <testcase ${attributes}>\n      <failure message="${escape(`expected ${item.expected}, got ${item.got}`)}">${escape(item.issues.join('\n'))}</failure>\n    </testcase>`
      if (item.verdict === 'skip')
        return `    <testcase ${attributes}>\n      <skipped message="${escape(item.issues.join('; '))}"/>\n    </testcase>`
      if (item.verdict === 'warn')
        return `    <testcase ${attributes}>\n      <system-out>${escape(item.issues.join('\n'))}</system-out>\n    </testcase>`
      return `    <testcase ${attributes}/>`
    })
    return `  <testsuite name="${escape(`chatmock verify ${report.api}`)}" tests="${report.cases.length}" failures="${report.counts.fail}" skipped="${report.counts.skip}" errors="0" time="${(report.durationMs / 1000).toFixed(3)}" timestamp="${report.startedAt}">\n${cases.join('\n')}\n  </testsuite>`
  })
  const total = (key: 'fail' | 'skip') => reports.reduce((sum, report) => sum + report.counts[key], 0)
  return `<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="chatmock verify" tests="${reports.reduce((sum, report) => sum + report.cases.length, 0)}" failures="${total('fail')}" skipped="${total('skip')}">\n${suites.join('\n')}\n</testsuites>\n`
}

function escape(text: string): string {
  return text
    .replace(/[<>&"']/g, (char) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&apos;' })[char]!)
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g, '')
}
