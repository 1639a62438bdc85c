import type { CoverageReport } from '../../mock/behaviours/coverage.js'
import { checkCoverage, formatCoverage } from '../../mock/behaviours/check-coverage.js'
import { type Command, parseOptions, UsageError } from '../command.js'
import { describeFetchFailure } from '../describe-fetch-failure.js'
import { exampleIds } from '../example-ids.js'
import { EXIT_UNREACHABLE } from '../exit-codes.js'
import { parseHeaders } from '../parse-headers.js'
import { parseBaseUrl, parsePositive } from '../parse-values.js'

export const coverageCommand: Command = {
  name: 'coverage',
  summary: 'Print how much of the specs a test suite exercised, and gate on it',
  get help() {
    return `Usage: chatmock coverage --base-url <server> [options]

Reads the coverage a running chatmock server counted (GET /__chatmock/coverage): for every
operation, each declared status and how often the mock answered it. Prints it; with --min, exits 1
when the share of declared statuses exercised is below that percentage.

Options:
  --base-url <url>        the chatmock server's root, e.g. http://127.0.0.1:4010
  --min <percent>         fail below this share of declared statuses (0 to 100)
  --api <id>              count only this API (repeatable)
  --header '<name: value>'  e.g. 'Authorization: Bearer <admin token>' (repeatable)
  --json                  print the report as JSON
  --timeout <ms>          how long to wait for the server (default 10000)
  -h, --help              show this help

Exit status:
  0  the report is printed (and, with --min, coverage reaches it)
  1  coverage is below --min, or a mistake in the options
  ${EXIT_UNREACHABLE}  no report: no server answered at --base-url, it answered with an error, or
     it is not a chatmock server (the line says what it got)

Examples:
  chatmock coverage --base-url http://127.0.0.1:4010 --min 60
  chatmock coverage --base-url http://127.0.0.1:4010 --api ${exampleIds()[0]} --json`
  },

  async run(args, io) {
    const { values } = parseOptions(args, {
      'base-url': { type: 'string' },
      min: { type: 'string' },
      api: { type: 'string', multiple: true },
      header: { type: 'string', multiple: true },
      json: { type: 'boolean', default: false },
      timeout: { type: 'string' },
    })
    const baseUrl = parseBaseUrl(values['base-url'], 'the http(s) URL of a chatmock server, e.g. http://127.0.0.1:4010')
    const min = values.min === undefined ? undefined : Number(values.min)
    if (min !== undefined && !(values.min!.trim() !== '' && min >= 0 && min <= 100))
      throw new UsageError(`--min must be a percentage from 0 to 100 (got "${values.min}")`)
    const timeoutMs = parsePositive('--timeout', values.timeout) ?? 10_000
    const headers = parseHeaders(values.header ?? [])
    const query = (values.api ?? []).map((id) => `api=${encodeURIComponent(id)}`).join('&')
    const url = `${baseUrl}/__chatmock/coverage${query ? `?${query}` : ''}`
    const answer = await fetchReport(baseUrl, url, headers, timeoutMs)
    if (typeof answer === 'string') {
      io.stderr(`chatmock coverage: ${answer}.\n`)
      return EXIT_UNREACHABLE
    }
    io.stdout(`${values.json ? JSON.stringify(answer, null, 2) : formatCoverage(answer)}\n`)
    if (min === undefined) return 0
    const { passed, message } = checkCoverage(answer, min)
    if (passed) io.stdout(`${message}\n`)
    else io.stderr(`${message}\n`)
    return passed ? 0 : 1
  },
}

/** The report, or why there is none, in one line. */
async function fetchReport(
  baseUrl: string,
  url: string,
  headers: Record<string, string>,
  timeoutMs: number,
): Promise<CoverageReport | string> {
  let response: Response
  let text: string
  try {
    response = await fetch(url, { headers, signal: AbortSignal.timeout(timeoutMs) })
    text = await response.text()
  } catch (error) {
    return `no chatmock server answered at ${baseUrl}: ${describeFetchFailure(error, url, timeoutMs)}`
  }
  const type = response.headers.get('content-type') ?? ''
  const body = /\bjson\b/.test(type) ? parseJson(text) : undefined
  if (response.ok && isCoverageReport(body)) return body
  const got = `GET ${url} answered ${response.status} (${type || 'no content type'})`
  const { origin, pathname } = new URL(baseUrl)
  const hint =
    response.status === 401
      ? ". Pass --header 'Authorization: Bearer <token>'"
      : response.status === 404 && pathname !== '/'
        ? `; --base-url takes the server's root, e.g. ${origin}, not an API's prefix`
        : ''
  // A chatmock server explains a refusal (a missing admin token, an unknown API) in problem+json.
  const detail = (body as { detail?: unknown } | undefined)?.detail
  if (!response.ok && typeof detail === 'string' && type.startsWith('application/problem+json'))
    return `${got}: ${detail.split('\n')[0]!.replace(/\.$/, '')}${hint}`
  return `${baseUrl} is not a chatmock server: ${got}${response.ok ? ', not a coverage report' : ''}${hint}`
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text)
  } catch {
    return undefined
  }
}

function isCoverageReport(value: unknown): value is CoverageReport {
  const report = value as Partial<CoverageReport> | undefined
  return (
    Array.isArray(report?.apis) &&
    typeof report.totals?.percent === 'number' &&
    typeof report.totals.statuses?.total === 'number'
  )
}
