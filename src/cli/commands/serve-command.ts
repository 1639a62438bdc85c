import type { MockSettings } from '../../mock/behaviours/mock-settings.js'
import type { Api } from '../../api/api.js'
import { inferResources } from '../../openapi/infer-resources.js'
import { getApi, importApis, isApiId, listApiIds } from '../../openapi/catalog.js'
import { loadSpecApis } from '../load-spec-apis.js'
import { ListenError } from '../../errors/listen-error.js'
import { isLoopback, startChatmockServer } from '../../server/start-chatmock-server.js'
import { normalizeOrigin } from '../../server/create-admin-origin-guard.js'
import { normalizeHostName } from '../../server/create-host-check.js'
import { loadFixturesFile } from '../../store/load-fixtures-file.js'
import { type Command, parseOptions, UsageError } from '../command.js'
import { describeListenRemedy } from '../describe-listen-remedy.js'
import { checkSettingsFrom, loadSettingsFile } from '../load-settings-file.js'
import { applyFaultFlags } from '../parse-fault-flags.js'
import { exampleIds } from '../example-ids.js'

/**
 * Served documents with this many operations in all are large: left to itself, V8 lets the heap of
 * a server that has answered them all grow to 3 or 4 times what is live (Microsoft Graph's 11,422
 * operations: 700 MiB resident, 260 MiB with the heap kept within 10%).
 */
const LARGE_OPERATIONS = 1000
const HEAP_GROWTH_PERCENT = 10

export const serveCommand: Command = {
  name: 'serve',
  summary: 'Start the standalone mock server',
  get help() {
    const [first, second] = exampleIds()
    const operation = (isApiId(second) && getApi(second).operations[0]?.operationId) || 'listItems'
    return `Usage: chatmock serve [options]

Serves the fake backends over HTTP, each API under its prefix, which stands for its documented
server URL: ${listApiIds()
      .map((id) => `/${id}`)
      .join(', ')}, and any OpenAPI 3.0, 3.1 or 3.2
document of yours (--spec; Swagger 2.0 is converted on load). GET / lists them.

Options:
  --port <port>         port to listen on (default: $PORT, else 4010; 0 picks a free one)
  --host <host>         address to bind (default 127.0.0.1)
  --api <id>            serve only this built-in API; repeat or separate with commas
                        (${listApiIds().join(', ')})
  --spec <file>[=/prefix]
                        also serve this OpenAPI document (YAML or JSON; repeatable), at
                        /<x-chatmock-id>, else /<file name>, or at the prefix given. Its
                        resources (a collection path such as /pets and its item path
                        /pets/{id}) keep their records: a POST stores, a GET reads it back,
                        PATCH, PUT and DELETE change it (chatmock spec <file> --resources
                        shows what was inferred); every other operation answers from the
                        spec: its example, or data generated from its schema (deterministic,
                        see --seed)
  --stateless           keep no records for --spec documents: every operation answers from
                        the spec alone, as Prism does
  --no-builtins         serve only the --spec documents
  --strict              refuse every request the contract refuses (400/422 naming every
                        issue, 405 with Allow), also where the real server lets it through
                        as the document's x-chatmock-lenient says (default: as the server
                        does); a request's Prefer: handling=strict or handling=lenient
                        decides for that request
  --seed <number>       faker seed of the default fixtures and of generated answers
  --fixtures <file>     JSON fixtures to load instead of the defaults (per API)
  --cors-origin <url>   the mocked APIs answer only this origin (repeatable); default: any
  --allow-origin <origin>
                        a page on this origin may also call the admin API, /__chatmock
                        (repeatable); pages on localhost, *.localhost, 127.x.x.x and [::1]
                        always may, on any port; any other origin is refused with a 403
  --allowed-host <name> answer requests whose Host is this name (repeatable; .example.test
                        allows a domain and its subdomains, all turns the check off); IP
                        addresses, localhost, *.localhost and --host always pass, any other
                        name is refused with a 403 (a guard against DNS rebinding)
  --settings <file>     latency, faults, quotas and scripted replies to start with: the JSON
                        that PUT /__chatmock/settings takes; the fault flags apply over it
  --latency [<scope>=]<ms>
                        delay answers: 200, or a random 100-400
  --error-rate [<scope>=]<rate>
                        answer this share (0 to 1) of requests with a declared 5xx
  --network-error-rate [<scope>=]<rate>
                        cut this share (0 to 1) of connections without an answer
                        The fault flags repeat. Without a scope they apply to every API; a
                        scope is an API (${second}=0.5) or one of its operations
                        (${second}:${operation}=1), the most specific winning
  --record-limit <n>    the most records one store table holds (default 1000000)
  --journal-size <n>    how many exchanges the journal keeps (default 1000)
  --max-connections <n> the most real-time connections (WebSockets, event streams) open at
                        once (default 1000)
  --admin-token <token> require Authorization: Bearer <token> on /__chatmock (bound beyond
                        loopback a token is always required; one is made up if not given,
                        so pass your own there)
  --quiet               no log line per request
  -h, --help            show this help

Memory: documents of ${LARGE_OPERATIONS} operations or more in all are served with V8's heap kept within
${HEAP_GROWTH_PERCENT}% of what is live (less memory held, requests a little slower); a heap flag of your
own for node (NODE_OPTIONS=--max-old-space-size=<MiB>, or node --heap-growing-percent=<n>) chooses otherwise.

Exit status:
  0  stopped by SIGINT or SIGTERM (a closed standard output does not stop it)
  1  did not start: a mistake in the options, a --spec or --fixtures file that cannot be used,
     or a port or host it cannot listen on; or it did not shut down cleanly

Examples:
  chatmock serve
  chatmock serve --port 8080 --api ${first},${second}
  PORT=5000 chatmock serve --fixtures fixtures.json --quiet
  chatmock serve --error-rate 0.05 --error-rate ${second}:${operation}=1 --latency ${first}=100-400
  chatmock serve --settings faults.json
  chatmock serve --spec ./openapi/pets.yaml --spec ./orders.json=/shop
  chatmock serve --no-builtins --spec ./openapi/pets.yaml
  chatmock serve --strict
  chatmock serve --host 0.0.0.0 --admin-token "$TOKEN" --allowed-host chatmock`
  },

  async run(args, io) {
    const { values } = parseOptions(args, {
      port: { type: 'string' },
      host: { type: 'string', default: '127.0.0.1' },
      api: { type: 'string', multiple: true },
      spec: { type: 'string', multiple: true },
      'no-builtins': { type: 'boolean', default: false },
      stateless: { type: 'boolean', default: false },
      strict: { type: 'boolean', default: false },
      seed: { type: 'string' },
      fixtures: { type: 'string' },
      'cors-origin': { type: 'string', multiple: true },
      'allow-origin': { type: 'string', multiple: true },
      'allowed-host': { type: 'string', multiple: true },
      settings: { type: 'string' },
      latency: { type: 'string', multiple: true },
      'error-rate': { type: 'string', multiple: true },
      'network-error-rate': { type: 'string', multiple: true },
      'record-limit': { type: 'string' },
      'journal-size': { type: 'string' },
      'max-connections': { type: 'string' },
      'admin-token': { type: 'string' },
      quiet: { type: 'boolean', default: false },
    })
    const recordLimit =
      values['record-limit'] === undefined
        ? undefined
        : parseInteger('--record-limit', values['record-limit'], 1, Number.MAX_SAFE_INTEGER)
    const journalSize =
      values['journal-size'] === undefined
        ? undefined
        : parseInteger('--journal-size', values['journal-size'], 1, 10_000_000)
    const maxConnections =
      values['max-connections'] === undefined
        ? undefined
        : parseInteger('--max-connections', values['max-connections'], 1, 1_000_000)
    // An empty PORT (`PORT= chatmock serve`) is no port: the default.
    const port =
      values.port !== undefined
        ? parseInteger('--port', values.port, 0, 65_535)
        : io.env.PORT
          ? parseInteger('PORT', io.env.PORT, 0, 65_535)
          : 4010
    // [::1] as in a URL is the address ::1.
    const host = values.host.trim().replace(/^\[(.+)\]$/, '$1')
    if (host === '')
      throw new UsageError(
        '--host is empty; give an address of this machine, e.g. 127.0.0.1 (the default) or 0.0.0.0 for every interface',
      )
    const seed = values.seed === undefined ? undefined : parseInteger('--seed', values.seed, 0, Number.MAX_SAFE_INTEGER)
    if (values['no-builtins'] && values.api)
      throw new UsageError('--api chooses built-in APIs and --no-builtins serves none; pass one or the other')
    if (values['no-builtins'] && !values.spec)
      throw new UsageError('--no-builtins leaves nothing to serve; pass --spec <file>')
    const builtins = values['no-builtins'] ? [] : (parseApis(values.api) ?? listApiIds())
    const apis = [
      ...((await importApis(builtins)) as Api[]),
      ...loadSpecApis(values.spec ?? [], builtins, { stateless: values.stateless }),
    ]
    const fixtures = values.fixtures === undefined ? undefined : loadFixturesFile(values.fixtures, apis)
    const settings = readSettings(values, apis)
    const adminOrigins = values['allow-origin']?.map((origin) =>
      parseFlag(() => normalizeOrigin(origin, '--allow-origin')),
    )
    // As a browser sends it (http://localhost:5173/ is http://localhost:5173); * is any, the default.
    const corsOrigins = values['cors-origin']?.includes('*')
      ? undefined
      : values['cors-origin']?.map((origin) => parseFlag(() => normalizeOrigin(origin, '--cors-origin')))
    const hosts = values['allowed-host'] ?? []
    for (const name of hosts)
      if (name !== 'all' && name !== '*') parseFlag(() => normalizeHostName(name, '--allowed-host'))
    const allowedHosts = hosts.includes('all') || hosts.includes('*') ? true : hosts

    let started
    try {
      started = await startChatmockServer({
        port,
        host,
        apis,
        seed,
        strict: values.strict,
        fixtures: fixtures as never,
        settings,
        recordLimit,
        journalSize,
        maxConnections,
        adminToken: values['admin-token'],
        adminOrigins,
        allowedHosts,
        cors: corsOrigins ? { origin: corsOrigins } : undefined,
        log: values.quiet ? undefined : (line) => io.stdout(`${line}\n`),
        // A document's examples that break its schemas: said where the command's other warnings go.
        warn: (line) => io.stderr(`${line}\n`),
      })
    } catch (error) {
      if (error instanceof ListenError) {
        io.stderr(`chatmock serve: ${error.message.replace(/^\[chatmock\] /, '')}; ${describeListenRemedy(error)}.\n`)
        return 1
      }
      throw error
    }

    const server = started
    // Listen for the signals before saying the server is up: a caller may send one at once.
    const stopped = waitForStop(io.signal)
    if (!isLoopback(host)) {
      io.stderr(
        `chatmock: warning: bound to ${host}, beyond this machine's loopback: anyone who can reach it can use the mock.\n`,
      )
      io.stderr(
        `chatmock: the admin API (${server.url}/__chatmock) requires Authorization: Bearer ${server.adminToken}\n`,
      )
      if (values['admin-token'] === undefined)
        io.stderr(
          'chatmock: that token is new each run; choose a lasting one with --admin-token <token> (recommended whenever --host is not loopback)\n',
        )
      if (allowedHosts !== true)
        io.stderr(
          'chatmock: clients that reach it by a name other than localhost need --allowed-host <name>; IP addresses always pass\n',
        )
    }
    for (const { api } of server.apis)
      if (api.source?.convertedFrom)
        io.stdout(
          `chatmock: converted ${api.source.convertedFrom} to OpenAPI 3.0 on load: ${api.source.file} (${api.id})\n`,
        )
    io.stdout(`chatmock listening on ${server.url}\n`)
    const operations = server.apis.reduce((sum, { api }) => sum + api.operations.length, 0)
    if (operations >= LARGE_OPERATIONS && io.heap && !io.heap.chosenByUser) {
      const { heap } = io
      // Once the first answer is out: sooner, the collections it adds slow the first answer down.
      server.server.once('request', (_request, response) =>
        response.once('close', () => heap.setGrowth(HEAP_GROWTH_PERCENT)),
      )
      io.stdout(
        `chatmock: ${operations} operations: the heap is kept within ${HEAP_GROWTH_PERCENT}% of what is live (less memory held, requests a little slower); a heap flag of your own for node (NODE_OPTIONS=--max-old-space-size=<MiB>, or node --heap-growing-percent=<n>) chooses otherwise\n`,
      )
    }
    for (const mockApi of server.apis) {
      io.stdout(
        `  ${`${server.url}${mockApi.api.prefix}`.padEnd(40)} ${mockApi.api.serverUrl ? `stands for ${mockApi.api.serverUrl}` : `serves ${mockApi.api.title}`}${describeResources(mockApi.api)}\n`,
      )
      const cable = mockApi.api.realtime?.actionCable
      if (cable)
        io.stdout(
          `  ${`${server.url.replace(/^http/, 'ws')}${mockApi.api.prefix}${cable.path}`.padEnd(40)} stands for ${cable.url} (ActionCable)\n`,
        )
    }

    const signal = await stopped
    io.stdout(`chatmock: ${signal} received, shutting down\n`)
    return server.close().then(
      () => 0,
      () => 1,
    )
  },
}

/** Resolves with the name of what asked the server to stop: SIGINT, SIGTERM, or an abort of the caller's signal. */
function waitForStop(abort: AbortSignal | undefined): Promise<string> {
  return new Promise((resolve) => {
    const stop = (name: string) => {
      process.off('SIGINT', onInterrupt)
      process.off('SIGTERM', onTerminate)
      abort?.removeEventListener('abort', onAbort)
      resolve(name)
    }
    const onInterrupt = () => stop('SIGINT')
    const onTerminate = () => stop('SIGTERM')
    const onAbort = () => stop('stop request')
    process.once('SIGINT', onInterrupt)
    process.once('SIGTERM', onTerminate)
    if (abort?.aborted) onAbort()
    else abort?.addEventListener('abort', onAbort, { once: true })
  })
}

/** The value a flag's parser returns, its RangeError a usage error. */
function parseFlag<T>(parse: () => T): T {
  try {
    return parse()
  } catch (error) {
    if (error instanceof RangeError) throw new UsageError(error.message)
    throw error
  }
}

/** The `--settings` file's settings with the fault flags over them, checked for the APIs to serve. */
function readSettings(
  values: { settings?: string; latency?: string[]; 'error-rate'?: string[]; 'network-error-rate'?: string[] },
  apis: readonly Api[],
): MockSettings {
  const file = values.settings === undefined ? {} : loadSettingsFile(values.settings, apis)
  const settings = applyFaultFlags(file, values, apis)
  // Each part was checked alone; together a flag's rate can still leave no room for one it inherits.
  checkSettingsFrom(
    values.settings === undefined ? 'the fault flags' : `the fault flags over --settings ${values.settings}`,
    settings,
    apis,
  )
  return settings
}

function parseInteger(flag: string, text: string, min: number, max: number): number {
  const value = Number(text)
  if (!/^\d+$/.test(text) || value < min || value > max)
    throw new UsageError(`${flag} must be an integer from ${min} to ${max} (got "${text}")`)
  return value
}

function parseApis(values: string[] | undefined): string[] | undefined {
  if (!values) return undefined
  const ids = values
    .flatMap((value) => value.split(','))
    .map((value) => value.trim())
    .filter(Boolean)
  const unknown = ids.filter((id) => !isApiId(id))
  if (unknown.length > 0) throw new UsageError(`unknown API "${unknown[0]}"; expected ${listApiIds().join(', ')}`)
  if (ids.length === 0) throw new UsageError(`--api names no API; expected ${listApiIds().join(', ')}`)
  return listApiIds().filter((id) => ids.includes(id))
}

/**
 * What a user API keeps, on its start-up line: `; keeps /pets, /orders` (the first three, and how
 * many more). A large document's resources are inferred as they are first used, not to print a line.
 */
function describeResources(api: Api): string {
  if (api.stateful && api.operations.length >= LARGE_OPERATIONS)
    return `; keeps the records of its resources (chatmock spec ${api.source?.file ?? '<file>'} --resources lists them)`
  const paths = api.stateful ? inferResources(api).resources.map((resource) => resource.collectionPath) : []
  if (paths.length === 0) return ''
  const more = paths.length > 3 ? ` and ${paths.length - 3} more` : ''
  return `; keeps ${paths.slice(0, 3).join(', ')}${more}`
}
