import { existsSync, writeFileSync } from 'node:fs'
import { dirname, resolve } from 'node:path'
import { describeFileError } from '../../errors/describe-file-error.js'
import { loadApi } from '../../mock/load-api.js'
import { importApi, isApiId, listApiIds } from '../../openapi/catalog.js'
import { formatReport } from '../../verify/format-report.js'
import { toJunit } from '../../verify/to-junit.js'
import { verify } from '../../verify/verify.js'
import { type Command, parseOptions, UsageError } from '../command.js'
import { describeFetchFailure } from '../describe-fetch-failure.js'
import { exampleIds } from '../example-ids.js'
import { EXIT_UNREACHABLE } from '../exit-codes.js'
import { parseHeaders } from '../parse-headers.js'
import { parseQueryFlags } from '../parse-query-flags.js'
import { parseBaseUrl, parsePositive } from '../parse-values.js'

export const verifyCommand: Command = {
  name: 'verify',
  summary: "Check that a live server keeps an API's contract",
  get help() {
    const [first, second] = exampleIds()
    return `Usage: chatmock verify (--api <id> | --spec <file>) --base-url <url> [options]

Drives a live server through an API's spec: valid requests built from the spec's examples and from
what earlier responses returned (OpenAPI links: a create's id feeds the get, update, delete and
restore after it), each answer checked for a declared status, content type, headers and body.
With --negative, requests that break one constraint each must get a declared 4xx (none that the
document's x-chatmock-lenient says its server takes). Prints a table. Before the first case, one HEAD request to --base-url checks that a server answers at all.

Verdicts:
  PASS  the answer is what the spec declares for the request
  FAIL  a valid request (a positive case) got another status than it expects (the status of the
        spec's named example it was built from, else a 2xx, or, for an operation that declares
        no 2xx, a status it declares): a 401 or 403 says which credential the spec asks for; or
        any answer broke the spec, or a broken request was not refused
  WARN  a broken request was refused with a 4xx the spec does not declare: the refusal is right,
        its status and body are unchecked
  SKIP  not sent: the --deadline passed, or the status expected is one fetch never gives as an
        answer (a 1xx, a 407)
A run passes only when nothing failed or was skipped and at least one valid request got its
expected status; warnings never turn a failure into a pass.

Options:
  --api <id>              ${listApiIds().join(' | ')}
  --spec <file>           an OpenAPI 3.0, 3.1 or 3.2 (or Swagger 2.0) document of yours, instead of --api
  --base-url <url>        where the server serves the API (stands for the spec's server URL)
  --header '<name: value>'  send with every request, e.g. 'X-API-KEY: …' (repeatable)
  --query '<name=value>'  send in every request's query string, e.g. 'api_key=…' (repeatable)
  --bearer <token>        send Authorization: Bearer <token>
  --basic <user:password> send Authorization: Basic, encoded
  --operation <id>        only this operationId (repeatable)
  --negative              also send requests that break the contract
  --report <format>       json or junit, written to --out
  --out <file>            where the report goes
  --timeout <ms>          per request (default 5000)
  --deadline <ms>         for the whole run (default 120000)
  --max-requests <n>      per operation (default 20)
  -h, --help              show this help

Exit status:
  0  the run passed (see Verdicts)
  1  it did not, or a mistake in the options or the spec
  ${EXIT_UNREACHABLE}  no server answered at --base-url (nothing was checked)

Examples:
  chatmock verify --api ${second} --base-url http://localhost:3000 --bearer dev-token
  chatmock verify --api ${first} --base-url http://127.0.0.1:4010/${first} \\
    --bearer t --negative --report junit --out verify.xml`
  },

  async run(args, io) {
    const { values } = parseOptions(args, {
      api: { type: 'string' },
      spec: { type: 'string' },
      'base-url': { type: 'string' },
      header: { type: 'string', multiple: true },
      query: { type: 'string', multiple: true },
      bearer: { type: 'string' },
      basic: { type: 'string' },
      operation: { type: 'string', multiple: true },
      negative: { type: 'boolean', default: false },
      report: { type: 'string' },
      out: { type: 'string' },
      timeout: { type: 'string' },
      deadline: { type: 'string' },
      'max-requests': { type: 'string' },
    })
    if (!values.api === !values.spec)
      throw new UsageError(
        'pass --api <id> for a built-in API or --spec <file> for a document of yours (one of the two)',
      )
    if (values.api && !isApiId(values.api))
      throw new UsageError(`unknown API "${values.api}"; expected ${listApiIds().join(', ')}`)
    const baseUrl = parseBaseUrl(values['base-url'], `an http(s) URL, e.g. http://127.0.0.1:4010/${exampleIds()[0]}`)
    if (values.report !== undefined && values.report !== 'json' && values.report !== 'junit')
      throw new UsageError(`--report must be json or junit (got "${values.report}")`)
    if ((values.report === undefined) !== (values.out === undefined))
      throw new UsageError('--report and --out go together')
    // Said before the run, not after it: a run can take minutes.
    if (values.out !== undefined && !existsSync(dirname(resolve(values.out))))
      throw new UsageError(`--out ${values.out}: the folder ${dirname(resolve(values.out))} does not exist`)
    const timeoutMs = parsePositive('--timeout', values.timeout)
    const deadlineMs = parsePositive('--deadline', values.deadline)
    const maxRequestsPerOperation = parsePositive('--max-requests', values['max-requests'])
    const spec = values.api ? await importApi(values.api) : loadApi(values.spec!)
    const unknown = values.operation?.find((id) => !spec.operationsById.has(id))
    if (unknown)
      throw new UsageError(
        `unknown operation "${unknown}" in ${spec.id}; expected ${[...spec.operationsById.keys()].join(', ')}`,
      )
    const headers = withCredential(parseHeaders(values.header ?? []), values.bearer, values.basic)
    const query = parseQueryFlags(values.query ?? [])
    const unreachable = await probe(baseUrl, timeoutMs ?? 5000)
    if (unreachable) {
      io.stderr(`chatmock verify: no server answered at ${baseUrl}: ${unreachable}; nothing was checked.\n`)
      return EXIT_UNREACHABLE
    }

    const report = await verify({
      api: spec,
      baseUrl,
      headers,
      query,
      operations: values.operation,
      negative: values.negative,
      timeoutMs,
      deadlineMs,
      maxRequestsPerOperation,
    })
    io.stdout(`${formatReport(report)}\n`)
    if (values.report && values.out) {
      try {
        writeFileSync(values.out, values.report === 'json' ? `${JSON.stringify(report, null, 2)}\n` : toJunit([report]))
      } catch (error) {
        io.stderr(`chatmock verify: cannot write the report to ${values.out}: ${describeFileError(error)}.\n`)
        return 1
      }
      io.stdout(`report written to ${values.out}\n`)
    }
    return report.passed ? 0 : 1
  },
}

/** `--bearer` and `--basic` as the Authorization header, which neither may then set twice. */
function withCredential(
  headers: Record<string, string>,
  bearer: string | undefined,
  basic: string | undefined,
): Record<string, string> {
  if (bearer === undefined && basic === undefined) return headers
  if (bearer !== undefined && basic !== undefined)
    throw new UsageError('--bearer and --basic both set Authorization; pass one of the two')
  const flag = bearer !== undefined ? '--bearer' : '--basic'
  if (Object.keys(headers).some((name) => name.toLowerCase() === 'authorization'))
    throw new UsageError(`${flag} sets Authorization, which a --header sets too; pass one of the two`)
  if (basic !== undefined && !basic.includes(':'))
    throw new UsageError(`--basic must be <user:password> (got "${basic}")`)
  if (bearer === '') throw new UsageError('--bearer needs a token')
  return {
    ...headers,
    Authorization:
      bearer !== undefined ? `Bearer ${bearer}` : `Basic ${Buffer.from(basic!, 'utf8').toString('base64')}`,
  }
}

/** Why no server answers at the base URL, or undefined when one does, whatever its status. */
async function probe(baseUrl: string, timeoutMs: number): Promise<string | undefined> {
  try {
    await fetch(baseUrl, { method: 'HEAD', redirect: 'manual', signal: AbortSignal.timeout(timeoutMs) })
    return undefined
  } catch (error) {
    return describeFetchFailure(error, baseUrl, timeoutMs)
  }
}
