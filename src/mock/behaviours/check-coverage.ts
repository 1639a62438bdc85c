import type { CoverageReport } from './coverage.js'

/** Whether a suite exercised enough of the specs, and what it left out, in words. */
export function checkCoverage(report: CoverageReport, minPercent: number): { passed: boolean; message: string } {
  const missing = report.apis.flatMap((api) =>
    api.operations.flatMap((operation) =>
      operation.statuses
        .filter((status) => status.count === 0)
        .map((status) => `${api.id} ${operation.operationId} ${status.status}`),
    ),
  )
  const { percent, statuses, operations } = report.totals
  const summary = `coverage ${percent}% of declared statuses (${statuses.covered}/${statuses.total}), ${operations.covered}/${operations.total} operations`
  if (percent >= minPercent) return { passed: true, message: `${summary}: at least ${minPercent}%` }
  return {
    passed: false,
    message: `${summary}: below the minimum of ${minPercent}%. Not exercised:\n${missing.map((item) => `  - ${item}`).join('\n')}`,
  }
}

/** The coverage report as a table: each operation with its declared statuses and their counts. */
export function formatCoverage(report: CoverageReport): string {
  const lines: string[] = []
  for (const api of report.apis) {
    lines.push(api.id)
    for (const operation of api.operations) {
      const statuses = operation.statuses
        .map((status) => `${status.status}${status.count > 0 ? `×${status.count}` : ' -'}`)
        .join('  ')
      const undeclared =
        operation.undeclared.length > 0
          ? `  undeclared: ${operation.undeclared.map((item) => `${item.status}×${item.count}`).join(' ')}`
          : ''
      lines.push(`  ${operation.operationId.padEnd(22)} ${statuses}${undeclared}`)
    }
  }
  const { percent, statuses, operations } = report.totals
  lines.push(
    '',
    `${percent}% of declared statuses (${statuses.covered}/${statuses.total}), ${operations.covered}/${operations.total} operations`,
  )
  return lines.join('\n')
}
