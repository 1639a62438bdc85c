import type { ValidateFunction } from 'ajv'
import type { FixturesByApi } from '../../fixtures/index.js'
import { getDocumentUri, RESPONSE } from '../contract/create-ajv.js'
import { describeValue, toIssues } from '../contract/format-issue.js'
import { getContract } from '../contract/get-contract.js'
import { ErrorCodes } from '../errors/error-codes.js'
import { StoreError } from '../errors/store-error.js'
import { apiIds, isApiId } from '../spec/registry.js'

const text = { type: 'string' }
const ref = (api: string, name: string) => ({ $ref: `${getDocumentUri(api)}#/components/schemas/${name}` })
const object = (properties: Record<string, unknown>) => ({ type: 'object', required: Object.keys(properties), properties })

/** The schema of one record of each fixture collection: the spec's component schema where there is one. */
const recordSchemas: Record<string, Record<string, object>> = {
  'toggl-focus': {
    users: object({ toggl_user_id: { type: 'integer' }, email: text, api_token: text }),
    chats: ref('toggl-focus', 'Chat'),
    messages: ref('toggl-focus', 'ChatMessage'),
  },
  roosted: {
    workers: ref('roosted', 'ChatMember'),
    chats: { allOf: [ref('roosted', 'Chat'), object({ worker_id: text })] },
  },
  hapihub: {
    rooms: text,
    accounts: object({ token: text, uid: text }),
    messages: ref('hapihub', 'ChatMessage'),
  },
  chatwoot: {
    inboxes: object({ identifier: text, name: text }),
    contacts: object({ inbox_identifier: text, source_id: text, sender: ref('chatwoot', 'PublicMessageSender') }),
    conversations: object({ display_id: { type: 'integer' }, inbox_identifier: text, contact_source_id: text }),
    messages: { allOf: [ref('chatwoot', 'PublicMessage'), { type: 'object', properties: { private: { type: 'boolean' } } }] },
  },
}

const validators = new Map<string, ValidateFunction>()

/**
 * Checks fixtures a user supplies (e.g. a JSON file) before they reach a store, and names the
 * first bad record: `toggl-focus.chats[3] (id 12): field "name" must be string (got 5)`.
 * Collections left out are empty.
 */
export function validateFixtures(data: unknown, source: string): Partial<FixturesByApi> {
  const fail = (detail: string) => new StoreError(ErrorCodes.FIXTURES_INVALID, `Failed to load fixtures from ${source}: ${detail}`)
  if (!isPlainObject(data)) throw fail(`expected an object keyed by API id (${apiIds.join(', ')}), got ${describeValue(data)}.`)
  const result: Record<string, Record<string, unknown[]>> = {}
  for (const [api, collections] of Object.entries(data)) {
    if (!isApiId(api)) throw fail(`unknown API "${api}"; expected ${apiIds.join(', ')}.`)
    if (!isPlainObject(collections)) throw fail(`${api} must be an object of collections (${Object.keys(recordSchemas[api]!).join(', ')}).`)
    result[api] = {}
    for (const name of Object.keys(collections)) {
      if (!(name in recordSchemas[api]!)) throw fail(`${api} has no collection "${name}"; expected ${Object.keys(recordSchemas[api]!).join(', ')}.`)
    }
    for (const name of Object.keys(recordSchemas[api]!)) {
      const records = collections[name] ?? []
      if (!Array.isArray(records)) throw fail(`${api}.${name} must be an array.`)
      const validate = getValidator(api, name)
      records.forEach((record, index) => {
        if (validate.call(RESPONSE, record)) return
        const [first] = toIssues(validate.errors, (pointer) => ({ location: 'body', pointer }))
        const id = isPlainObject(record) && 'id' in record ? ` (id ${JSON.stringify(record.id)})` : ''
        throw fail(`${api}.${name}[${index}]${id}: ${first!.message.replace(/^body field/, 'field').replace(/^body/, 'the record')}.`)
      })
      result[api]![name] = records
    }
  }
  return result as unknown as Partial<FixturesByApi>
}

function getValidator(api: string, name: string): ValidateFunction {
  const key = `${api}.${name}`
  let validate = validators.get(key)
  if (!validate) {
    validate = getContract(api).ajv().compile(recordSchemas[api]![name]!)
    validators.set(key, validate)
  }
  return validate
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}
