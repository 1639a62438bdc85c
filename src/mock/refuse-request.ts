import type { ApiSpec } from '../api/spec.js'
import { renderRequestFailure } from '../contract/render-error.js'
import type { InvalidRequest } from '../contract/types.js'
import type { Answer } from './answer.js'

/** The API's own answer to a request that breaks the spec (401, 415, 400/422 naming every issue), keeping why. */
export function refuseRequest(api: ApiSpec, failure: InvalidRequest): Answer {
  return { response: renderRequestFailure(api, failure), refusal: failure.issues }
}
