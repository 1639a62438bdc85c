import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, afterEach, beforeAll, expect, it, vi } from 'vitest'
import { defineApi } from '../../src/index.js'
import type { Api, ApiRef } from '../../src/api/api.js'
import { type ChatmockServer, startChatmockServer } from '../../src/express.js'
import { type Chatmock, loadApi, setupChatmock } from '../../src/node.js'
import { startCli } from '../support/run-cli.js'

// The resources inferred from a user's document keep their records: the admin API's view of them
// (over HTTP and in process), --stateless and `stateless: true` turning that off, reset and
// seeds, the start-up warning of undeclared 404s, records their schema refuses, the record limit,
// PATCH as JSON and as merge patch, and readOnly / writeOnly properties.

const dir = 'test/fixtures/user-specs'
const contactsFile = `${dir}/contacts.yaml`
const petstoreFile = `${dir}/petstore-30.yaml`
const crm = 'https://crm.example.com/v1'
const pets = 'https://pets.example.test/v1'
const key = { 'x-api-key': 'k' }
const json = { 'content-type': 'application/json' }
const folder = mkdtempSync(join(tmpdir(), 'chatmock-stateful-'))

/** A document of users: readOnly and writeOnly properties, PATCH as JSON or merge patch; notes whose records are stricter than what a POST takes. */
/** A JSON answer whose schema is a component. */
const answer = (description: string, component: string) => ({
  description,
  content: { 'application/json': { schema: { $ref: `#/components/schemas/${component}` } } },
})

const usersSpec = JSON.stringify({
  openapi: '3.1.0',
  info: { title: 'Users', version: '1.0.0' },
  servers: [{ url: 'https://users.example.test/v1' }],
  paths: {
    '/users': {
      post: {
        operationId: 'createUser',
        requestBody: {
          required: true,
          content: { 'application/json': { schema: { $ref: '#/components/schemas/User' } } },
        },
        responses: {
          '201': answer('The user', 'User'),
        },
      },
      get: {
        operationId: 'listUsers',
        responses: {
          '200': {
            description: 'The users',
            content: {
              'application/json': { schema: { type: 'array', items: { $ref: '#/components/schemas/User' } } },
            },
          },
        },
      },
    },
    '/users/{id}': {
      parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'integer' } }],
      get: {
        operationId: 'getUser',
        responses: {
          '200': answer('The user', 'User'),
          '404': answer('No such user', 'Error'),
        },
      },
      patch: {
        operationId: 'updateUser',
        requestBody: {
          required: true,
          content: {
            'application/json': { schema: { $ref: '#/components/schemas/UserPatch' } },
            'application/merge-patch+json': { schema: { $ref: '#/components/schemas/UserPatch' } },
          },
        },
        responses: {
          '200': answer('The user', 'User'),
          '404': answer('No such user', 'Error'),
          '422': answer('Invalid', 'Error'),
        },
      },
    },
    '/notes': {
      post: {
        operationId: 'createNote',
        requestBody: {
          required: true,
          content: { 'application/json': { schema: { type: 'object', properties: { text: { type: 'string' } } } } },
        },
        responses: {
          '201': answer('The note', 'Note'),
          '400': answer('Invalid', 'Error'),
        },
      },
      get: {
        operationId: 'listNotes',
        responses: {
          '200': {
            description: 'The notes',
            content: {
              'application/json': { schema: { type: 'array', items: { $ref: '#/components/schemas/Note' } } },
            },
          },
        },
      },
    },
  },
  components: {
    schemas: {
      User: {
        type: 'object',
        required: ['id', 'name', 'created_at'],
        properties: {
          id: { type: 'integer', minimum: 1, readOnly: true },
          name: { type: 'string' },
          nickname: { type: 'string' },
          address: { type: 'object', properties: { city: { type: 'string' }, zip: { type: 'string' } } },
          password: { type: 'string', writeOnly: true },
          created_at: { type: 'string', format: 'date-time', readOnly: true },
        },
      },
      UserPatch: {
        type: 'object',
        properties: {
          name: { type: 'string' },
          nickname: { type: ['string', 'null'] },
          address: {
            type: ['object', 'null'],
            properties: { city: { type: ['string', 'null'] }, zip: { type: ['string', 'null'] } },
          },
        },
      },
      Note: {
        type: 'object',
        required: ['id', 'text'],
        properties: { id: { type: 'integer' }, text: { type: 'string', maxLength: 5 } },
      },
      Error: { type: 'object', required: ['error'], properties: { error: { type: 'string' } } },
    },
  },
})

/** A document of `count` collections (`/c1`, `/c2`…), each created and listed; `getC1` reads an item, declaring no 404. */
function collectionsSpec(count: number): string {
  const record = { type: 'object', required: ['id'], properties: { id: { type: 'integer' }, name: { type: 'string' } } }
  const answer = (schema: unknown) => ({ description: 'ok', content: { 'application/json': { schema } } })
  const paths: Record<string, unknown> = {}
  for (let n = 1; n <= count; n++)
    paths[`/c${n}`] = {
      get: { operationId: `listC${n}`, responses: { '200': answer({ type: 'array', items: record }) } },
      post: {
        operationId: `createC${n}`,
        requestBody: { content: { 'application/json': { schema: record } } },
        responses: { '201': answer(record) },
      },
    }
  paths['/c1/{id}'] = {
    parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'integer' } }],
    get: { operationId: 'getC1', responses: { '200': answer(record) } },
    delete: {
      operationId: 'deleteC1',
      responses: { '204': { description: 'Deleted' }, '404': { description: 'None' } },
    },
  }
  return JSON.stringify({
    openapi: '3.1.0',
    info: { title: `Collections (${count})`, version: '1.0.0' },
    servers: [{ url: 'https://collections.example.test' }],
    paths,
  })
}

function readSpec(file: string): string {
  return readFileSync(file, 'utf8')
}

function writeSpec(name: string, text: string): string {
  const file = join(folder, name)
  writeFileSync(file, text)
  return file
}

const servers: ChatmockServer<readonly ApiRef[]>[] = []
const clis: Array<ReturnType<typeof startCli>> = []
const warnings: string[] = []
let server: ChatmockServer<readonly ApiRef[]>
let chatmock: Chatmock<readonly Api[]>

async function start(options: Parameters<typeof startChatmockServer<readonly ApiRef[]>>[0]) {
  const started = await startChatmockServer<readonly ApiRef[]>({ port: 0, ...options })
  servers.push(started)
  return started
}

/** `chatmock serve` in this process, quiet, on a free port: its output so far, and its URL. */
async function serve(args: string[]) {
  const cli = startCli(['serve', '--port', '0', '--quiet', '--no-builtins', ...args])
  clis.push(cli)
  return { cli, url: (await cli.waitFor(/chatmock listening on (http:\/\/\S+)/))[1]! }
}

async function call(path: string, init: RequestInit = {}, base = server.url) {
  const response = await fetch(`${base}${path}`, init)
  const text = await response.text()
  return {
    status: response.status,
    type: response.headers.get('content-type'),
    body: text === '' ? undefined : JSON.parse(text),
  }
}

const send = (method: string, body: unknown, headers: Record<string, string> = json): RequestInit => ({
  method,
  headers,
  body: JSON.stringify(body),
})

beforeAll(async () => {
  server = await start({
    apis: [
      loadApi(contactsFile),
      loadApi(petstoreFile),
      loadApi(petstoreFile, { id: 'pets-stateless', stateless: true }),
      defineApi({ id: 'users', spec: usersSpec }),
      'chatwoot',
    ],
    warn: (line) => warnings.push(line),
  })
  chatmock = await setupChatmock<readonly Api[]>({
    apis: [
      loadApi(contactsFile),
      loadApi(petstoreFile, { baseUrl: pets }),
      defineApi({
        id: 'pets-by-text',
        spec: readSpec(petstoreFile),
        baseUrl: 'https://stateless.example.test',
        stateless: true,
      }),
    ],
    warn: (line) => warnings.push(line),
  })
  // This file's servers on 127.0.0.1 are reached for real; any other request msw does not handle fails.
  chatmock.server.listen({
    onUnhandledRequest: (request, print) => (new URL(request.url).hostname === '127.0.0.1' ? undefined : print.error()),
  })
})
afterEach(async () => {
  await server.reset()
  await chatmock.reset()
})
afterAll(async () => {
  chatmock.server.close()
  for (const cli of clis) cli.stop()
  await Promise.all([...clis.map((cli) => cli.exited), ...servers.map((started) => started.close())])
})

it('shows the records a user API holds at GET /__chatmock/state/:api, by collection path and scope', async () => {
  // Before any request, the top-level collections, seeded; a nested one shows once a parent's scope is used.
  expect((await call('/__chatmock/state/contacts')).body).toEqual({
    seed: 20240301,
    collections: {
      '/accounts': {
        '': [
          { id: 1, name: 'Acme' },
          { id: 2, name: 'Globex' },
        ],
      },
    },
  })
  const listed = await call('/contacts/accounts/1/contacts')
  expect(listed.body.meta).toEqual({ total: 3, page: 1, per_page: 25 })
  const state = await call('/__chatmock/state/contacts')
  expect(state.status).toBe(200)
  expect(Object.keys(state.body.collections)).toEqual(['/accounts', '/accounts/{account_id}/contacts'])
  // The accounts are the document's example, at the top level; the contacts are account 1's, generated.
  expect(state.body.collections['/accounts']).toEqual({
    '': [
      { id: 1, name: 'Acme' },
      { id: 2, name: 'Globex' },
    ],
  })
  expect(Object.keys(state.body.collections['/accounts/{account_id}/contacts'])).toEqual(['account_id=1'])
  expect(state.body.collections['/accounts/{account_id}/contacts']['account_id=1']).toEqual(listed.body.data)
  expect(
    listed.body.data.map((contact: { id: number; account_id: number }) => [contact.id, contact.account_id]),
  ).toEqual([
    [1, 1],
    [2, 1],
    [3, 1],
  ])

  const created = await call('/contacts/accounts/2/contacts', send('POST', { name: 'Ada Lovelace', phone: '555-0100' }))
  expect(created.status).toBe(201)
  const scopes = (await call('/__chatmock/state/contacts')).body.collections['/accounts/{account_id}/contacts']
  expect(Object.keys(scopes)).toEqual(['account_id=1', 'account_id=2'])
  expect(scopes['account_id=2'].at(-1)).toEqual(created.body.payload.contact)
  expect(created.body.payload.contact).toMatchObject({ id: 4, account_id: 2, name: 'Ada Lovelace', phone: '555-0100' })
})

it("shows a built-in API's tables at GET /__chatmock/state/:api", async () => {
  const state = await call('/__chatmock/state/chatwoot')
  expect(state.status).toBe(200)
  expect(state.body).not.toHaveProperty('collections')
  expect(state.body.inboxes[0]).toMatchObject({ id: 1, name: 'Website' })
})

it('answers GET /__chatmock/state/:api with a 404 problem for an unknown API and for a stateless document', async () => {
  expect(await call('/__chatmock/state/nope')).toEqual({
    status: 404,
    type: 'application/problem+json',
    body: {
      type: 'about:blank',
      title: 'Not Found',
      status: 404,
      detail: '"nope" is not served here; served: contacts, petstore-30, pets-stateless, users, chatwoot',
    },
  })
  const stateless = await call('/__chatmock/state/pets-stateless')
  expect([stateless.status, stateless.type]).toEqual([404, 'application/problem+json'])
  expect(stateless.body.detail).toBe(
    '"pets-stateless" keeps no state: it answers every operation from its document (stateless, or no resource was inferred)',
  )
})

it('gives the same snapshot in process with chatmock.admin.state(api), and throws for a stateless API', async () => {
  const first = await (await fetch(`${crm}/accounts/1/contacts/2`)).json()
  expect(first.payload.contact).toMatchObject({ id: 2, account_id: 1 })
  const state = (await chatmock.admin.state('contacts')) as {
    seed: number
    collections: Record<string, Record<string, unknown[]>>
  }
  expect(state.seed).toBe(20240301)
  expect(state.collections['/accounts']!['']).toEqual([
    { id: 1, name: 'Acme' },
    { id: 2, name: 'Globex' },
  ])
  expect(state.collections['/accounts/{account_id}/contacts']!['account_id=1']![1]).toEqual(first.payload.contact)
  // Generated the same way as on the server: the same seed, the same records.
  expect((await call('/contacts/accounts/1/contacts/2')).body).toEqual(first)
  // A copy: changing it changes nothing held.
  state.collections['/accounts']![''] = []
  expect((await (await fetch(`${crm}/accounts`)).json()).data).toHaveLength(2)
  await expect(chatmock.admin.state('pets-by-text')).rejects.toThrow('"pets-by-text" keeps no state')
  await expect(chatmock.admin.state('nope')).rejects.toThrow('"nope" is not served here')
})

it('keeps records by default and none with loadApi(file, { stateless: true }) or defineApi({ stateless: true })', async () => {
  expect(loadApi(petstoreFile).stateful).toBe(true)
  expect(defineApi({ id: 'text', spec: readSpec(petstoreFile) }).stateful).toBe(true)
  expect(loadApi(petstoreFile, { stateless: true })).not.toHaveProperty('stateful')
  expect(defineApi({ id: 'text', spec: readSpec(petstoreFile), stateless: true })).not.toHaveProperty('stateful')

  const post = { method: 'POST', headers: { ...key, ...json }, body: JSON.stringify({ name: 'Bo', tag: null }) }
  // Stateful, in process: the POST stores a record with a new id, which a GET reads back.
  const stored = await fetch(`${pets}/pets`, post)
  expect([stored.status, await stored.json()]).toEqual([201, { id: 8, name: 'Bo', tag: null }])
  expect(await (await fetch(`${pets}/pets/8`, { headers: key })).json()).toEqual({ id: 8, name: 'Bo', tag: null })
  // Stateless, in process: the POST answers the media type's example, and a GET of any id generated data.
  const example = await fetch('https://stateless.example.test/pets', post)
  expect([example.status, await example.json()]).toEqual([201, { id: 7, name: 'Rex', tag: null }])
  const generated = await fetch('https://stateless.example.test/pets/8', { headers: key })
  expect(generated.status).toBe(200)
  expect(await generated.json()).toMatchObject({ id: 8, name: expect.any(String) })
  // And on the server, the same document loaded stateless.
  expect((await call('/pets-stateless/pets', post)).body).toEqual({ id: 7, name: 'Rex', tag: null })
  const missing = await call('/pets-stateless/pets/123', { headers: key })
  expect(missing.status).toBe(200)
  expect(missing.body.id).toBe(123)
  expect((await call('/petstore-30/pets/123', { headers: key })).status).toBe(404)
})

it('serves --spec documents from the document alone with serve --stateless, and says what a stateful one keeps', async () => {
  const many = writeSpec('many.json', collectionsSpec(5))
  const stateful = await serve(['--spec', petstoreFile, '--spec', many])
  await stateful.cli.waitFor(/\/many +stands for .*\n/)
  expect(stateful.cli.stdout()).toMatch(/\/petstore-30 +serves Petstore \(3\.0\); keeps \/pets\n/)
  expect(stateful.cli.stdout()).toMatch(
    /\/many +stands for https:\/\/collections\.example\.test; keeps \/c1, \/c2, \/c3 and 2 more\n/,
  )
  // The start-up warning goes where the command's warnings go, once the resources are inferred.
  await vi.waitFor(() =>
    expect(stateful.cli.stderr()).toContain(
      `chatmock: many: an operation answers 404 when no record has the id, which it does not declare (getC1)`,
    ),
  )

  const { cli: stateless, url } = await serve(['--stateless', '--spec', petstoreFile, '--spec', many])
  await stateless.waitFor(/\/many +stands for .*\n/)
  expect(stateless.stdout()).toMatch(/\/petstore-30 +serves Petstore \(3\.0\)\n/)
  expect(stateless.stdout()).toMatch(/\/many +stands for https:\/\/collections\.example\.test\n/)
  // No store, so no warning about the 404s a store would answer.
  expect(stateless.stderr()).not.toContain('404')
  const created = await call('/petstore-30/pets', send('POST', { name: 'Bo' }, { ...key, ...json }), url)
  expect([created.status, created.body]).toEqual([201, { id: 7, name: 'Rex', tag: null }])
  const read = await call('/petstore-30/pets/4242', { headers: key }, url)
  expect(read.status).toBe(200)
  expect(read.body).toMatchObject({ id: 4242, name: expect.any(String) })
  expect((await call('/__chatmock/state/petstore-30', {}, url)).status).toBe(404)
})

it('returns a user API to its seeded records with POST /__chatmock/reset/:api and chatmock.reset()', async () => {
  const seeded = (await call('/contacts/accounts/1/contacts')).body
  expect((await call('/contacts/accounts/1/contacts/1', { method: 'DELETE' })).status).toBe(204)
  expect((await call('/contacts/accounts/1/contacts', send('POST', { name: 'New' }))).status).toBe(201)
  expect((await call('/contacts/accounts/1/contacts/2', send('PATCH', { name: 'Changed' }))).status).toBe(200)
  expect((await call('/contacts/accounts/1/contacts')).body.data.map((contact: { id: number }) => contact.id)).toEqual([
    2, 3, 4,
  ])
  expect((await call('/__chatmock/reset/contacts', { method: 'POST' })).status).toBe(204)
  expect((await call('/contacts/accounts/1/contacts')).body).toEqual(seeded)
  expect((await call('/__chatmock/state/contacts')).body.collections['/accounts/{account_id}/contacts']).toEqual({
    'account_id=1': seeded.data,
  })

  // In process, the same.
  const before = await (await fetch(`${crm}/accounts/2/contacts`)).json()
  expect((await fetch(`${crm}/accounts/2/contacts/3`, { method: 'DELETE' })).status).toBe(204)
  expect((await fetch(`${crm}/accounts/2/contacts/3`)).status).toBe(404)
  await chatmock.reset()
  expect(await (await fetch(`${crm}/accounts/2/contacts`)).json()).toEqual(before)
  await chatmock.admin.reset('contacts')
  expect(await (await fetch(`${crm}/accounts/2/contacts/3`)).json()).toEqual({ payload: { contact: before.data[2] } })
})

it('generates other records with another seed, and the same records with the same seed', async () => {
  const seeded = (seed?: number) =>
    start({ apis: [loadApi(contactsFile)], ...(seed === undefined ? {} : { seed }) }).then(async (started) => ({
      accounts: (await call('/contacts/accounts', {}, started.url)).body,
      contacts: (await call('/contacts/accounts/2/contacts', {}, started.url)).body,
      state: (await call('/__chatmock/state/contacts', {}, started.url)).body,
    }))
  const [seven, again, eight, unseeded] = await Promise.all([seeded(7), seeded(7), seeded(8), seeded()])
  expect(again).toEqual(seven)
  expect(seven.state.seed).toBe(7)
  expect(unseeded.state.seed).toBe(20240301)
  // The accounts come from the document's example whatever the seed; the contacts are generated from it.
  for (const other of [eight, unseeded]) {
    expect(other.accounts).toEqual(seven.accounts)
    expect(other.contacts.meta).toEqual(seven.contacts.meta)
    expect(other.contacts.data).not.toEqual(seven.contacts.data)
  }
  expect(seven.contacts.data.map((contact: { id: number }) => contact.id)).toEqual([1, 2, 3])
  expect(unseeded.contacts).toEqual((await call('/contacts/accounts/2/contacts')).body)
  // chatmock serve --seed: the same records as the seed option.
  const cli = await serve(['--seed', '7', '--spec', contactsFile])
  expect((await call('/contacts/accounts/2/contacts', {}, cli.url)).body).toEqual(seven.contacts)
})

it('answers concurrent first requests of a collection from its seeded records', async () => {
  // In process, requests made together run their seeding together: none may find the scope half seeded.
  const together = await Promise.all(
    ['/accounts/1/contacts', '/accounts/1/contacts', '/accounts/1/contacts/2', '/accounts/2/contacts'].map(
      async (path) => {
        const response = await fetch(`${crm}${path}`)
        return [response.status, await response.json()]
      },
    ),
  )
  const [list, again, read, other] = together as Array<[number, Record<string, any>]>
  expect([list![0], again![0], read![0], other![0]]).toEqual([200, 200, 200, 200])
  expect(again).toEqual(list)
  expect(list![1].data.map((contact: { id: number }) => contact.id)).toEqual([1, 2, 3])
  expect(read![1].payload.contact).toEqual(list![1].data[1])
  expect(other![1].meta.total).toBe(3)
})

it('answers 507 alike to every request of a collection whose seeding overflows recordLimit, until a reset', async () => {
  // contacts.yaml's example shows two accounts, one more than the table may hold.
  const limited = await start({ apis: [loadApi(contactsFile)], recordLimit: 1, warn: () => {} })
  const accounts = () => call('/contacts/accounts', {}, limited.url)
  const first = await accounts()
  expect(first.status).toBe(507)
  expect(await accounts()).toEqual(first)
  await limited.reset()
  expect(await accounts()).toEqual(first)
  // chatmock serve --record-limit, the same.
  const cli = await serve(['--record-limit', '1', '--spec', contactsFile])
  expect(await call('/contacts/accounts', {}, cli.url)).toEqual(first)
})

it("warns at start-up, through the warn option, of a document's item operations that declare no 404", async () => {
  const file = writeSpec('collections.json', collectionsSpec(2))
  const lines: string[] = []
  await start({ apis: [loadApi(file)], warn: (line) => lines.push(line) })
  // Said once the resources are inferred, which yields to requests on a large document.
  await vi.waitFor(() =>
    expect(lines).toEqual([
      `chatmock: collections: an operation answers 404 when no record has the id, which it does not declare (getC1): the answer goes out flagged as a violation; declare a 404 response, or see chatmock spec ${file} --resources`,
    ]),
  )
  // Documents that declare their 404s get no such line.
  expect(warnings.filter((line) => line.includes('404 when no record'))).toEqual([])
})

it('refuses a create or a patch whose record would break its schema with the invalid-input status, naming the issue', async () => {
  const note = await call('/users/notes', send('POST', { text: 'far too long' }))
  expect(note).toEqual({
    status: 400,
    type: 'application/json',
    body: { error: 'the record would break its schema: field "text" must be at most 5 characters (got 12)' },
  })
  const notes = (await call('/__chatmock/state/users')).body.collections['/notes']['']
  expect(notes.map((stored: { text: string }) => stored.text)).not.toContain('far too long')
  expect((await call('/users/notes', send('POST', { text: 'short' }))).status).toBe(201)

  // A JSON PATCH's null is the value: a nickname must be a string, so the record cannot take it (a 422, as declared).
  const user = (await call('/users/users', send('POST', { name: 'Ada', nickname: 'ada' }))).body
  const patched = await call(`/users/users/${user.id}`, send('PATCH', { nickname: null }))
  expect(patched).toEqual({
    status: 422,
    type: 'application/json',
    body: { error: 'the record would break its schema: field "nickname" must be string (got null)' },
  })
  expect((await call(`/users/users/${user.id}`)).body).toEqual(user)
})

it('answers 507 once a table holds recordLimit records', async () => {
  // Fixtures with account 1 and no contacts yet: the first contact fits, the second does not.
  const limited = await start({
    apis: [loadApi(contactsFile)],
    recordLimit: 1,
    fixtures: {
      contacts: {
        seed: 1,
        collections: {
          '/accounts': { '': [{ id: 1, name: 'Acme' }] },
          '/accounts/{account_id}/contacts': { 'account_id=1': [] },
        },
      },
    } as never,
    warn: () => {},
  })
  const create = () => call('/contacts/accounts/1/contacts', send('POST', { name: 'Ada' }), limited.url)
  expect((await create()).status).toBe(201)
  const full = await create()
  expect(full.status).toBe(507)
  expect(full.body.detail).toBe(
    'Failed to insert into contacts /accounts/{account_id}/contacts: it holds its limit of 1 records. Reset the store or raise the limit (recordLimit).',
  )
  expect((await call('/contacts/accounts/1/contacts', {}, limited.url)).body.meta.total).toBe(1)
})

it('removes a property on a merge-patch null and sets null on a plain JSON PATCH null', async () => {
  const contact = (await call('/contacts/accounts/1/contacts/1')).body.payload.contact
  expect(contact.phone).toEqual(expect.any(String))
  const patched = await call('/contacts/accounts/1/contacts/1', send('PATCH', { phone: null }))
  expect(patched.status).toBe(200)
  expect(patched.body.payload.contact).toEqual({ ...contact, phone: null })
  expect((await call('/contacts/accounts/1/contacts/1')).body.payload.contact).toEqual({ ...contact, phone: null })

  const user = (
    await call('/users/users', send('POST', { name: 'Ada', nickname: 'ada', address: { city: 'London', zip: 'N1' } }))
  ).body
  const merged = await call(
    `/users/users/${user.id}`,
    send('PATCH', { nickname: null, address: { city: null } }, { 'content-type': 'application/merge-patch+json' }),
  )
  expect(merged.status).toBe(200)
  const { nickname: _removed, ...rest } = user
  expect(merged.body).toEqual({ ...rest, address: { zip: 'N1' } })
  expect((await call(`/users/users/${user.id}`)).body).toEqual(merged.body)
})

it('neither echoes nor stores writeOnly properties, and generates readOnly ones', async () => {
  const created = await call('/users/users', send('POST', { name: 'Ada', password: 'secret' }))
  expect(created.status).toBe(201)
  expect(created.body).not.toHaveProperty('password')
  // The id and created_at are generated, as are the other properties the request leaves out.
  expect(created.body).toMatchObject({
    id: 4,
    name: 'Ada',
    created_at: expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/),
  })
  const users = (await call('/__chatmock/state/users')).body.collections['/users']['']
  expect(users.at(-1)).toEqual(created.body)
  for (const user of users) expect(user).not.toHaveProperty('password')
  expect(JSON.stringify(users)).not.toContain('secret')
  expect((await call('/users/users/4')).body).toEqual(created.body)
  // A readOnly property is the mock's to set: a request that sends one is refused.
  const refused = await call('/users/users', send('POST', { name: 'Bob', id: 99 }))
  expect(refused.status).toBe(400)
  expect(refused.body.detail).toBe('body field "id" is read-only and cannot be sent in a request')
})
