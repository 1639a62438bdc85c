import { getContract } from '../contract/get-contract.js'
import { normalizeHeaders } from '../contract/normalize-headers.js'
import { isStrictApi } from '../contract/create-ajv.js'
import { checkResponse } from '../contract/validate-response.js'
import type { ApiRef } from '../api/api.js'
import { SpecError } from '../errors/spec-error.js'
import { importApi } from '../openapi/catalog.js'
import { listExampleSets } from '../openapi/example-sets.js'
import type { ApiSpec, Operation } from '../api/spec.js'
import { evaluateExpression } from './evaluate-expression.js'
import { createNegativeCases } from './negative-cases.js'
import { planOperations } from './plan-operations.js'
import { describeCredentials } from './describe-credentials.js'
import { draftRequest } from './draft-request.js'
import { chooseExpectedStatus, isReceivable, reachesStatus } from './expected-status.js'
import { listCredentialKeys } from './list-credential-keys.js'
import { suggestBaseUrl, suggestCredentials } from './suggest-fix.js'
import { toFetchArguments } from './to-fetch-arguments.js'
import type { DraftRequest, Verdict, VerifyCase, VerifyReport } from './types.js'

export interface VerifyOptions {
  /** The API whose spec the provider claims to implement: a registered id, an API from defineApi, or a spec. */
  api: ApiRef | ApiSpec
  /** Where the provider serves it (stands for the spec's server URL). */
  baseUrl: string
  /** Sent with every request, e.g. `{ Authorization: 'Bearer …' }`; left out for the no-credentials case. */
  headers?: Record<string, string>
  /** Sent in every request's query string, e.g. `{ api_key: '…' }` for an `apiKey` scheme `in: query`; left out for the no-credentials case. */
  query?: Record<string, string>
  /** Only these operationIds (default: all). */
  operations?: readonly string[]
  /** Also send requests that break one constraint each; they must get a declared 4xx. */
  negative?: boolean
  /** Per request (default 5,000 ms). */
  timeoutMs?: number
  /** For the whole run (default 120,000 ms); cases left when it passes are skipped. */
  deadlineMs?: number
  /** At most this many requests per operation (default 20). */
  maxRequestsPerOperation?: number
}

/**
 * Drives a live server through an API's spec and checks every answer: the status is declared,
 * the content type and headers are, and the body matches its schema. A valid request per
 * operation comes from its first named example set with a success status (and must get that
 * status), else from its parameters' examples (and must get a 2xx, or, where the operation
 * declares none, a status it declares); operations that an earlier response links to get that
 * response's values (OpenAPI links) and must get the same.
 */
export async function verify(options: VerifyOptions): Promise<VerifyReport> {
  const contract = getContract(await importApi(options.api))
  const { api } = contract
  const started = Date.now()
  const deadline = started + (options.deadlineMs ?? 120_000)
  const timeoutMs = options.timeoutMs ?? 5000
  const perOperation = options.maxRequestsPerOperation ?? 20
  const baseUrl = options.baseUrl.replace(/\/+$/, '')
  const headers = Object.fromEntries(
    Object.entries(options.headers ?? {}).map(([name, value]) => [name.toLowerCase(), value]),
  )
  const query = { ...options.query }
  const credentials = listCredentialKeys(api.document, headers, query)
  const sentCredentials = credentials.headers.length + credentials.query.length + credentials.cookies.length > 0
  const cases: VerifyCase[] = []
  // Valid requests that got the status they expected: without one, the run verified nothing.
  let reached = 0
  const responses: Array<{ request: DraftRequest; body: unknown; ok: boolean }> = []

  const send = async (
    operation: Operation,
    name: string,
    request: DraftRequest,
    expectation: Expectation,
  ): Promise<unknown> => {
    const [url, init] = toFetchArguments(baseUrl, operation, request)
    const positive = expectation !== 'negative'
    const base = {
      operationId: operation.operationId,
      case: `${positive ? 'positive' : 'negative'}: ${name}`,
      method: operation.method.toUpperCase(),
      url,
      expected: positive ? expectation.status : 'declared 4xx',
    }
    if (Date.now() > deadline) {
      cases.push({
        ...base,
        got: '-',
        verdict: 'skip',
        issues: [`the total deadline of ${options.deadlineMs ?? 120_000} ms has passed`],
        durationMs: 0,
      })
      return undefined
    }
    if (positive && !isReceivable(expectation.status)) {
      cases.push({
        ...base,
        got: '-',
        verdict: 'skip',
        issues: [
          `not sent: fetch never gives a ${expectation.status} as an answer (a 1xx is interim, a 407 is a proxy's), and ${operation.operationId} declares no other status for a valid request`,
        ],
        durationMs: 0,
      })
      return undefined
    }
    const sentAt = performance.now()
    const result = await exchange(url, init, timeoutMs)
    const durationMs = Math.round(performance.now() - sentAt)
    if ('failure' in result) {
      cases.push({
        ...base,
        got: result.failure,
        verdict: 'fail',
        issues: [`no response: ${result.detail}`],
        durationMs,
      })
      return undefined
    }
    const { issues, undeclaredRefusal } = checkAnswer(contract.compiled(operation), result, expectation)
    if (positive && result.status < 500 && !reachesStatus(result.status, expectation.status))
      issues.unshift(explainMiss(result.status, expectation, operation))
    const verdict: Verdict = undeclaredRefusal ? 'warn' : issues.length > 0 ? 'fail' : 'pass'
    if (undeclaredRefusal)
      issues.push(
        `refused with ${result.status}, which the spec does not declare for ${operation.operationId}: the refusal is right, its status and body are unchecked`,
      )
    cases.push({ ...base, got: String(result.status), verdict, issues, durationMs })
    if (positive && reachesStatus(result.status, expectation.status)) reached++
    return verdict === 'pass' ? result.body : undefined
  }

  /** Why a valid request that did not get its expected status failed, in one line. */
  const explainMiss = (status: number, expectation: Exclude<Expectation, 'negative'>, operation: Operation): string => {
    if (status === 401 || status === 403) {
      const wanted = describeCredentials(api.document, operation)
      const sent = sentCredentials ? 'the credential verify sent' : 'the request, which carried no credential'
      return `the provider refused ${sent} (${status}): ${wanted ? `the spec's security asks for ${wanted}` : 'the spec declares no credential for this operation'}`
    }
    const of = expectation.set ? ` (the status of the spec's example "${expectation.set}")` : ''
    return `expected ${expectation.status}${of}, got ${status}${status === 404 ? ": does the provider hold the spec's example data?" : ''}`
  }

  // Loaded here, not imported: the front door imports verify, and faker's locale data is a good part of a cold start.
  const faker = (await import('../store/seeded-faker.js')).createSeededFaker(0)
  const steps = planOperations(api, options.operations)
  for (const step of steps) {
    const { operation } = step
    const set = listExampleSets(api, operation).find((candidate) => /^2\d\d$/.test(candidate.status))
    let request: DraftRequest
    try {
      request = draftRequest(api.document, operation, { headers, query }, set, faker, isStrictApi(api))
    } catch (error) {
      if (!(error instanceof SpecError)) throw error
      // A schema no request can satisfy leaves this operation unverified: the run says so and goes on with the others.
      cases.push({
        operationId: operation.operationId,
        case: 'positive: spec example',
        method: operation.method.toUpperCase(),
        url: `${baseUrl}${operation.path}`,
        expected: set?.status ?? chooseExpectedStatus(operation),
        got: '-',
        verdict: 'fail',
        issues: [`no valid request could be drafted: ${error.message}`],
        durationMs: 0,
      })
      responses.push({ request: { path: {}, query: {}, headers }, body: undefined, ok: false })
      continue
    }
    let name = set ? `spec example "${set.name}"` : 'spec example'
    let expectation: Expectation = set
      ? { status: set.status, set: set.name }
      : { status: chooseExpectedStatus(operation) }
    if (step.linkedFrom) {
      const source = responses[step.linkedFrom.step]
      if (source?.ok) {
        for (const [parameter, expression] of Object.entries(step.linkedFrom.link.parameters)) {
          const value = evaluateExpression(expression, {
            request: { path: source.request.path, query: source.request.query, body: source.request.body },
            response: { body: source.body },
          })
          const declared = operation.parameters.find((candidate) => candidate.name === parameter)
          if (value !== undefined && declared)
            (request[declared.in as 'path' | 'query' | 'header' | 'cookie'] ??= {})[parameter] = value
        }
        name = `linked from ${steps[step.linkedFrom.step]!.operation.operationId}`
        // The link's values stand for the example's own ids: what the set expects no longer applies.
        expectation = { status: chooseExpectedStatus(operation) }
      } else name = `spec example (${steps[step.linkedFrom.step]!.operation.operationId} gave no value to link)`
    }
    const body = await send(operation, name, request, expectation)
    responses.push({ request, body, ok: body !== undefined })

    if (!options.negative) continue
    const negatives = createNegativeCases(api.document, operation, request, credentials.headers, credentials).slice(
      0,
      Math.max(0, perOperation - 1),
    )
    for (const negative of negatives) await send(operation, negative.name, negative.request, 'negative')
  }

  const counts: Record<Verdict, number> = { pass: 0, warn: 0, fail: 0, skip: 0 }
  for (const item of cases) counts[item.verdict]++
  const hint = suggestBaseUrl(cases, baseUrl) ?? suggestCredentials(cases)
  // Warnings never make up for a failure, and a run where no valid request got its expected status verified nothing.
  const passed = counts.fail === 0 && counts.skip === 0 && hint === undefined && reached > 0
  return {
    api: api.id,
    baseUrl,
    startedAt: new Date(started).toISOString(),
    durationMs: Date.now() - started,
    passed,
    counts,
    verified: reached,
    cases,
    ...(hint ? { hint } : {}),
  }
}

/** What a request must get: `negative`, a declared 4xx; else the status its named example set expects, or `chooseExpectedStatus`'s. */
type Expectation = 'negative' | { status: string; set?: string }

type Exchange =
  { status: number; headers: Record<string, string>; text: string; body: unknown } | { failure: string; detail: string }

async function exchange(url: string, init: RequestInit, timeoutMs: number): Promise<Exchange> {
  try {
    const response = await fetch(url, { ...init, signal: AbortSignal.timeout(timeoutMs), redirect: 'manual' })
    const text = await response.text()
    let parsed: unknown = text
    try {
      parsed = text === '' ? undefined : JSON.parse(text)
    } catch {}
    return { status: response.status, headers: normalizeHeaders(response.headers), text, body: parsed }
  } catch (error) {
    const timedOut = (error as Error).name === 'TimeoutError'
    return {
      failure: timedOut ? 'timeout' : 'network error',
      detail: timedOut
        ? `no answer within ${timeoutMs} ms`
        : String((error as Error).cause ?? (error as Error).message),
    }
  }
}

/**
 * What is wrong with an answer. A refusal (4xx) of a request that breaks the contract, with a status
 * the spec does not declare, is no failure: many documents declare no error responses (no 400, no
 * 401), and then the spec says nothing about how a provider refuses; it is a warning.
 */
function checkAnswer(
  compiled: ReturnType<ReturnType<typeof getContract>['compiled']>,
  result: { status: number; headers: Record<string, string>; text: string },
  expectation: Expectation,
): { issues: string[]; undeclaredRefusal: boolean } {
  const issues: string[] = []
  // A 5xx is a failure, but where the operation declares nothing else for a valid request to get.
  const expectedError = expectation !== 'negative' && reachesStatus(result.status, expectation.status)
  if (result.status >= 500 && !expectedError) issues.push(`answered ${result.status}: a server error`)
  else if (expectation === 'negative' && result.status < 400)
    issues.push(`answered ${result.status}, but a request that breaks the contract must get a declared 4xx`)
  const check = checkResponse(compiled, result.status, result.headers, result.text)
  const undeclaredRefusal =
    expectation === 'negative' &&
    result.status >= 400 &&
    result.status < 500 &&
    !check.valid &&
    check.issues.every((issue) => issue.keyword === 'status')
  if (!check.valid && !undeclaredRefusal) issues.push(...check.issues.map((issue) => issue.message))
  return { issues, undeclaredRefusal }
}
