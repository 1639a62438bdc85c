/**
 * One request to every operation of a document, drafted the way `chatmock verify` drafts its
 * positive cases (src/verify/draft-request.ts): the operation's first example set with a success
 * status, else each parameter's example, else the smallest valid value of its schema.
 */
import type { ApiSpec, Operation } from '../src/api/spec.js'
import { createApiSpec } from '../src/contract/create-api-spec.js'
import { isStrictApi } from '../src/contract/create-ajv.js'
import { listExampleSets } from '../src/openapi/example-sets.js'
import { readSpecFile } from '../src/openapi/load-spec.js'
import { createSeededFaker } from '../src/store/seeded-faker.js'
import { draftRequest } from '../src/verify/draft-request.js'
import { toFetchArguments } from '../src/verify/to-fetch-arguments.js'

export interface SweepRequest {
  operationId: string
  url: string
  init: RequestInit
}

/** Every operation's request, under `baseUrl` (the API's mount point); operations no valid request can be drafted for are left out. */
export function draftSweep(file: string, id: string, baseUrl: string): { requests: SweepRequest[]; undrafted: number } {
  return draftRequests(createApiSpec({ id, document: readSpecFile(file).document }), baseUrl)
}

/** The requests of `operations` (default: all) of an API, under `baseUrl`. */
export function draftRequests(
  api: ApiSpec,
  baseUrl: string,
  operations: readonly Operation[] = api.operations,
): { requests: SweepRequest[]; undrafted: number } {
  const faker = createSeededFaker(0)
  const requests: SweepRequest[] = []
  let undrafted = 0
  for (const operation of operations) {
    const set = listExampleSets(api, operation).find((candidate) => /^2\d\d$/.test(candidate.status))
    try {
      const draft = draftRequest(api.document, operation, { headers: {} }, set, faker, isStrictApi(api))
      const [url, init] = toFetchArguments(baseUrl, operation, draft)
      requests.push({ operationId: operation.operationId, url, init })
    } catch {
      undrafted++
    }
  }
  return { requests, undrafted }
}

/** Sends every request, `concurrency` at a time; the count of each status. */
export async function sweep(requests: readonly SweepRequest[], concurrency = 4): Promise<Record<string, number>> {
  const statuses: Record<string, number> = {}
  let next = 0
  const worker = async () => {
    while (next < requests.length) {
      const { operationId, url, init } = requests[next++]!
      let status: string
      try {
        const response = await fetch(url, init)
        await response.arrayBuffer()
        status = String(response.status)
      } catch (error) {
        // Said, not only counted: which request, and what undici saw.
        const cause = (error as { cause?: { code?: string; message?: string } }).cause
        status = `network error (${cause?.code ?? cause?.message ?? (error as Error).message})`
        process.stderr.write(`  ${operationId}: ${status}\n`)
      }
      statuses[status] = (statuses[status] ?? 0) + 1
    }
  }
  await Promise.all(Array.from({ length: concurrency }, worker))
  return statuses
}
