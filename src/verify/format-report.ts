import type { VerifyReport } from './types.js'

/** The verdict as a table (operation, case, expected, got, verdict), every issue spelled out under its row. */
export function formatReport(report: VerifyReport): string {
  const header = ['OPERATION', 'CASE', 'EXPECTED', 'GOT', 'VERDICT']
  const rows = report.cases.map((item) => [
    item.operationId,
    item.case,
    item.expected,
    item.got,
    item.verdict.toUpperCase(),
  ])
  const widths = header.map((title, column) =>
    Math.min(60, Math.max(title.length, ...rows.map((row) => row[column]!.length))),
  )
  const line = (cells: string[]) =>
    cells
      .map((cell, column) =>
        column === cells.length - 1 ? cell : truncate(cell, widths[column]!).padEnd(widths[column]!),
      )
      .join('  ')
  const out = [`chatmock verify ${report.api} against ${report.baseUrl}`, '', line(header)]
  report.cases.forEach((item, index) => {
    out.push(line(rows[index]!))
    for (const issue of item.issues) out.push(`    - ${issue}`)
  })
  const { pass, warn, fail, skip } = report.counts
  out.push(
    '',
    `${pass} passed, ${fail} failed, ${warn} warned, ${skip} skipped in ${report.durationMs} ms: ${describeVerdict(report)}`,
  )
  if (report.hint) out.push(`hint: ${report.hint}`)
  return out.join('\n')
}

function describeVerdict(report: VerifyReport): string {
  if (report.passed) return 'the provider keeps the contract'
  if (report.verified === 0) return 'nothing was verified: no valid request got the status it expected'
  return 'the provider breaks the contract'
}

function truncate(text: string, width: number): string {
  return text.length <= width ? text : `${text.slice(0, width - 1)}…`
}
