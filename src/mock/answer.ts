import type { Issue, PlainResponse } from '../api/exchange.js'

/** What the answer step returns: the response, and what the steps after it need to know of it. */
export interface Answer {
  response: PlainResponse
  /** A resolver's success, told to the observer once the response has kept the contract. */
  exchange?: AnsweredExchange
  /**
   * Why the mock itself refused the request: a document that declares no 400 or 401 still learns,
   * from the drift guard's error on the refusal, what was wrong with the request.
   */
  refusal?: Issue[]
}

/** A request a resolver answered with success: its validated values and what it answered. */
export interface AnsweredExchange {
  api: string
  operationId: string
  params: unknown
  query: unknown
  body: unknown
  response: { status: number; body: unknown }
}
