import { expect, it } from 'vitest'
import { getApi } from '../../src/openapi/catalog.js'
import { validateRequest } from '../../src/contract/validate-request.js'
import { seedRequests } from '../support/seed-requests.js'

it('covers every seed operation', () => {
  expect(new Set(seedRequests.map((request) => `${request.api} ${request.operationId}`)).size).toBe(17)
})

it.each(seedRequests.map((request) => [`${request.api} ${request.operationId}`, request] as const))(
  "the docs' example request of %s is valid",
  (_, request) => {
    const result = validateRequest(request.api, {
      method: request.method,
      url: `${getApi(request.api).serverUrl}${request.path}`,
      headers: request.headers,
      body: request.body,
    })
    expect(result.valid ? [] : result.issues).toEqual([])
    expect(result.operation?.operationId).toBe(request.operationId)
  },
)
