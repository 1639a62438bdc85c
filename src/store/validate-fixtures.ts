import type { ValidateFunction } from 'ajv'
import { getDocumentUri, rebaseSchema, RESPONSE } from '../contract/create-ajv.js'
import { describeValue, toIssues } from '../contract/format-issue.js'
import { getContract } from '../contract/get-contract.js'
import { ErrorCodes } from '../errors/error-codes.js'
import { StoreError } from '../errors/store-error.js'
import type { Api, ApiRef } from '../api/api.js'
import { listApiIds } from '../openapi/catalog.js'
import { resolveApis } from './create-stores.js'

const validators = new WeakMap<Api, Map<string, ValidateFunction>>()

/**
 * Checks fixtures a user supplies (e.g. a JSON file) before they reach a store, and names the
 * first bad record: `toggl-focus.chats[3] (id 12): field "name" must be string (got 5)`.
 * Collections left out are empty.
 */
export function validateFixtures(
  data: unknown,
  source: string,
  apiRefs?: readonly ApiRef[],
): Record<string, Record<string, unknown[]>> {
  // Without a list, the APIs the data names: a built-in API not loaded yet is needed only when the data has records for it.
  const apis = resolveApis(
    apiRefs ?? (listApiIds().filter((id) => isPlainObject(data) && Object.hasOwn(data, id)) as ApiRef[]),
  ).filter((api) => api.fixtures?.records)
  const ids = apiRefs ? apis.map((api) => api.id) : listApiIds()
  const fail = (detail: string) =>
    new StoreError(ErrorCodes.FIXTURES_INVALID, `Failed to load fixtures from ${source}: ${detail}`)
  if (!isPlainObject(data))
    throw fail(`expected an object keyed by API id (${ids.join(', ')}), got ${describeValue(data)}.`)
  const result: Record<string, Record<string, unknown[]>> = {}
  for (const [id, collections] of Object.entries(data)) {
    const api = apis.find((candidate) => candidate.id === id)
    if (!api) throw fail(`unknown API "${id}"; expected ${ids.join(', ')}.`)
    const records = api.fixtures!.records!
    const names = Object.keys(records)
    if (!isPlainObject(collections)) throw fail(`${id} must be an object of collections (${names.join(', ')}).`)
    for (const name of Object.keys(collections)) {
      if (!names.includes(name)) throw fail(`${id} has no collection "${name}"; expected ${names.join(', ')}.`)
    }
    result[id] = {}
    for (const name of names) {
      const list = collections[name] ?? []
      if (!Array.isArray(list)) throw fail(`${id}.${name} must be an array.`)
      const validate = getValidator(api, name, records[name]!)
      list.forEach((record, index) => {
        if (validate.call(RESPONSE, record)) return
        const [first] = toIssues(validate.errors, (pointer) => ({ location: 'body', pointer }))
        const recordId = isPlainObject(record) && 'id' in record ? ` (id ${JSON.stringify(record.id)})` : ''
        throw fail(
          `${id}.${name}[${index}]${recordId}: ${first!.message.replace(/^body field/, 'field').replace(/^body/, 'the record')}.`,
        )
      })
      result[id]![name] = list
    }
  }
  return result
}

function getValidator(api: Api, name: string, schema: object): ValidateFunction {
  let byName = validators.get(api)
  if (!byName) validators.set(api, (byName = new Map()))
  let validate = byName.get(name)
  if (!validate) {
    validate = getContract(api)
      .ajv()
      .compile(rebaseSchema(schema, getDocumentUri(api.id)))
    byName.set(name, validate)
  }
  return validate
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}
