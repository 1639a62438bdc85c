import { execFileSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startNpm } from '../support/start-npm.js'
import { builtinApis } from '../../apis/index.js'
import { getContract } from '../../src/contract/get-contract.js'

// README "The operations": per API, a table of every operation and a block of curl commands, each
// with the status it gets in a comment. Run verbatim against `npm start`, in order.

const root = fileURLToPath(new URL('../../', import.meta.url))
const readme = readFileSync(new URL('README.md', `file://${root}`), 'utf8')
const section = readme.slice(readme.indexOf('## The operations\n'), readme.indexOf('\n## ', readme.indexOf('## The operations\n') + 1))

interface Command {
  status: string
  curl: string
}

/** The commands of a ```sh block: each a `# <status>` comment, then the curl command. */
function readCommands(code: string): Command[] {
  return code.split(/\n\n(?=# )/).map((chunk) => {
    const [comment, ...lines] = chunk.split('\n')
    return { status: /^# (\d{3})\b/.exec(comment!)?.[1] ?? 'no status', curl: lines.join('\n') }
  })
}

const blocks = builtinApis.map((api) => {
  const heading = section.indexOf(`(\`${api.prefix}\`)`)
  const rest = section.slice(heading)
  const table = rest.slice(0, rest.indexOf('```'))
  const code = rest.slice(rest.indexOf('```sh\n') + 6, rest.indexOf('\n```', rest.indexOf('```sh\n')))
  return { api, heading, table, commands: readCommands(code) }
})

// README "Behaviour of each API": an API's paragraph "The other side: …" shows its actions with
// ```sh blocks of the same form (`POST /__chatmock/act/<api>/<action>`), run verbatim after the
// operations' commands, in order.
const behaviourStart = readme.indexOf('## Behaviour of each API\n')
const behaviour = readme.slice(behaviourStart, readme.indexOf('\n## ', behaviourStart + 1))
const otherSides = builtinApis.flatMap((api) => {
  const start = behaviour.indexOf(`** (\`${api.id}\`)`)
  if (start < 0) return []
  const next = behaviour.indexOf('\n**', start)
  const part = behaviour.slice(start, next < 0 ? undefined : next)
  if (!part.includes('\nThe other side: ')) return []
  const commands = [...part.matchAll(/```sh\n([\s\S]*?)\n```/g)].flatMap((match) => readCommands(match[1]!))
  return [[api.id, { api, commands }] as const]
})

let url = ''
let stop: () => void = () => {}
beforeAll(async () => {
  ;({ url, stop } = await startNpm())
}, 30_000)
afterAll(() => stop())

describe.each(blocks.map((block) => [block.api.id, block] as const))('%s', (_, { api, heading, table, commands }) => {
  it('has a section in the README', () => {
    expect(heading).toBeGreaterThan(-1)
  })

  it('lists every operation in its table', () => {
    for (const operation of api.operations) expect(table, operation.operationId).toContain(`| \`${operation.operationId}\` | \`${operation.method.toUpperCase()} ${operation.path}\` |`)
  })

  it('reaches every operation with a curl command', () => {
    const contract = getContract(api)
    const reached = new Set(
      commands.map(({ curl }) => {
        const method = /-X (\w+)/.exec(curl)?.[1] ?? 'GET'
        const target = /"?(http:\/\/127\.0\.0\.1:4010\S+?)"?(\s|$)/.exec(curl)![1]!
        const path = new URL(target).pathname.slice(api.prefix.length)
        const match = contract.route(method, path)
        return match.kind === 'operation' ? match.operation.operationId : `${method} ${path} matches no operation`
      }),
    )
    expect(api.operations.map((operation) => operation.operationId).filter((id) => !reached.has(id))).toEqual([])
  })

  it('answers each command with the status its comment gives, in order', () => {
    for (const { status, curl } of commands) {
      const command = `${curl.replaceAll('http://127.0.0.1:4010', url)} -o /dev/null -w '%{http_code}'`
      expect(execFileSync('bash', ['-c', command], { encoding: 'utf8' }), curl).toBe(status)
    }
  })
})

describe.each(otherSides)('%s, the other side', (_, { api, commands }) => {
  it('shows every action of the API with a curl command', () => {
    const reached = new Set(commands.map(({ curl }) => /http:\/\/127\.0\.0\.1:4010\/__chatmock\/act\/([^/\s]+)\/([^/\s'"]+)/.exec(curl)?.slice(1).join(' ')))
    expect(Object.keys(api.declaredActions ?? {}).filter((action) => !reached.has(`${api.id} ${action}`))).toEqual([])
  })

  it('answers each command with the status its comment gives, in order', () => {
    for (const { status, curl } of commands) {
      const command = `${curl.replaceAll('http://127.0.0.1:4010', url)} -o /dev/null -w '%{http_code}'`
      expect(execFileSync('bash', ['-c', command], { encoding: 'utf8' }), curl).toBe(status)
    }
  })
})
