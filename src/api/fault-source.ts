/** What one request or event draws: nothing, its operation's declared 5xx, or no answer at all. */
export type Fault = 'none' | 'error' | 'network-error'

/**
 * Where latency and faults come from: the pipeline draws once per request, real-time delivery once
 * per event (an event stream's as the operation that opened it, a WebSocket's as its API).
 */
export interface FaultSource {
  draw(api: string, operationId?: string): { delayMs: number; fault: Fault }
}
