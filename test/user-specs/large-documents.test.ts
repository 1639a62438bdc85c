import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { draftRequests } from '../../bench/draft-sweep.js'
import { GITHUB, type LargeDocument, MICROSOFT_GRAPH, writeGithub31 } from '../../bench/large-documents.js'
import type { Api } from '../../src/api/api.js'
import type { Operation } from '../../src/api/spec.js'
import { contract } from '../../src/contract/contract.js'
import { getComponentTable } from '../../src/contract/create-component-table.js'
import { getContract } from '../../src/contract/get-contract.js'
import { createMockApi } from '../../src/mock/create-mock-api.js'
import { loadApi } from '../../src/node.js'
import { createStores } from '../../src/store/create-stores.js'

// The largest public descriptions on npm, as a user would serve them: GitHub's REST API (13 MB,
// 1,223 operations, x-github and x-octokit extensions), the same converted to OpenAPI 3.1 on the
// fly (no 3.1 description this large ships in a package), and Microsoft Graph (20 MB, 11,422
// operations). Each loads, routes every operation to itself, and answers a fixed sample of its
// operations with a declared status and a body its document accepts.

const tmp = mkdtempSync(join(tmpdir(), 'chatmock-large-'))
afterAll(() => rmSync(tmp, { recursive: true, force: true }))

// Every 40th operation of GitHub's and every 400th of Graph's: about 30 each, in the documents' order.
const SAMPLES: Array<[() => LargeDocument, number]> = [
  [() => GITHUB, 40],
  [() => writeGithub31(tmp), 40],
  [() => MICROSOFT_GRAPH, 400],
]

/** A path of the operation with each template filled, so that it reaches that operation and no other. */
function fillPath(operation: Operation): string {
  return operation.path.replace(/\{([^}]+)\}/g, (_, name: string) => `${encodeURIComponent(name)}-1`)
}

describe.each(SAMPLES)('%#: a large document', (describeDocument, every) => {
  const document = describeDocument()
  let api: Api

  it(`loads ${document.label}`, () => {
    api = loadApi(document.file)
    expect(api.id).toBe(document.id)
    expect(api.operations.length).toBeGreaterThanOrEqual(1000)
    expect(api.document.openapi).toMatch(document.id.endsWith('-3.1') ? /^3\.1/ : /^3\.[01]/)
  })

  it('routes every operation to itself', () => {
    const { route } = getContract(api)
    const misrouted = api.operations.filter((operation) => {
      const match = route(operation.method.toUpperCase(), fillPath(operation))
      return match.kind !== 'operation' || match.operation !== operation
    })
    expect(misrouted.map((operation) => `${operation.method} ${operation.path}`)).toEqual([])
  })

  it('answers a sample of its operations with a declared status and a body the document accepts', async () => {
    const stores = (await createStores({ apis: [api] })) as unknown as Record<string, unknown>
    const mock = createMockApi(api, { store: stores[api.id] })
    const checked = contract(api)
    const { requests } = draftRequests(
      api,
      'http://mock.test',
      api.operations.filter((_, index) => index % every === 0),
    )
    const wrong: string[] = []
    for (const { operationId, url, init } of requests) {
      const { pathname, search } = new URL(url)
      let response
      try {
        response = await mock.handle({
          method: init.method!,
          path: pathname,
          search: search.slice(1),
          headers: init.headers as Record<string, string>,
          body: init.body as string | undefined,
        })
      } catch (error) {
        wrong.push(`${operationId}: ${(error as Error).message}`)
        continue
      }
      const verdict = await checked.validateResponse(operationId, {
        status: response.status,
        headers: response.headers,
        body: response.body,
      })
      if (!verdict.valid)
        wrong.push(`${operationId} ${response.status}: ${verdict.issues.map((i) => i.message).join('; ')}`)
      else if (response.status >= 400) wrong.push(`${operationId}: refused a drafted request with ${response.status}`)
    }
    expect(wrong).toEqual([])
    expect(requests.length).toBeGreaterThanOrEqual(25)
    // Compiled as values reached them, not with everything they reference (Graph's `user` reaches most of its document).
    const components = Object.keys(api.document.components?.schemas ?? {}).length
    const held = getComponentTable(api.document).held()
    expect(held.length).toBeGreaterThan(0)
    expect(held.length).toBeLessThan(components / 4)
  })
})
