import type { OpenAPIV3_1 } from 'openapi-types'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { builtinApis } from '../support/register-builtins.js'
import { resolveRef } from '../../src/openapi/resolve-ref.js'
import type { Operation } from '../../src/api/spec.js'
import { getContractOf } from '../../src/contract/get-contract.js'
import { listExampleSets } from '../../src/openapi/example-sets.js'
import { type ChatmockServer, startChatmockServer } from '../../src/server/start-chatmock-server.js'
import { validCredentials } from '../support/request-arbitrary.js'

// The error examples of the specs are in the mock's own words. An example that a named example set
// reaches is sent by test/specs/example-sets.test.ts; one that only an invalid request reaches
// says which request, in `x-chatmock-request`; sent to the mock, it gets exactly
// the example (but for a trace id, which is new on every answer). A body over 1 MB (413) and a URL
// over 8 KB (414) are too large to write down: those are sent to the operation as they are.

interface ExampleRequest {
  method: string
  /** Under the API's base, query string included. */
  path: string
  body?: unknown
  contentType?: string
  /** Send the API's credentials (default true). */
  credentials?: boolean
  /** More headers (a `Prefer` that steers to a status). */
  headers?: Record<string, string>
  /** A string field of the body too long to write down: the body's field at `pointer` becomes `text` repeated `times` times. */
  repeat?: { pointer: string; text: string; times: number }
}

/** The body with its `repeat` field filled in. */
function fillBody(body: unknown, repeat: ExampleRequest['repeat']): unknown {
  if (!repeat) return body
  const copy = structuredClone(body) as Record<string, unknown>
  const keys = repeat.pointer.split('/').slice(1)
  const parent = keys
    .slice(0, -1)
    .reduce<Record<string, unknown>>((node, key) => node[key] as Record<string, unknown>, copy)
  parent[keys.at(-1)!] = repeat.text.repeat(repeat.times)
  return copy
}

const CHECKED = ['400', '401', '413', '414', '415', '422']
const seen = new Set<unknown>()

const cases = builtinApis.flatMap((api) =>
  api.operations.flatMap((operation) =>
    Object.entries(operation.responses)
      .filter(([status]) => CHECKED.includes(status))
      .flatMap(([status, response]) =>
        Object.values(response.content ?? {}).flatMap((media) =>
          Object.entries(media.examples ?? {})
            .map(([name, maybe]) => {
              const example = resolveRef<OpenAPIV3_1.ExampleObject & { 'x-chatmock-request'?: ExampleRequest }>(
                api.document,
                maybe as OpenAPIV3_1.ExampleObject,
              )
              // An example of a shared response component is checked once.
              if (seen.has(example)) return undefined
              seen.add(example)
              if (listExampleSets(api, operation).some((set) => set.name === name && set.status === status))
                return undefined
              return { api, operation, status, name, example }
            })
            .filter((item) => item !== undefined),
        ),
      ),
  ),
)

/** Fields that differ on every answer. */
function withoutVolatile(body: unknown): unknown {
  if (typeof body !== 'object' || body === null) return body
  const { trace_id: _, ...rest } = body as Record<string, unknown>
  return rest
}

let server: ChatmockServer
beforeAll(async () => {
  server = await startChatmockServer({ port: 0 })
})
afterAll(() => server.close())

/** A body over 1 MB or a URL over 8 KB, sent to the operation: its path filled from its first named example set. */
function oversize(operation: Operation, status: string): ExampleRequest {
  const [set] = listExampleSets(getContractOf(operation).api, operation)
  const path = operation.path.replace(/\{([^}]+)\}/g, (_, name: string) =>
    encodeURIComponent(String(set?.path[name] ?? 1)),
  )
  return status === '414'
    ? { method: operation.method.toUpperCase(), path: `${path}?q=${'a'.repeat(9000)}` }
    : { method: operation.method.toUpperCase(), path, body: `{"x":"${'a'.repeat(1_100_000)}"}` }
}

describe.each(
  cases.map((item) => [`${item.api.id} ${item.operation.operationId} ${item.status} "${item.name}"`, item] as const),
)('%s', (_, { api, operation, status, example }) => {
  const generated = status === '413' || status === '414'

  if (!generated) {
    it('says which request reaches it (x-chatmock-request)', () => {
      expect(example['x-chatmock-request']).toMatchObject({
        method: expect.any(String),
        path: expect.stringMatching(/^\//),
      })
    })
  }

  it('is what the mock answers to that request, word for word', async () => {
    const request = generated ? oversize(operation, status) : example['x-chatmock-request']!
    const headers: Record<string, string> = {
      ...(request.credentials === false ? {} : validCredentials[api.id as keyof typeof validCredentials]),
      ...request.headers,
    }
    let body: string | undefined
    if (request.body !== undefined) {
      headers['content-type'] = request.contentType ?? 'application/json'
      body = typeof request.body === 'string' ? request.body : JSON.stringify(fillBody(request.body, request.repeat))
    }
    const response = await fetch(`${server.url}${api.prefix}${request.path}`, { method: request.method, headers, body })
    expect(String(response.status)).toBe(status)
    expect(withoutVolatile(await response.json())).toEqual(withoutVolatile(example.value))
  })
})
