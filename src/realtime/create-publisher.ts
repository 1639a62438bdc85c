import type { Publish } from '../api/publish.js'
import { RESPONSE } from '../contract/create-ajv.js'
import { toIssues } from '../contract/format-issue.js'
import { getContract } from '../contract/get-contract.js'
import { schemaKeys } from '../contract/schema-keys.js'
import type { Issue } from '../api/exchange.js'
import { type ContractError, createEventContractError } from '../errors/contract-error.js'
import type { ApiSpec } from '../api/spec.js'
import type { EventHub } from './event-hub.js'

/** Whether an event may be sent: false when it broke its schema and the policy drops it. */
export type EventGuard = (name: string, data: unknown) => boolean

export interface EventPolicy {
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
export function createEventGuard(api: ApiSpec, policy: EventPolicy): EventGuard {
  const contract = getContract(api)
  return (name, data) => {
    const issues = checkEvent(api, contract, name, data)
    if (issues.length === 0) return true
    const error = createEventContractError(api.id, name, issues)
    if (policy.onViolation === 'error') {
      policy.record(error)
      return false
    }
    if (policy.onViolation === 'warn')
      console.warn(`${error.message.split('\n')[0]} ${issues.map((issue) => issue.message).join('; ')}`)
    else policy.onViolation(error)
    return true
  }
}

/** Publishes through the drift guard, marking who caused the event. */
export function createPublisher(
  api: ApiSpec,
  hub: EventHub,
  guard: EventGuard,
  origin: 'client' | 'other-side',
): Publish {
  return (topic, name, data) => {
    // A copy: stores change their records in place, and a client that resumes must see the event as it was.
    const snapshot = structuredClone(data)
    if (guard(name, snapshot)) hub.publish({ api: api.id, topic, name, data: snapshot, origin })
  }
}

function checkEvent(api: ApiSpec, contract: ReturnType<typeof getContract>, name: string, data: unknown): Issue[] {
  const schema = api.events?.[name]
  if (schema === undefined) {
    return [
      {
        location: 'body',
        pointer: '',
        keyword: 'event',
        message: `event "${name}" is not declared (declared: ${Object.keys(api.events ?? {}).join(', ') || 'none'})`,
      },
    ]
  }
  const validate = contract.compileSchema(schemaKeys.event(name), schema)
  return validate.call(RESPONSE, data) ? [] : toIssues(validate.errors, (pointer) => ({ location: 'body', pointer }))
}
