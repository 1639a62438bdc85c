import { afterAll, beforeAll, expect, it } from 'vitest'
import { defineApi } from '../../src/mock/define-api.js'
import { type ChatmockServer, startChatmockServer } from '../../src/server/start-chatmock-server.js'
import { verify } from '../../src/verify/verify.js'

// An operation without examples gets a request drafted from its schemas by the generator, the
// smallest value the contract accepts; where no value can be, that operation fails and the rest run.

// A member that must be both a string and an integer: no value is. (A required readOnly `id` would
// not do: as OpenAPI reads a user's document, a request need not carry it.)
const member = { allOf: [{ type: 'string' }, { type: 'integer' }] }
const spec = {
  openapi: '3.1.0',
  info: { title: 'members', version: '1' },
  paths: {
    '/members': {
      post: {
        operationId: 'createMember',
        requestBody: {
          required: true,
          content: {
            'application/json': {
              schema: {
                allOf: [
                  { type: 'object', required: ['name'], properties: { name: { type: 'string', minLength: 2 } } },
                  {
                    type: 'object',
                    required: ['role', 'seats'],
                    properties: { role: { enum: ['admin', 'guest'] }, seats: { type: 'integer', minimum: 3 } },
                  },
                ],
              },
            },
          },
        },
        responses: { '201': { description: 'created' }, '400': { description: 'invalid' } },
      },
    },
    '/members/{id}': {
      put: {
        operationId: 'replaceMember',
        parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'integer' } }],
        requestBody: { required: true, content: { 'application/json': { schema: member } } },
        responses: { '204': { description: 'replaced' }, '400': { description: 'invalid' } },
      },
    },
  },
}

const members = defineApi({ id: 'members', spec: spec as never })
let server: ChatmockServer<readonly [typeof members]>
beforeAll(async () => {
  server = await startChatmockServer({ port: 0, apis: [members] })
})
afterAll(() => server.close())

it('drafts a body that meets every branch of an allOf, so the provider accepts it', async () => {
  const report = await verify({ api: members, baseUrl: `${server.url}/members`, operations: ['createMember'] })
  expect(
    report.cases.map((item) => `${item.operationId} ${item.verdict} ${item.got} ${item.issues.join('; ')}`),
  ).toEqual(['createMember pass 201 '])
  expect(report.passed).toBe(true)
})

it('fails an operation whose request no value can satisfy, naming the schema, and verifies the others', async () => {
  const report = await verify({ api: members, baseUrl: `${server.url}/members` })
  expect(report.cases.map((item) => `${item.operationId} ${item.verdict} ${item.got}`)).toEqual([
    'createMember pass 201',
    'replaceMember fail -',
  ])
  expect(report.cases[1]!.issues).toEqual([
    expect.stringMatching(/^no valid request could be drafted: .*its types have none in common/),
  ])
  expect(report.passed).toBe(false)
})
