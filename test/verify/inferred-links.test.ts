import { afterAll, beforeAll, expect, it } from 'vitest'
import { startChatmockServer } from '../../src/express.js'
import { loadApi } from '../../src/node.js'
import { planOperations } from '../../src/verify/plan-operations.js'
import { verify } from '../../src/verify/verify.js'
import { runCli } from '../support/run-cli.js'

// A document that states no links still has the ones its resources imply: a create's id feeds its
// read, merge, replace and remove (in that order), and a parent's record feeds its children's
// create and list, so verify asks a provider that keeps state (a real one, or chatmock) about
// records it holds, not about ids it made up.

const contacts = 'test/fixtures/user-specs/contacts.yaml'
let server: { url: string; close(): Promise<void> }

beforeAll(async () => {
  server = await startChatmockServer({ apis: [loadApi(contacts)], port: 0 })
})
afterAll(() => server.close())

it('plans a resource’s item operations after the create that makes the record, removal last', () => {
  const steps = planOperations(loadApi(contacts)).map(
    (step) =>
      `${step.operation.operationId}${step.linkedFrom ? ` <- ${planOperations(loadApi(contacts))[step.linkedFrom.step]!.operation.operationId}` : ''}`,
  )
  expect(steps).toEqual([
    'listAccounts',
    'getAccount <- listAccounts',
    'listContacts <- listAccounts',
    'createContact <- listAccounts',
    'getContact <- createContact',
    'updateContact <- createContact',
    'replaceContact <- createContact',
    'deleteContact <- createContact',
  ])
})

it('links with the ids the answers hold, in their wrappers, and the scope the request named', () => {
  const create = planOperations(loadApi(contacts)).find((step) => step.operation.operationId === 'getContact')!
  expect(create.linkedFrom!.link.parameters).toEqual({
    account_id: '$request.path.account_id',
    id: '$response.body#/payload/contact/id',
  })
  const list = planOperations(loadApi(contacts)).find((step) => step.operation.operationId === 'createContact')!
  expect(list.linkedFrom!.link.parameters).toEqual({ account_id: '$response.body#/data/0/id' })
})

it('verifies a stateful mock of a nested document, every operation on a record it holds', async () => {
  const report = await verify({ api: loadApi(contacts), baseUrl: `${server.url}/contacts` })
  expect(report.cases.map((item) => `${item.operationId} ${item.case} ${item.got} ${item.verdict}`)).toEqual([
    'listAccounts positive: spec example 200 pass',
    'getAccount positive: linked from listAccounts 200 pass',
    'listContacts positive: linked from listAccounts 200 pass',
    'createContact positive: linked from listAccounts 201 pass',
    'getContact positive: linked from createContact 200 pass',
    'updateContact positive: linked from createContact 200 pass',
    'replaceContact positive: linked from createContact 200 pass',
    'deleteContact positive: linked from createContact 204 pass',
  ])
  expect(report.passed).toBe(true)
})

it('passes the command line, negative cases included', async () => {
  const { status, stdout } = await runCli([
    'verify',
    '--spec',
    contacts,
    '--base-url',
    `${server.url}/contacts`,
    '--negative',
  ])
  expect(status, stdout).toBe(0)
  expect(stdout).toMatch(/\ndeleteContact +positive: linked from createContact +2xx +204 +PASS\n/)
})
