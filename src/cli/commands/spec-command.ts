import { getApi, isApiId, listApiIds } from '../../spec/catalog.js'
import { type Command, parseOptions, UsageError } from '../command.js'
import { exampleIds } from '../example-ids.js'
import { renderSpecText } from '../../spec/render-spec-text.js'

export const specCommand: Command = {
  name: 'spec',
  summary: 'Print the OpenAPI 3.1 spec of an API',
  get help() {
    const [first, second] = exampleIds()
    return `Usage: chatmock spec <api> [options]

Prints the hand-written OpenAPI 3.1 spec of one API to standard output.

Arguments:
  <api>                 ${listApiIds().join(' | ')}

Options:
  --format <format>     yaml (default) or json
  --server-url <url>    replace the spec's servers with this one URL (e.g. a running mock)
  -h, --help            show this help

Examples:
  chatmock spec ${first} > ${first}.yaml
  chatmock spec ${second} --format json --server-url http://127.0.0.1:4010/${second}`
  },

  async run(args, io) {
    const { values, positionals } = parseOptions(args, { format: { type: 'string', default: 'yaml' }, 'server-url': { type: 'string' } }, true)
    const [id, ...extra] = positionals
    if (!id || extra.length > 0) throw new UsageError(`expected one API (${listApiIds().join(', ')})`)
    if (!isApiId(id)) throw new UsageError(`unknown API "${id}"; expected one of ${listApiIds().join(', ')}`)
    if (values.format !== 'yaml' && values.format !== 'json') throw new UsageError(`unknown format "${values.format}"; expected yaml or json`)

    const serverUrl = values['server-url']
    io.stdout(renderSpecText(getApi(id), values.format, serverUrl === undefined ? undefined : [{ url: serverUrl }]))
    return 0
  },
}
