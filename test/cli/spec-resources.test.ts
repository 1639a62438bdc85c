import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { expect, it } from 'vitest'
import { runCli } from '../support/run-cli.js'

// `chatmock spec <file> --resources`: what the mock infers from a document's paths, as text and as
// JSON, and every operation it leaves stateless with why.

const contacts = 'test/fixtures/user-specs/contacts.yaml'
const corpus = dirname(createRequire(import.meta.url).resolve('@readme/oas-examples/package.json'))
const petstore = join(corpus, '3.0/yaml/petstore.yaml')

it('prints each resource of a document with its item path, id property, scope and operations', async () => {
  const { status, stdout, stderr } = await runCli(['spec', contacts, '--resources'])
  expect([status, stderr]).toEqual([0, ''])
  expect(stdout).toMatch(
    /^Resources \(2\): their records are kept, seeded with the document's examples, else generated\.\n/,
  )
  expect(stdout).toContain(
    '\n/accounts\n  item path    /accounts/{account_id}\n  id property  id\n  operations   list  GET  /accounts               listAccounts  answers 200, at /data\n               read  GET  /accounts/{account_id}  getAccount    answers 200, at /data\n',
  )
  expect(stdout).toContain(
    '\n/accounts/{account_id}/contacts\n  item path    /accounts/{account_id}/contacts/{id}\n  id property  id\n  scope        account_id (records of /accounts)\n',
  )
  const line = (operationId: string) => stdout.split('\n').find((text) => text.includes(` ${operationId} `))
  expect(line('listContacts')).toMatch(
    /^ {2}operations {3}list {5}GET {5}\/accounts\/\{account_id\}\/contacts {7}listContacts {4}answers 200, at \/data; pages by page\/per_page \(page\); fills \/meta\/total, \/meta\/page, \/meta\/per_page; filters by email$/,
  )
  expect(line('createContact')).toMatch(
    / create +POST +\/accounts\/\{account_id\}\/contacts +createContact +answers 201, at \/payload\/contact$/,
  )
  expect(line('deleteContact')).toMatch(
    / remove +DELETE +\/accounts\/\{account_id\}\/contacts\/\{id\} +deleteContact +answers 204 with no body$/,
  )
  expect(line('updateContact')).toMatch(/ merge +PATCH +.* updateContact +answers 200, at \/payload\/contact$/)
  // Every operation of contacts.yaml keeps records: none is listed as stateless, and no 404 is undeclared.
  expect(stdout).not.toContain('Stateless operations')
  expect(stdout).not.toContain('warning')
  expect(stdout).toMatch(
    /\n\nx-chatmock-resource on a path or an operation states or corrects this; --stateless turns it off\.\n$/,
  )
})

it('prints the resources as JSON with --format json, each operation with its action in the order of the operations', async () => {
  const { status, stdout, stderr } = await runCli(['spec', contacts, '--resources', '--format', 'json'])
  expect([status, stderr]).toEqual([0, ''])
  const described = JSON.parse(stdout)
  expect(described).toMatchObject({ api: 'contacts', stateful: true, stateless: [] })
  expect(described.resources.map((resource: { collection: string }) => resource.collection)).toEqual([
    '/accounts',
    '/accounts/{account_id}/contacts',
  ])
  expect(described.resources[0]).toEqual({
    collection: '/accounts',
    item: '/accounts/{account_id}',
    idProperty: 'id',
    scope: [],
    operations: [
      {
        operationId: 'listAccounts',
        action: 'list',
        method: 'GET',
        path: '/accounts',
        status: '200',
        at: '/data',
        paging: 'none',
      },
      {
        operationId: 'getAccount',
        action: 'read',
        method: 'GET',
        path: '/accounts/{account_id}',
        status: '200',
        at: '/data',
      },
    ],
  })
  const nested = described.resources[1]
  expect(nested).toMatchObject({
    collection: '/accounts/{account_id}/contacts',
    item: '/accounts/{account_id}/contacts/{id}',
    idProperty: 'id',
    scope: ['account_id'],
    parent: '/accounts',
  })
  expect(nested).not.toHaveProperty('undeclaredNotFound')
  // As `--operations` lists them: paths as the document writes them, each path's methods in OpenAPI's order.
  expect(nested.operations.map((operation: { operationId: string; action: string }) => operation.action)).toEqual([
    'list',
    'create',
    'read',
    'replace',
    'remove',
    'merge',
  ])
  const operations = (await runCli(['spec', contacts, '--operations'])).stdout
  const listed = operations
    .split('\n')
    .slice(1, -1)
    .map((row) => row.split(/\s+/)[0])
  expect(nested.operations.map((operation: { operationId: string }) => operation.operationId)).toEqual(listed.slice(2))
  expect(nested.operations[0]).toEqual({
    operationId: 'listContacts',
    action: 'list',
    method: 'GET',
    path: '/accounts/{account_id}/contacts',
    status: '200',
    at: '/data',
    paging: 'page/per_page (page)',
    fields: [
      { role: 'total', at: '/meta/total' },
      { role: 'page', at: '/meta/page' },
      { role: 'size', at: '/meta/per_page' },
    ],
    filters: ['email'],
  })
  expect(nested.operations[4]).toEqual({
    operationId: 'deleteContact',
    action: 'remove',
    method: 'DELETE',
    path: '/accounts/{account_id}/contacts/{id}',
    status: '204',
  })
})

it('lists the operations of a corpus document that keep no records, each with the reason', async () => {
  const { status, stdout } = await runCli(['spec', petstore, '--resources'])
  expect(status).toBe(0)
  expect(stdout).toContain(
    '\n/store/order\n  item path    /store/order/{orderId}\n  id property  id\n  operations   create  POST  /store/order            placeOrder    answers 200\n               read    GET   /store/order/{orderId}  getOrderById  answers 200\n',
  )
  expect(stdout).toContain('\nStateless operations (18), answered from the document alone:\n')
  for (const line of [
    '  PUT /pet (updatePet): PUT on a collection path is neither create (POST) nor list (GET); x-chatmock-resource: { action } says which it is',
    '  POST /pet (addPet): it declares no success (2xx) response',
    '  GET /pet/findByStatus (findPetsByStatus): a list with neither an item path (/pet/findByStatus/{id}) nor a create: nothing says it holds records of its own',
    '  POST /pet/{petId} (updatePetWithForm): POST on an item path is none of read (GET), replace (PUT), merge (PATCH) or remove (DELETE); x-chatmock-resource: { action } says which it is',
    '  POST /user/createWithList (createUsersWithListInput): nothing reads back what it creates (no GET /user/createWithList or /user/createWithList/{id})',
    '  GET /pet/{petId} (getPetById): neither its create nor its list can be answered from records (addPet: it declares no success (2xx) response; deletePet: it declares no success (2xx) response)',
  ])
    expect(stdout.split('\n')).toContain(line)

  const json = JSON.parse((await runCli(['spec', petstore, '--resources', '--format', 'json'])).stdout)
  expect(json.stateful).toBe(true)
  expect(json.resources.map((resource: { collection: string }) => resource.collection)).toEqual(['/store/order'])
  expect(json.stateless).toHaveLength(18)
  expect(json.stateless[0]).toEqual({
    operationId: 'updatePet',
    method: 'PUT',
    path: '/pet',
    reason:
      'PUT on a collection path is neither create (POST) nor list (GET); x-chatmock-resource: { action } says which it is',
  })
  expect(json.stateless).toContainEqual({
    operationId: 'deleteOrder',
    method: 'DELETE',
    path: '/store/order/{orderId}',
    reason: 'it declares no success (2xx) response',
  })
})

it('refuses --operations with --resources as a mistake in the arguments, exit 1', async () => {
  expect(await runCli(['spec', contacts, '--resources', '--operations'])).toEqual({
    status: 1,
    stdout: '',
    stderr: 'chatmock spec: --operations and --resources: choose one. Run "chatmock spec --help".\n',
  })
})

it('says a built-in API keeps its state in a store of its own instead of listing resources', async () => {
  for (const format of ['yaml', 'json'])
    expect(await runCli(['spec', 'chatwoot', '--resources', '--format', format])).toEqual({
      status: 0,
      stdout:
        'chatwoot keeps its state in a store of its own, not in resources inferred from its document: --resources describes documents of yours.\n',
      stderr: '',
    })
})
