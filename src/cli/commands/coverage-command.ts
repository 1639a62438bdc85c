import type { CoverageReport } from '../../mock/coverage.js'
import { checkCoverage, formatCoverage } from '../../mock/check-coverage.js'
import { type Command, parseOptions, UsageError } from '../command.js'
import { exampleIds } from '../example-ids.js'
import { parseHeaders } from '../parse-headers.js'

export const coverageCommand: Command = {
  name: 'coverage',
  summary: 'Print how much of the specs a test suite exercised, and gate on it',
  get help() {
    return `Usage: chatmock coverage --base-url <server> [options]

Reads the coverage a running chatmock server counted (GET /__chatmock/coverage): for every
operation, each declared status and how often the mock answered it. Prints it; with --min, exits 1
when the share of declared statuses exercised is below that percentage.

Options:
  --base-url <url>        the chatmock server, e.g. http://127.0.0.1:4010
  --min <percent>         fail below this share of declared statuses (0 to 100)
  --api <id>              count only this API (repeatable)
  --header '<name: value>'  e.g. 'Authorization: Bearer <admin token>' (repeatable)
  --json                  print the report as JSON
  -h, --help              show this help

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
    })
    const baseUrl = values['base-url']?.replace(/\/+$/, '')
    if (!baseUrl || !/^https?:\/\//.test(baseUrl)) throw new UsageError('--base-url must be the http(s) URL of a chatmock server, e.g. http://127.0.0.1:4010')
    const min = values.min === undefined ? undefined : Number(values.min)
    if (min !== undefined && !(min >= 0 && min <= 100)) throw new UsageError(`--min must be a percentage from 0 to 100 (got "${values.min}")`)
    const query = (values.api ?? []).map((id) => `api=${encodeURIComponent(id)}`).join('&')
    let response: Response
    try {
      response = await fetch(`${baseUrl}/__chatmock/coverage${query ? `?${query}` : ''}`, { headers: parseHeaders(values.header ?? []), signal: AbortSignal.timeout(10_000) })
    } catch (error) {
      io.stderr(`chatmock coverage: no chatmock server answered at ${baseUrl} (${(error as Error).cause ?? (error as Error).message}).\n`)
      return 1
    }
    if (!response.ok) {
      io.stderr(`chatmock coverage: ${baseUrl}/__chatmock/coverage answered ${response.status}: ${await response.text()}\n`)
      return 1
    }
    const report = (await response.json()) as CoverageReport
    io.stdout(`${values.json ? JSON.stringify(report, null, 2) : formatCoverage(report)}\n`)
    if (min === undefined) return 0
    const { passed, message } = checkCoverage(report, min)
    if (passed) io.stdout(`${message}\n`)
    else io.stderr(`${message}\n`)
    return passed ? 0 : 1
  },
}
