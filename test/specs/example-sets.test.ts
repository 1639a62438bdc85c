import fc from 'fast-check'
import type { OpenAPIV3_1 } from 'openapi-types'
import { resolveRef } from '../../src/openapi/resolve-ref.js'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { builtinApis } from '../support/register-builtins.js'
import { getContract } from '../../src/contract/get-contract.js'
import { normalizeHeaders } from '../../src/contract/normalize-headers.js'
import { checkResponse } from '../../src/contract/validate-response.js'
import { type ChatmockServer, startChatmockServer } from '../../src/server/start-chatmock-server.js'
import { toFetchArguments } from '../../src/verify/to-fetch-arguments.js'
import {
  type ExampleSet,
  listExampleSets,
  listRequestNames,
  listResponseExamples,
} from '../../src/openapi/example-sets.js'
import { validCredentials } from '../support/request-arbitrary.js'

// Example-driven tools (Specmatic, Dredd, Prism, Postman imports) pair a request's parameter and
// body examples with a response example by name. Every operation's examples come in such named
// sets, and each set, sent to a fresh mock, gets its response's status and a body valid against it.

const operations = builtinApis.flatMap((api) => api.operations.map((operation) => ({ api, operation })))

describe.each(operations.map(({ api, operation }) => [`${api.id} ${operation.operationId}`, api, operation] as const))(
  '%s',
  (_, api, operation) => {
    const requestNames = listRequestNames(api, operation)
    const responses = listResponseExamples(api, operation)
    const reachable = responses.filter((example) => !example.unreachable)
    const bodiless2xx = Object.entries(operation.responses).filter(
      ([status, response]) => /^2/.test(status) && !response.content,
    )
    const names = new Set([
      ...[...requestNames.parameters.values()].flatMap((set) => [...set]),
      ...requestNames.body,
      ...reachable.map((example) => example.name),
    ])

    it('names each response example once', () => {
      const seen = responses.map((example) => example.name)
      expect(seen.filter((name, index) => seen.indexOf(name) !== index)).toEqual([])
    })

    it('has every named set complete: each required path parameter, a required body and one response carry the name', () => {
      const problems: string[] = []
      for (const name of names) {
        if (!reachable.some((example) => example.name === name) && bodiless2xx.length !== 1)
          problems.push(
            `"${name}" names no response (and there is no single success response without a body to pair it with)`,
          )
        for (const parameter of operation.parameters.filter(
          (candidate) => candidate.in === 'path' || candidate.required,
        )) {
          if (!requestNames.parameters.get(`${parameter.in}:${parameter.name}`)!.has(name))
            problems.push(`"${name}" has no example for the ${parameter.in} parameter ${parameter.name}`)
        }
        if (operation.requestBody?.required && !requestNames.body.has(name))
          problems.push(`"${name}" has no request body example`)
      }
      for (const example of responses.filter((candidate) => candidate.unreachable)) {
        if (
          [...requestNames.parameters.values()].some((set) => set.has(example.name)) ||
          requestNames.body.has(example.name)
        )
          problems.push(`"${example.name}" is marked not example-reachable but a request carries it`)
      }
      expect(problems).toEqual([])
    })

    it('reaches every declared status with a named set, or marks it x-mock: not example-reachable', () => {
      const targeted = new Set(reachable.map((example) => example.status))
      if (bodiless2xx.length === 1 && [...names].some((name) => !reachable.some((example) => example.name === name)))
        targeted.add(bodiless2xx[0]![0])
      const missing = Object.entries(operation.responses)
        .filter(
          ([status, response]) =>
            !targeted.has(status) && (response as { 'x-mock'?: string })['x-mock'] !== 'not example-reachable',
        )
        .map(([status]) => status)
      expect(missing).toEqual([])
    })
  },
)

function withoutTraceId(body: unknown): unknown {
  if (typeof body !== 'object' || body === null) return body
  const { trace_id: _, ...rest } = body as Record<string, unknown>
  return rest
}

function exampleValue(set: ExampleSet): unknown {
  const media = set.operation.responses[set.status]!.content![set.mediaType!]!
  return resolveRef<OpenAPIV3_1.ExampleObject>(set.api.document, media.examples![set.name] as OpenAPIV3_1.ExampleObject)
    .value
}

describe('every named set, sent to a fresh mock in an order of its own', () => {
  let server: ChatmockServer
  beforeAll(async () => {
    server = await startChatmockServer({ port: 0 })
  })
  afterAll(() => server.close())

  const sets = operations.flatMap(({ api, operation }) => listExampleSets(api, operation))
  // Not the spec's order: a seeded shuffle, so that no set can lean on the one written before it.
  const order = fc.sample(fc.shuffledSubarray(sets, { minLength: sets.length, maxLength: sets.length }), {
    numRuns: 1,
    seed: 20261201,
  })[0]!

  it('holds a set for every operation', () => {
    expect(new Set(sets.map((set) => `${set.api.id} ${set.operation.operationId}`)).size).toBe(operations.length)
  })

  it.each(
    order.map((set) => [`${set.api.id} ${set.operation.operationId} "${set.name}" → ${set.status}`, set] as const),
  )('%s', async (_, set) => {
    const [url, init] = toFetchArguments(`${server.url}${set.api.prefix}`, set.operation, {
      path: set.path,
      query: set.query,
      headers: { ...validCredentials[set.api.id as keyof typeof validCredentials] },
      ...(set.body ? { body: set.body.value } : {}),
    })
    if (set.body) init.headers['content-type'] = set.body.mediaType
    const response = await fetch(url, init)
    const text = await response.text()
    expect(`${response.status}`, text).toBe(set.status)
    const check = checkResponse(
      getContract(set.api).compiled(set.operation),
      response.status,
      normalizeHeaders(response.headers),
      text,
    )
    expect(check).toEqual({ valid: true })
    // An error is the example word for word (but for a trace id, new on every answer).
    if (/^4/.test(set.status)) expect(withoutTraceId(JSON.parse(text))).toEqual(withoutTraceId(exampleValue(set)))
  })
})
