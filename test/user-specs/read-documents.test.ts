import { expect, it } from 'vitest'
import { contract } from '../../src/contract/contract.js'
import { validateRequest } from '../../src/contract/validate-request.js'
import { defineApi } from '../../src/mock/define-api.js'
import { loadApi } from '../../src/mock/load-api.js'

// Documents of your own: OpenAPI 3.0 and 3.1, YAML and JSON, other files' $refs, and the broken
// ones, each a single clear error naming the file and the JSON pointer.

const dir = 'test/fixtures/user-specs'

it('reads an OpenAPI 3.0 document, its id from the file name, its operationIds derived where it has none', () => {
  const api = loadApi(`${dir}/petstore-30.yaml`)
  expect([api.id, api.prefix, api.serverUrl]).toEqual(['petstore-30', '/petstore-30', undefined])
  expect(
    api.operations.map((operation) => `${operation.operationId} ${operation.method.toUpperCase()} ${operation.path}`),
  ).toEqual(['getPets GET /pets', 'postPets POST /pets', 'getPetsByPetId GET /pets/{petId}'])
})

it("reads 3.0's nullable and boolean exclusiveMinimum as 3.1 says them", async () => {
  const pets = contract(loadApi(`${dir}/petstore-30.yaml`))
  expect(
    await pets.validateResponse('postPets', {
      status: 201,
      headers: { 'content-type': 'application/json' },
      body: { id: 7, name: 'Rex', tag: null },
    }),
  ).toEqual({ valid: true })
  const zero = await pets.validateRequest('getPets', {
    method: 'GET',
    url: '/petstore-30/pets?limit=0',
    headers: { 'x-api-key': 'k' },
  })
  expect(zero).toMatchObject({ valid: false, issues: [{ message: 'query parameter "limit" must be > 0 (got 0)' }] })
})

it('converts a 3.0 document without changing it as written, sharing the schemas it leaves as they are', () => {
  const api = loadApi(`${dir}/petstore-30.yaml`)
  const written = api.source!.original!.components!.schemas! as Record<string, any>
  const read = api.document.components!.schemas! as Record<string, any>
  expect(written.NewPet.properties.tag).toEqual({ type: 'string', nullable: true })
  expect(read.NewPet.properties.tag).toEqual({ type: ['string', 'null'] })
  expect(read.NewPet.properties.name).toBe(written.NewPet.properties.name)
  expect(read.Pet).toBe(written.Pet)
  expect(read.Problem).toBe(written.Problem)
  const limit = (document: any) => document.paths['/pets'].get.parameters[0].schema
  expect([limit(api.source!.original), limit(api.document)]).toEqual([
    { type: 'integer', minimum: 0, exclusiveMinimum: true, maximum: 100 },
    { type: 'integer', exclusiveMinimum: 0, maximum: 100 },
  ])
})

it('refuses a schema invalid deep inside a component, naming the component and the place in it', () => {
  const spec = `openapi: 3.1.0
info: { title: t, version: '1' }
paths: {}
components:
  schemas:
    Pet:
      type: object
      properties:
        owner:
          type: object
          properties: { tags: { type: array, items: { type: strng } } }
`
  expect(() => defineApi({ id: 'deep-invalid', spec })).toThrow(
    /the schema at #\/components\/schemas\/Pet is invalid: \/properties\/owner\/properties\/tags\/items\/type must be equal to one of the allowed values\./,
  )
})

it('takes its id from x-chatmock-id and reads JSON', () => {
  expect(loadApi(`${dir}/orders-31.json`)).toMatchObject({
    id: 'orders',
    prefix: '/orders',
    serverUrl: 'https://shop.example.com/api',
  })
})

it('brings in the $refs into other local files, a recursive schema staying recursive', async () => {
  const api = loadApi(`${dir}/catalog.yaml`)
  expect(Object.keys(api.document.components!.schemas!)).toEqual(['Category', 'Product', 'Money'])
  expect(api.operationsById.get('getCategory')!.parameters).toEqual([
    { name: 'categoryId', in: 'path', required: true, schema: { type: 'integer', minimum: 1 } },
  ])
  const category = { id: 1, name: 'Tea', children: [{ id: 2, name: 'Green', children: [] }] }
  expect(
    await contract(api).validateResponse('getCategory', {
      status: 200,
      headers: { 'content-type': 'application/json' },
      body: category,
    }),
  ).toEqual({ valid: true })
  const product = { sku: 'x', price: { amount: 3, currency: 'GBP' }, category }
  expect(
    await contract(api).validateResponse('listProducts', {
      status: 200,
      headers: { 'content-type': 'application/json' },
      body: [product],
    }),
  ).toMatchObject({ valid: false, issues: [{ pointer: '/0/price/currency', keyword: 'enum' }] })
})

it('reads a document given as text', () => {
  const api = defineApi({
    id: 'inline',
    spec: 'openapi: 3.1.0\ninfo: {title: t, version: "1"}\npaths:\n  /ping:\n    get:\n      responses: {"204": {description: pong}}\n',
  })
  expect(api.operations.map((operation) => operation.operationId)).toEqual(['getPing'])
})

it.each([
  [
    'broken/not-openapi.yaml',
    'SPEC_INVALID',
    'expected an OpenAPI 3.0, 3.1 or 3.2 document (openapi: 3.0.x, 3.1.x or 3.2.x at #/openapi), got null. It looks like Swagger 1.2; convert it to OpenAPI 3 first.',
  ],
  [
    'broken/not-yaml.yaml',
    'SPEC_INVALID',
    'is not valid YAML: Flow map in block collection must be sufficiently indented and end with a } at line 3, column 1.',
  ],
  [
    'broken/unresolved-ref.yaml',
    'SPEC_REF_UNRESOLVED',
    'the $ref at #/paths/~1things/get/responses/200/content/application~1json/schema cannot be resolved: "#/components/schemas/Thing": "components" does not exist.',
  ],
  [
    'broken/duplicate-operation-id.yaml',
    'SPEC_INVALID',
    'the operationId "getThing" is used twice, at #/paths/~1a/get and #/paths/~1b/get. Please give each operation its own.',
  ],
  [
    'broken/undeclared-security.yaml',
    'SPEC_INVALID',
    'the security of #/paths/~1things/get names the scheme "api_key", which #/components/securitySchemes does not declare (it declares none). Please declare it, or name a declared one.',
  ],
  [
    'broken/invalid-schema.yaml',
    'SPEC_INVALID',
    'the schema at #/paths/~1a/get/responses/200/content/application~1json/schema is invalid: /required must be array.',
  ],
])('refuses %s with %s, naming the file and where', (file, code, detail) => {
  expect(() => loadApi(`${dir}/${file}`)).toThrow(
    expect.objectContaining({
      name: 'SpecError',
      code,
      message: `[chatmock] The spec "${dir}/${file}"${detail.startsWith('is ') ? ' ' : ': '}${detail}`,
    }),
  )
})

it('says which file a $ref into another file cannot read', () => {
  expect(() =>
    defineApi({
      id: 'x',
      spec: {
        openapi: '3.1.0',
        info: { title: 't', version: '1' },
        paths: { '/a': { get: { responses: { '200': { $ref: './missing.yaml#/Ok' } } } } },
      } as never,
    }),
  ).toThrow(
    expect.objectContaining({
      code: 'SPEC_REF_UNRESOLVED',
      message: expect.stringContaining('#/paths/~1a/get/responses/200'),
    }),
  )
  expect(() => loadApi(`${dir}/missing.yaml`)).toThrow(
    expect.objectContaining({
      code: 'SPEC_INVALID',
      message: `[chatmock] Cannot read the spec "${dir}/missing.yaml": the file does not exist (ENOENT).`,
    }),
  )
})

it('refuses a public document whose security names an undeclared scheme, at load and in one line', () => {
  // @readme/oas-examples' response-http-behavior.yaml asks for "api_key" and declares no scheme.
  const file = 'node_modules/@readme/oas-examples/3.0/yaml/response-http-behavior.yaml'
  expect(() => loadApi(file)).toThrow(
    expect.objectContaining({
      code: 'SPEC_INVALID',
      message: expect.stringMatching(
        /names the scheme "api_key", which #\/components\/securitySchemes does not declare \(it declares none\)/,
      ),
    }),
  )
})

const dialects = 'node_modules/@readme/oas-examples/3.1/yaml'

it('reads a 3.1 document whose jsonSchemaDialect is draft-04: its boolean exclusive bounds hold', () => {
  const api = loadApi(`${dialects}/schema-validation-top-level.yaml`)
  const url = (v4: number) =>
    `https://httpbin.org/anything/numbers?id-exclusive-required=12&id-exclusive-required-schema-v4=${v4}`
  expect(validateRequest(api, { method: 'GET', url: url(12) })).toMatchObject({ valid: true })
  expect(validateRequest(api, { method: 'GET', url: url(20) })).toMatchObject({
    valid: false,
    issues: [expect.objectContaining({ message: expect.stringContaining('"id-exclusive-required-schema-v4"') })],
  })
})

it('refuses a schema whose $schema names a dialect chatmock does not read, naming where', () => {
  expect(() => loadApi(`${dialects}/schema-validation-local.yaml`)).toThrow(
    expect.objectContaining({
      code: 'SPEC_INVALID',
      message: expect.stringContaining(
        '#/paths/~1anything~1numbers/parameters/4/schema/$schema names the JSON Schema dialect "https://json-schema.org/draft-05/schema#", which chatmock does not read',
      ),
    }),
  )
})

it("reads a pattern the u flag refuses as the document's own regular expression does (an unescaped brace)", () => {
  // schema-validation.yaml says it: "It won't work if unicode is enabled because it has unescaped brace literals".
  const api = loadApi('node_modules/@readme/oas-examples/3.0/yaml/schema-validation.yaml')
  const operation = api.operations.find((candidate) => candidate.path === '/anything/strings')!
  const url = (id: string) => {
    const query = new URLSearchParams()
    for (const parameter of operation.parameters)
      if (parameter.required)
        query.set(
          parameter.name,
          String(parameter.example ?? (parameter.schema as { example?: unknown } | undefined)?.example ?? ''),
        )
    query.set('complex-pattern-required', id)
    return `https://httpbin.org/anything/strings?${query}`
  }
  const braced = '{0123456789abcdef0123456789abcdef}'
  expect(validateRequest(api, { method: operation.method, url: url(braced) })).toMatchObject({ valid: true })
  expect(validateRequest(api, { method: operation.method, url: url('{not-hex}') })).toMatchObject({
    valid: false,
    issues: [expect.objectContaining({ message: expect.stringContaining('"complex-pattern-required"') })],
  })
})
