import { existsSync } from 'node:fs'
import { loadApi } from '../mock/load-api.js'
import type { Api } from '../api/api.js'
import { UsageError } from './command.js'

/**
 * The APIs of `--spec <file>[=/prefix]` flags, each under its id (`x-chatmock-id`, else the file's
 * name) or the prefix given; an id or prefix that another API served here already has (or the
 * admin API's /__chatmock) is a usage error naming both.
 */
export function loadSpecApis(
  flags: readonly string[],
  served: readonly string[],
  options: { stateless?: boolean } = {},
): Api[] {
  const taken = new Map([
    ...served.map((id) => [`/${id}`, `the built-in API "${id}"`] as const),
    ['/__chatmock', 'the admin API'],
  ])
  const ids = new Map(served.map((id) => [id, `the built-in API "${id}"`]))
  return flags.map((flag) => {
    const { file, prefix } = parseSpecFlag(flag)
    const api = loadApi(file, { ...(prefix ? { prefix } : {}), ...(options.stateless ? { stateless: true } : {}) })
    const clash = ids.get(api.id) ?? taken.get(api.prefix)
    if (clash) {
      // A prefix given on the command line leaves the id as it is: only the document can rename it.
      const what = ids.has(api.id) ? `id "${api.id}"` : `prefix ${api.prefix}`
      const remedy = ids.has(api.id)
        ? 'give it another id with x-chatmock-id in the document'
        : `give it another prefix with --spec ${file}=/<prefix>`
      throw new UsageError(
        `--spec ${flag}: its ${what} is taken by ${clash}; ${remedy}${served.some((id) => ids.get(id) === clash) ? ', or pass --no-builtins' : ''}`,
      )
    }
    ids.set(api.id, `--spec ${flag}`)
    taken.set(api.prefix, `--spec ${flag}`)
    return api
  })
}

/** `pets.yaml=/shop` as its file and prefix; a file whose own name holds "=" is taken whole. */
function parseSpecFlag(flag: string): { file: string; prefix?: string } {
  const at = flag.lastIndexOf('=')
  if (at === -1 || existsSync(flag)) return { file: flag }
  const file = flag.slice(0, at)
  const prefix = flag.slice(at + 1).replace(/(.)\/+$/, '$1')
  const example = `--spec ${file || 'openapi.yaml'}=/${prefix.replace(/^\/+/, '') || 'shop'}`
  if (file === '') throw new UsageError(`--spec ${flag}: the file is missing before "=" (${example})`)
  if (prefix === '')
    throw new UsageError(`--spec ${flag}: nothing follows "="; give a prefix (${example}) or leave out "="`)
  if (!prefix.startsWith('/')) throw new UsageError(`--spec ${flag}: the prefix must start with / (${example})`)
  if (prefix === '/')
    throw new UsageError(
      `--spec ${flag}: the prefix must name a path under the server's root, which lists the APIs (${example})`,
    )
  return { file, prefix }
}
