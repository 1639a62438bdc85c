import { RESPONSE } from '../contract/create-ajv.js'
import { toIssues } from '../contract/format-issue.js'
import { getContract } from '../contract/get-contract.js'
import type { Issue } from '../contract/types.js'
import { type ContractError, createEventContractError } from '../errors/contract-error.js'
import type { ApiSpec } from '../spec/types.js'
import type { EventHub } from './event-hub.js'

/** Sends an event to the clients of a topic, once its payload passes the API's event schemas. */
export type Publish = (topic: string, name: string, data: unknown) => void

export interface PublisherOptions {
  hub: EventHub
  /** Who sends through this publisher: a client's request, or the other side. */
  origin: 'client' | 'other-side'
  /**
   * What happens to an event that breaks its schema, as for responses: `'error'` records the
   * violation and drops the event, `'warn'` logs one line and sends it, a callback receives the
   * error and the event is sent.
   */
  onViolation: 'error' | 'warn' | ((error: ContractError) => void)
  /** Records a dropped event's violation where a test runner finds it. */
  record(error: ContractError): void
}

/**
 * The drift guard for events: every event a resolver, an action of the other side or a scripted
 * reply sends is checked against the payload schema the API's AsyncAPI document gives its name
 * (`api.events`), like every HTTP response.
 */
export function createPublisher(api: ApiSpec, options: PublisherOptions): Publish {
  const contract = getContract(api)
  return (topic, name, data) => {
    const issues = checkEvent(api, contract, name, data)
    if (issues.length > 0) {
      const error = createEventContractError(api.id, name, issues)
      if (options.onViolation === 'error') {
        options.record(error)
        return
      }
      if (options.onViolation === 'warn') console.warn(`${error.message.split('\n')[0]} ${issues.map((issue) => issue.message).join('; ')}`)
      else options.onViolation(error)
    }
    options.hub.publish({ api: api.id, topic, name, data, origin: options.origin })
  }
}

function checkEvent(api: ApiSpec, contract: ReturnType<typeof getContract>, name: string, data: unknown): Issue[] {
  const schema = api.events?.[name]
  if (schema === undefined) {
    return [{ location: 'body', pointer: '', keyword: 'event', message: `event "${name}" is not declared (declared: ${Object.keys(api.events ?? {}).join(', ') || 'none'})` }]
  }
  const validate = contract.compileSchema(`event:${name}`, schema)
  return validate.call(RESPONSE, data) ? [] : toIssues(validate.errors, (pointer) => ({ location: 'body', pointer }))
}
