import type { VerifyCase } from './types.js'

/** When every valid request got 404, the base URL is the likely culprit: say so, and what was tried. */
export function suggestBaseUrl(cases: readonly VerifyCase[], baseUrl: string): string | undefined {
  const positive = cases.filter((item) => item.case.startsWith('positive'))
  if (positive.length === 0 || positive.some((item) => item.got !== '404')) return undefined
  return `every valid request was answered 404: ${baseUrl} probably lacks the API's prefix or path (the spec's paths are appended to it; tried ${positive[0]!.url}).`
}

/** When valid requests were refused for their credentials, the run's flags are the likely culprit: say so. */
export function suggestCredentials(cases: readonly VerifyCase[]): string | undefined {
  const positive = cases.filter((item) => item.case.startsWith('positive'))
  const refused = positive.filter((item) => (item.got === '401' || item.got === '403') && item.got !== item.expected)
  if (refused.length === 0) return undefined
  const statuses = [...new Set(refused.map((item) => item.got))].join(', ')
  const share =
    refused.length === positive.length
      ? 'every valid request was refused'
      : `${refused.length} of ${positive.length} valid requests were refused`
  // --query is named only where the spec asks for a key in the query: most never do.
  const flags = refused.some((item) => item.issues.some((issue) => issue.includes('--query')))
    ? '--header, --query, --bearer or --basic'
    : '--header, --bearer or --basic'
  return `${share} (${statuses}): give verify the credential the spec asks for (${flags}; each refused case says which).`
}
