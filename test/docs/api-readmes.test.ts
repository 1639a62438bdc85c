import { describe, expect, it } from 'vitest'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { builtinApis } from '../support/register-builtins.js'
import { getContract } from '../../src/contract/get-contract.js'
import { isShell, readBlocks, root, splitChunks } from './read-docs.js'

// Each built-in API's README (handlers/<id>/README.md): a table of every operation, a curl command that
// reaches each of them, and one for each action of the other side. run-docs.ts runs them all.

describe.each(builtinApis.map((api) => [api.id, api] as const))('handlers/%s/README.md', (_, api) => {
  const file = `handlers/${api.id}/README.md`
  const text = readFileSync(join(root, file), 'utf8')
  const commands = readBlocks(file)
    .filter(isShell)
    .flatMap((block) => splitChunks(block).map((chunk) => chunk.command))

  it('lists every operation in its table', () => {
    for (const operation of api.operations)
      expect(text, operation.operationId).toContain(
        `| \`${operation.operationId}\` | \`${operation.method.toUpperCase()} ${operation.path}\` |`,
      )
  })

  it('reaches every operation with a curl command', () => {
    const contract = getContract(api)
    const reached = new Set(
      commands
        .filter((command) => command.includes(`127.0.0.1:4010${api.prefix}/`))
        .map((command) => {
          const method = /-X (\w+)/.exec(command)?.[1] ?? 'GET'
          const path = new URL(/"?(http:\/\/127\.0\.0\.1:4010\S+?)["']?(\s|$)/.exec(command)![1]!).pathname.slice(
            api.prefix.length,
          )
          const match = contract.route(method, path)
          return match.kind === 'operation' ? match.operation.operationId : `${method} ${path} matches no operation`
        }),
    )
    expect(api.operations.map((operation) => operation.operationId).filter((id) => !reached.has(id))).toEqual([])
  })

  it('shows every action of the other side with a curl command', () => {
    const reached = new Set(
      commands.map((command) =>
        /127\.0\.0\.1:4010\/__chatmock\/act\/([^/\s]+)\/([^/\s'"]+)/.exec(command)?.slice(1).join(' '),
      ),
    )
    expect(Object.keys(api.declaredActions ?? {}).filter((action) => !reached.has(`${api.id} ${action}`))).toEqual([])
  })
})
