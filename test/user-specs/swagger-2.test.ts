import { afterAll, beforeAll, expect, it } from 'vitest'
import { contract } from '../../src/contract/contract.js'
import { loadApi } from '../../src/node.js'
import { runCli } from '../support/run-cli.js'
import { serveSpecs } from '../support/serve-specs.js'

// Swagger 2.0 documents (real ones, from @readme/oas-examples) are converted to OpenAPI 3.0 when a
// file is loaded, by @scalar/openapi-upgrader: `chatmock serve --spec` says so in one start-up
// line and mocks them, `chatmock verify` finds the mock keeps them, and loadApi reads them in process.

const corpus = 'node_modules/@readme/oas-examples/2.0/json'
const files = ['petstore.json', 'petstore-expanded.json', 'api-with-examples.json', 'schema-circular.json']
let served: Awaited<ReturnType<typeof serveSpecs>>
let url = ''

beforeAll(async () => {
  served = await serveSpecs(files.map((file) => `${corpus}/${file}`))
  url = served.url
})
afterAll(() => served.stop())

it('says at start-up, in one line per document, that it converted Swagger 2.0 to OpenAPI 3.0', () => {
  const lines = served.cli.stdout().split('\n')
  expect(lines.filter((line) => line.includes('converted'))).toEqual([
    `chatmock: converted Swagger 2.0 to OpenAPI 3.0 on load: ${corpus}/petstore.json (petstore)`,
    `chatmock: converted Swagger 2.0 to OpenAPI 3.0 on load: ${corpus}/petstore-expanded.json (petstore-expanded)`,
    `chatmock: converted Swagger 2.0 to OpenAPI 3.0 on load: ${corpus}/api-with-examples.json (api-with-examples)`,
    `chatmock: converted Swagger 2.0 to OpenAPI 3.0 on load: ${corpus}/schema-circular.json (schema-circular)`,
  ])
  expect(served.cli.stderr()).toBe('')
})

it.each([
  ['petstore-expanded.json', 'petstore-expanded'],
  ['api-with-examples.json', 'api-with-examples'],
  ['schema-circular.json', 'schema-circular'],
])('keeps the contract of the Swagger 2.0 document %s, as chatmock verify finds', async (file, id) => {
  const { status, stdout, stderr } = await runCli([
    'verify',
    '--spec',
    `${corpus}/${file}`,
    '--base-url',
    `${url}/${id}`,
  ])
  expect([status, stderr], stdout).toEqual([0, ''])
  expect(stdout).toMatch(/\n\d+ passed, 0 failed, \d+ warned, 0 skipped in \d+ ms: the provider keeps the contract\n$/)
})

it("mounts a converted document at its basePath's server and answers from its definitions", async () => {
  const response = await fetch(`${url}/petstore-expanded/pets?limit=2`)
  expect(response.status).toBe(200)
  const body = (await response.json()) as unknown[]
  expect(Array.isArray(body)).toBe(true)
  expect(served.cli.stdout()).toMatch(
    /\/petstore-expanded +stands for http:\/\/petstore\.swagger\.io\/api; keeps \/pets\n/,
  )
})

it('answers an operation whose only response is default with 200, not 500', async () => {
  // petstore's logoutUser: `responses: { default: { description: successful operation } }`.
  const response = await fetch(`${url}/petstore/user/logout`)
  expect([response.status, await response.text()]).toEqual([200, ''])
})

it('reads a Swagger 2.0 file with loadApi: a body parameter as a request body, definitions as components', async () => {
  const api = loadApi(`${corpus}/petstore.json`)
  expect(api.source?.convertedFrom).toBe('Swagger 2.0')
  expect(api.operationsById.get('addPet')?.requestBody?.content['application/json']?.schema).toEqual({
    $ref: '#/components/schemas/Pet',
  })
  const request = (body: unknown) => ({
    method: 'POST',
    url: `${api.serverUrl}/pet`,
    headers: { 'content-type': 'application/json', authorization: 'Bearer t' },
    body: JSON.stringify(body),
  })
  const check = contract(api)
  expect(await check.validateRequest('addPet', request({ name: 'Rex', photoUrls: [] }))).toMatchObject({ valid: true })
  expect(await check.validateRequest('addPet', request({ name: 'Rex' }))).toMatchObject({
    valid: false,
    issues: [{ keyword: 'required' }],
  })
})
