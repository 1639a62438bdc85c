import type { QuotaSettings } from './quotas.js'
import type { ScriptedReply } from './scripted-replies.js'

/** Latency and faults for one operation or, as defaults, for all. */
export interface FaultSettings {
  /** Milliseconds before answering: a fixed delay, or `[min, max]` for a random one. */
  latency?: number | [number, number]
  /** The share of requests (0 to 1) answered with the operation's declared 5xx. */
  errorRate?: number
  /** The share of requests (0 to 1) that fail as a network error (no response at all). */
  networkErrorRate?: number
  /**
   * Milliseconds after answering before the work the real server does in the background (an async
   * listener, a queued job: Chatwoot's CSAT survey after a resolve) is done; default 100. 0 does it
   * at once, before the answer.
   */
  jobDelay?: number
}

/** One API's latency and faults: its defaults, and overrides for its own operations. */
export interface ApiFaultSettings<OperationId extends string = string> extends FaultSettings {
  operations?: { [K in OperationId]?: FaultSettings }
}

/** The operation ids of each API, by API id: `{ roosted: 'listChatMessages' | …, … }`. */
export type OperationIdsByApi = Record<string, string>

/** The operation ids that exactly one of the APIs has: the ones a bare `operations` entry may name. */
type UnambiguousOperationId<Ops extends OperationIdsByApi> = string extends Ops[keyof Ops]
  ? string
  : Exclude<Ops[keyof Ops], { [K in keyof Ops]: Ops[K] & Ops[Exclude<keyof Ops, K>] }[keyof Ops]>

/**
 * Latency, faults, quotas and scripted replies. Each field of a request's latency and faults comes
 * from the most specific setting that has it:
 *   1 `apis.<api>.operations.<operation>`
 *   2 `operations.<operation>`: a bare operation id, allowed while one served API alone has it
 *   3 `apis.<api>`: the API's defaults
 *   4 the top-level `latency`, `errorRate`, `networkErrorRate`: every API's defaults
 * Real-time events draw latency and network errors the same way: an event stream's as the
 * operation that opened it, a WebSocket's (ActionCable) as its API (3, then 4). Background work
 * takes its `jobDelay` from the operation whose request started it, an action's from its API.
 *
 * @example
 * { errorRate: 0.01, apis: { roosted: { latency: [100, 400], operations: { listChatMessages: { errorRate: 1 } } } } }
 */
export interface MockSettings<Ops extends OperationIdsByApi = OperationIdsByApi> extends FaultSettings {
  /** Overrides per operation id; an id that more than one served API has is refused: name it under `apis`. */
  operations?: { [K in UnambiguousOperationId<Ops>]?: FaultSettings }
  /** Defaults and per-operation overrides of one API, by API id. */
  apis?: { [K in keyof Ops & string]?: ApiFaultSettings<Ops[K]> }
  /** Request quotas, per API id (one whose spec declares `x-chatmock-quota`), then per scope (e.g. workspace id). */
  quota?: { [K in keyof Ops & string]?: Record<string, QuotaSettings> }
  /** Replies of the other side that come by themselves (see ScriptedReply). */
  replies?: Array<ScriptedReply & { api: keyof Ops & string }>
}
