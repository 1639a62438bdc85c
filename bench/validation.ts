import { getOperation } from '../src/contract/get-contract.js'
import { validateRequest } from '../src/contract/validate-request.js'
import { validateResponse } from '../src/contract/validate-response.js'
import { defaultFixtures } from '../fixtures/toggl-focus/generated/default-fixtures.js'
import '../src/builtin-apis.js'
import { importApi } from '../src/openapi/catalog.js'

// validateRequest and getOperation name the API by id, which a synchronous call needs loaded.
await importApi('toggl-focus')

/** Microseconds per call of validateRequest and validateResponse (a 20-chat list). */
export function measureValidation(calls: number): { requestUs: number; responseUs: number } {
  const request = {
    method: 'GET',
    url: 'https://focus.toggl.com/api/workspaces/1/chats?per_page=20&order_by=-id&name=plan',
    headers: { authorization: 'Bearer toggl_sk_ada' },
  }
  const body = { data: defaultFixtures.chats.slice(0, 20), page: 1, per_page: 20 }
  const response = { status: 200, headers: { 'content-type': 'application/json' }, body }
  const operation = getOperation('toggl-focus', 'listChats')
  const time = (call: () => unknown) => {
    for (let i = 0; i < 1000; i++) call()
    const started = performance.now()
    for (let i = 0; i < calls; i++) call()
    return Math.round(((performance.now() - started) * 1000 * 100) / calls) / 100
  }
  const requestUs = time(() => {
    if (!validateRequest('toggl-focus', request).valid) throw new Error('the benchmark request must be valid')
  })
  const responseUs = time(() => {
    if (!validateResponse(operation, response).valid) throw new Error('the benchmark response must be valid')
  })
  return { requestUs, responseUs }
}
