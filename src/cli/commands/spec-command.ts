import { existsSync } from 'node:fs'
import { loadApi } from '../../mock/load-api.js'
import { importApi, isApiId, listApiIds } from '../../openapi/catalog.js'
import { renderSpecText } from '../../openapi/render-spec-text.js'
import type { ApiSpec } from '../../api/spec.js'
import { type CliIo, type Command, parseOptions, UsageError } from '../command.js'
import { exampleIds } from '../example-ids.js'
import { describeResources } from '../describe-resources.js'

export const specCommand: Command = {
  name: 'spec',
  summary: 'Print the OpenAPI spec of an API, or the operations of a document',
  get help() {
    const [first, second] = exampleIds()
    return `Usage: chatmock spec <api | file> [options]

Prints the spec of a built-in API (the hand-written OpenAPI 3.1 document) or of an OpenAPI 3.0 or
3.1 file of yours, as written, to standard output; with --operations, a table of its operations.

Arguments:
  <api>                 ${listApiIds().join(' | ')}
  <file>                an OpenAPI document (YAML or JSON)

Options:
  --format <format>     yaml (default) or json
  --server-url <url>    replace the spec's servers with this one URL (e.g. a running mock)
  --operations          list the operations: operationId, method and path; an operation without
                        an operationId shows the one chatmock derives from its method and path
  --resources           list the resources inferred from a document's paths (collection and
                        item path, id property, where the answers hold the record or the list,
                        paging, filters) and every operation left stateless, with why; with
                        --format json, as JSON
  -h, --help            show this help

Exit status:
  0  printed
  1  a mistake in the arguments, an unknown API, or a file that does not exist, cannot be read
     or is not an OpenAPI 3.0, 3.1 or 3.2 (or Swagger 2.0) document

Examples:
  chatmock spec ${first} > ${first}.yaml
  chatmock spec ${second} --format json --server-url http://127.0.0.1:4010/${second}
  chatmock spec ./openapi/pets.yaml --operations
  chatmock spec ./openapi/pets.yaml --resources`
  },

  async run(args, io) {
    const { values, positionals } = parseOptions(
      args,
      {
        format: { type: 'string', default: 'yaml' },
        'server-url': { type: 'string' },
        operations: { type: 'boolean', default: false },
        resources: { type: 'boolean', default: false },
      },
      true,
    )
    const [name, ...extra] = positionals
    if (!name || extra.length > 0)
      throw new UsageError(`expected one API (${listApiIds().join(', ')}) or an OpenAPI file`)
    if (values.format !== 'yaml' && values.format !== 'json')
      throw new UsageError(`unknown format "${values.format}"; expected yaml or json`)
    // A name that looks like a path is a file, there or not: loading it says what is wrong with it.
    const api = isApiId(name)
      ? await importApi(name)
      : existsSync(name) || /[\\/]|^[.~]|\.(ya?ml|json)$/i.test(name)
        ? loadApi(name)
        : undefined
    if (!api)
      throw new UsageError(`unknown API "${name}"; expected one of ${listApiIds().join(', ')}, or an OpenAPI file`)
    if (values.operations && values.resources) throw new UsageError('--operations and --resources: choose one')
    if (values.operations) {
      printOperations(api, io)
      return 0
    }
    if (values.resources) {
      io.stdout(describeResources(api, values.format === 'json' ? 'json' : 'text'))
      return 0
    }
    const serverUrl = values['server-url']
    io.stdout(await renderSpecText(api, values.format, serverUrl === undefined ? undefined : [{ url: serverUrl }]))
    return 0
  },
}

function printOperations(api: ApiSpec, io: CliIo): void {
  const written = api.source?.original ?? api.document
  const rows = api.operations.map((operation) => {
    const derived = !(written.paths?.[operation.path] as Record<string, { operationId?: string }> | undefined)?.[
      operation.method
    ]?.operationId
    return [operation.operationId + (derived ? ' (derived)' : ''), operation.method.toUpperCase(), operation.path]
  })
  const width = Math.max('OPERATION'.length, ...rows.map((row) => row[0]!.length))
  io.stdout(
    `${'OPERATION'.padEnd(width)}  METHOD  PATH\n${rows.map(([id, method, path]) => `${id!.padEnd(width)}  ${method!.padEnd(6)}  ${path}`).join('\n')}\n`,
  )
}
