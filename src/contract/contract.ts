import type { OpenAPIV3_1 } from 'openapi-types'
import type { ApiRef, OperationIdOf } from '../api/api.js'
import type { ApiSpec } from '../api/spec.js'
import { getContract, getOperation } from './get-contract.js'
import { toApiSpec } from './to-api-spec.js'
import { validateRequest } from './validate-request.js'
import { validateResponse } from './validate-response.js'
import type { RequestInput, RequestValidationResult, ResponseInput, ResponseValidationResult } from './types.js'

/** An API's contract, for checking exchanges in your own tests. */
export interface ApiContract<OperationId extends string = string> {
  api: ApiSpec
  /** Checks that a request is a valid call of the operation. */
  validateRequest(operationId: OperationId, request: Request | RequestInput): Promise<RequestValidationResult>
  /** Checks that a response is one the operation declares. */
  validateResponse(operationId: OperationId, response: Response | ResponseInput): Promise<ResponseValidationResult>
}

/**
 * The contract of one API (a registered id, an API from defineApi, or an OpenAPI document),
 * taking Fetch `Request`/`Response` objects (their bodies are read from a clone, so they stay
 * readable) or plain `{ method, url, headers, body }` / `{ status, headers, body }`. Operation ids
 * are typed from the spec: a typo is a compile error.
 *
 * @example
 * const result = await contract('<api id>').validateResponse('<operationId>', await fetch(url))
 * if (!result.valid) console.log(result.issues)
 */
export function contract<R extends ApiRef>(api: R): ApiContract<OperationIdOf<R>>
export function contract(api: ApiSpec | OpenAPIV3_1.Document): ApiContract
export function contract(api: string | ApiSpec | OpenAPIV3_1.Document): ApiContract {
  const { api: spec } = getContract(toApiSpec(api))
  return {
    api: spec,
    async validateRequest(operationId, request) {
      const expected = getOperation(spec, operationId)
      const result = validateRequest(spec, await toRequestInput(request))
      if (result.operation && result.operation !== expected) {
        return {
          valid: false,
          reason: 'not-found',
          operation: result.operation,
          issues: [
            {
              location: 'path',
              pointer: '',
              keyword: 'operation',
              message: `the request is ${result.operation.operationId} (${result.operation.method.toUpperCase()} ${result.operation.path}), not ${operationId}`,
            },
          ],
        }
      }
      return result
    },
    async validateResponse(operationId, response) {
      return validateResponse(getOperation(spec, operationId), await toResponseInput(response))
    },
  }
}

async function toRequestInput(request: Request | RequestInput): Promise<RequestInput> {
  if (!(request instanceof Request)) return request
  const body = request.body === null ? undefined : await request.clone().text()
  return { method: request.method, url: request.url, headers: request.headers, body }
}

async function toResponseInput(response: Response | ResponseInput): Promise<ResponseInput> {
  if (!(response instanceof Response)) return response
  return { status: response.status, headers: response.headers, body: await response.clone().text() }
}
