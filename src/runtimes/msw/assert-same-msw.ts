import { RequestHandler, WebSocketHandler } from 'msw'
import { ChatmockError } from '../../errors/chatmock-error.js'
import { ErrorCodes } from '../../errors/error-codes.js'
import { MSW_PEER_RANGE } from './msw-peer-range.js'

/** Both copies of msw as a runtime can name them (`msw 2.15.0 (/app/node_modules/msw)`), when it can. */
export interface MswCopies {
  ours?: string
  theirs?: string
}

export type LocateMswCopies = (handler: object) => MswCopies

/**
 * Throws MSW_COPY_MISMATCH for a handler made by another copy of msw than chatmock's: msw groups
 * and runs handlers by markers that differ between its versions, so such an override would be
 * ignored (the code under test gets the fixture and passes) or answer past the drift guard.
 */
export function assertSameMsw(handlers: readonly unknown[], method: string, locate?: LocateMswCopies): void {
  const foreign = handlers.find(isForeignHandler)
  if (foreign === undefined) return
  const { ours, theirs } = locate?.(foreign) ?? {}
  throw new ChatmockError(
    ErrorCodes.MSW_COPY_MISMATCH,
    `${method}() was given a handler made by another copy of msw than chatmock's: chatmock runs on ${ours ?? 'its own copy of msw'}, the handler comes from ${theirs ?? 'another copy (its version cannot be told from here)'}. msw would ignore the handler, or let it answer past chatmock's drift guard. Install one msw that satisfies chatmock's peer range (msw@${MSW_PEER_RANGE}) so that your tests and chatmock import the same copy; \`npm ls msw\` lists the copies.`,
  )
}

// Every msw 2 handler, request or WebSocket, parses and matches with these two methods.
function isForeignHandler(value: unknown): value is object {
  if (
    typeof value !== 'object' ||
    value === null ||
    value instanceof RequestHandler ||
    value instanceof WebSocketHandler
  )
    return false
  const { parse, predicate } = value as { parse?: unknown; predicate?: unknown }
  return typeof parse === 'function' && typeof predicate === 'function'
}
