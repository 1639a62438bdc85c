import type { Api, Resolver, ResolverContext } from '../api/api.js'
import type { PlainResponse } from '../api/exchange.js'
import type { Publish } from '../api/publish.js'
import type { Operation } from '../api/spec.js'
import { acceptsMediaType } from '../contract/media-type.js'
import { renderError } from '../contract/render-error.js'
import type { ValidRequest } from '../contract/types.js'
import { ErrorCodes } from '../errors/error-codes.js'
import { StoreError } from '../errors/store-error.js'
import type { Answer } from './answer.js'
import type { MockRequest } from './mock-request.js'

/** What a resolver is given besides the request, made once per mock. */
export interface ResolverScope<Store> {
  api: Api
  store: Store
  now: () => Date
  publish: Publish
  /** Schedules a resolver's background work (see ResolverContext.defer), its delay drawn as its operation's. */
  defer(operationId: string, job: () => unknown): Promise<void>
  /** Answers with the events of a topic, drawing their latency and faults as the operation's answer did. */
  streamEvents(
    operationId: string,
    topic: string,
    stream: Parameters<ResolverContext['streamEvents']>[1],
  ): PlainResponse
  /** Whether anyone listens for resolvers' successes (scripted replies): else no exchange is kept. */
  observed: boolean
}

/** The resolver's answer to a validated request; a full store (the user's own limit) is answered 507, not thrown. */
export async function callResolver<Store>(
  scope: ResolverScope<Store>,
  resolver: Resolver<never, Store>,
  operation: Operation,
  request: MockRequest,
  checked: ValidRequest,
  strict: boolean,
): Promise<Answer> {
  try {
    const response = await resolver({
      params: checked.params as never,
      query: checked.query as never,
      headers: checked.headers as never,
      cookies: checked.cookies,
      body: checked.body as never,
      files: checked.files ?? [],
      credential: checked.credential,
      store: scope.store,
      api: scope.api,
      operation,
      now: scope.now,
      publish: scope.publish,
      defer: (job) => scope.defer(operation.operationId, job),
      streamEvents: (topic, stream) => scope.streamEvents(operation.operationId, topic, stream),
      accepts: (mediaType) => acceptsMediaType(request.headers.accept, mediaType),
      strict,
    })
    if (!scope.observed || !/^2/.test(String(response.status))) return { response }
    return {
      response,
      exchange: {
        api: scope.api.id,
        operationId: operation.operationId,
        params: checked.params,
        query: checked.query,
        body: checked.body,
        response: { status: response.status, body: response.body },
      },
    }
  } catch (error) {
    if (error instanceof StoreError && error.code === ErrorCodes.STORE_FULL)
      return { response: renderError(scope.api, 507, error.message.replace(/^\[chatmock\] /, '')) }
    throw error
  }
}
