import { REQUEST } from '../contract/create-ajv.js'
import { toIssues } from '../contract/format-issue.js'
import { getContract } from '../contract/get-contract.js'
import { schemaKeys } from '../contract/schema-keys.js'
import { ChatmockError } from '../errors/chatmock-error.js'
import { ErrorCodes } from '../errors/error-codes.js'
import { SpecError } from '../errors/spec-error.js'
import type { Publish } from '../api/publish.js'
import type { Api } from '../api/api.js'
import type { BackgroundJobs } from './behaviours/background-jobs.js'

export interface ActOptions {
  apis: readonly Api[]
  stores: Readonly<Record<string, unknown>>
  now: () => Date
  /** The publisher of each API for the other side's events. */
  publishers: ReadonlyMap<string, Publish>
  /** Where an action's background work waits, its delay drawn as its API's. */
  jobs: BackgroundJobs
}

/**
 * Runs an action of the other side (an agent's reply, a colleague's message): its input checked
 * against its schema first, then run on the same store the HTTP operations use. Throws a SpecError
 * naming the served APIs or the API's actions for an unknown one, and ACTION_INVALID naming every
 * issue of a bad input.
 */
export function createAct({ apis, stores, now, publishers, jobs }: ActOptions) {
  return async (apiId: string, name: string, input: unknown = {}): Promise<unknown> => {
    const api = apis.find((candidate) => candidate.id === apiId)
    if (!api)
      throw new SpecError(
        ErrorCodes.UNKNOWN_API,
        `"${apiId}" is not served here; served: ${apis.map((candidate) => candidate.id).join(', ')}`,
      )
    const declaration = api.declaredActions?.[name]
    const run = api.actions?.[name]
    if (!declaration || !run)
      throw new SpecError(
        ErrorCodes.UNKNOWN_OPERATION,
        `${api.id} has no action "${name}"; its actions are ${Object.keys(api.declaredActions ?? {}).join(', ') || 'none'}`,
      )
    const validate = getContract(api).compileSchema(schemaKeys.action(name), declaration.input)
    if (!validate.call(REQUEST, input)) {
      const issues = toIssues(validate.errors, (pointer) => ({ location: 'body', pointer }))
      throw new ChatmockError(
        ErrorCodes.ACTION_INVALID,
        `the input of ${api.id} ${name} is invalid: ${issues.map((issue) => issue.message.replace(/^body/, 'input')).join('; ')}`,
      )
    }
    return run({
      input,
      store: stores[api.id],
      api,
      now,
      publish: publishers.get(api.id)!,
      defer: (job) => jobs.schedule(api.id, undefined, job),
    })
  }
}

export type Act = ReturnType<typeof createAct>

/** Refuses an action whose input passed its schema but names something that is not there (ACTION_INVALID). */
export function rejectAction(message: string): never {
  throw new ChatmockError(ErrorCodes.ACTION_INVALID, message)
}
