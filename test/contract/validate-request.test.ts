import type { BuiltinApiId } from '../../handlers/index.js'
import { expect, it } from 'vitest'
import type { RequestInput } from '../../src/contract/types.js'
import type { Issue } from '../../src/api/exchange.js'
import { validateRequest } from '../../src/contract/validate-request.js'
import { createApiSpec } from '../../src/contract/create-api-spec.js'
import type { OpenAPIV3_1 } from 'openapi-types'

const basic = { authorization: `Basic ${btoa('ada@example.com:secret')}` }
const bearer = { authorization: 'Bearer toggl_sk_123' }
const json = { 'content-type': 'application/json' }
const toggl = 'https://focus.toggl.com/api/workspaces/1'
const chatwoot =
  'https://app.chatwoot.com/public/api/v1/inboxes/inbox_identifier_example/contacts/contact_identifier_example/conversations/56/messages'

function issue(location: Issue['location'], pointer: string, keyword: string, message: string): Issue {
  return { location, pointer, keyword, message }
}

function invalid(api: BuiltinApiId, request: RequestInput) {
  const result = validateRequest(api, request)
  if (result.valid) throw new Error('expected the request to be invalid')
  return result
}

// Valid requests: the values that reach a resolver, typed and coerced.
it.each([
  [
    'coerces path parameters to integers',
    'toggl-focus',
    { method: 'GET', url: `${toggl}/chats/7`, headers: basic },
    { params: { workspace_id: 1, chat_id: 7 } },
  ],
  [
    'applies query defaults',
    'toggl-focus',
    { method: 'GET', url: `${toggl}/chats`, headers: basic },
    { query: { page: 1, per_page: 20 } },
  ],
  [
    'reads order_by from repeated keys',
    'toggl-focus',
    { method: 'GET', url: `${toggl}/chats?order_by=name&order_by=-id`, headers: bearer },
    { query: { order_by: ['name', '-id'] } },
  ],
  [
    'reads order_by from comma-separated values',
    'toggl-focus',
    { method: 'GET', url: `${toggl}/chats?order_by=name,-id`, headers: bearer },
    { query: { order_by: ['name', '-id'] } },
  ],
  [
    'accepts null where the type is [string, null]',
    'toggl-focus',
    {
      method: 'PATCH',
      url: `${toggl}/chats/1/messages/1`,
      headers: { ...basic, ...json },
      body: '{"feedback_message":null}',
    },
    { body: { feedback_message: null } },
  ],
  [
    'accepts a content type with parameters',
    'chatwoot',
    {
      method: 'POST',
      url: chatwoot,
      headers: { 'content-type': 'application/json; charset=utf-8' },
      body: '{"content":"hi"}',
    },
    { body: { content: 'hi' } },
  ],
  [
    'accepts an already parsed body',
    'hapihub',
    {
      method: 'POST',
      url: 'https://yourdomain.com/chat-messages',
      headers: { authorization: 'Bearer t', ...json },
      body: { room: 'room-id' },
    },
    { body: { room: 'room-id' } },
  ],
  [
    'accepts either form of the oneOf',
    'chatwoot',
    { method: 'PATCH', url: `${chatwoot}/56`, headers: json, body: '{"submitted_values":[{"title":"yes"}]}' },
    { params: { message_id: 56 } },
  ],
  [
    'matches under the mount prefix',
    'roosted',
    {
      method: 'PATCH',
      url: 'http://127.0.0.1:4010/roosted/workers/3158/chats/yJjarB5xUW',
      headers: { 'X-API-KEY': 'k', ...json },
      body: '{}',
    },
    { params: { id: '3158', chat_id: 'yJjarB5xUW' } },
  ],
  [
    'matches a path relative to the prefix',
    'roosted',
    {
      method: 'PATCH',
      url: '/roosted/workers/3158/chats/yJjarB5xUW',
      headers: { authorization: 'Bearer k', ...json },
      body: '{}',
    },
    { credential: { scheme: 'bearerAuth', value: 'k' } },
  ],
  [
    'gives the credential that satisfied security',
    'toggl-focus',
    { method: 'GET', url: `${toggl}/chats`, headers: basic },
    { credential: { scheme: 'basicAuth', value: 'ada@example.com:secret' } },
  ],
  [
    'needs no credentials where the spec makes them optional',
    'chatwoot',
    { method: 'GET', url: chatwoot },
    { credential: null },
  ],
] as const)('%s', (_, api, request, expected) => {
  expect(validateRequest(api, request)).toMatchObject({ valid: true, ...expected })
})

// Invalid requests: exactly the issues each one yields.
it.each([
  [
    'path: a non-integer id',
    'toggl-focus',
    { method: 'GET', url: 'https://focus.toggl.com/api/workspaces/one/chats', headers: basic },
    [issue('path', '/workspace_id', 'type', 'path parameter "workspace_id" must be integer (got "one")')],
  ],
  [
    'path: an id below its minimum',
    'toggl-focus',
    { method: 'GET', url: `${toggl}/chats/0`, headers: basic },
    [issue('path', '/chat_id', 'minimum', 'path parameter "chat_id" must be >= 1 (got 0)')],
  ],
  [
    'path: an integer beyond 2^53',
    'toggl-focus',
    { method: 'GET', url: `${toggl}/chats/9007199254740993`, headers: basic },
    [
      issue(
        'path',
        '/chat_id',
        'maximum',
        'path parameter "chat_id" must be <= 9007199254740991 (got 9007199254740993)',
      ),
    ],
  ],
  [
    'query: per_page above its maximum',
    'toggl-focus',
    { method: 'GET', url: `${toggl}/chats?per_page=101`, headers: basic },
    [issue('query', '/per_page', 'maximum', 'query parameter "per_page" must be <= 100 (got 101)')],
  ],
  [
    'query: per_page of zero',
    'toggl-focus',
    { method: 'GET', url: `${toggl}/chats?per_page=0`, headers: basic },
    [issue('query', '/per_page', 'minimum', 'query parameter "per_page" must be >= 1 (got 0)')],
  ],
  [
    'query: a page that is not an integer',
    'toggl-focus',
    { method: 'GET', url: `${toggl}/chats?page=2.5`, headers: basic },
    [issue('query', '/page', 'type', 'query parameter "page" must be integer (got "2.5")')],
  ],
  [
    'query: an unknown order_by field',
    'toggl-focus',
    { method: 'GET', url: `${toggl}/chats/1/messages?order_by=-created_at,role`, headers: basic },
    [
      issue(
        'query',
        '/order_by/1',
        'enum',
        'query parameter "order_by[1]" must be one of "id", "-id", "created_at", "-created_at", "updated_at", "-updated_at" (got "role")',
      ),
    ],
  ],
  [
    'query: a repeated scalar',
    'toggl-focus',
    { method: 'GET', url: `${toggl}/chats?per_page=10&per_page=20`, headers: basic },
    [issue('query', '/per_page', 'maxItems', 'query parameter "per_page" must be given once (got 2 values)')],
  ],
  [
    'query: before that is not an integer',
    'chatwoot',
    { method: 'GET', url: `${chatwoot}?before=abc` },
    [issue('query', '/before', 'type', 'query parameter "before" must be integer (got "abc")')],
  ],
  [
    'body: malformed JSON',
    'hapihub',
    {
      method: 'POST',
      url: 'https://yourdomain.com/chat-messages',
      headers: { authorization: 'Bearer t', ...json },
      body: '{"room":',
    },
    [issue('body', '', 'json', expect.stringMatching(/^body is not valid JSON: /) as unknown as string)],
  ],
  [
    'body: missing where required',
    'toggl-focus',
    { method: 'POST', url: `${toggl}/chats`, headers: { ...basic, ...json } },
    [issue('body', '', 'required', 'body is required (application/json)')],
  ],
  [
    'body: a missing required field',
    'hapihub',
    {
      method: 'POST',
      url: 'https://yourdomain.com/chat-messages',
      headers: { authorization: 'Bearer t', ...json },
      body: '{"text":"hey"}',
    },
    [issue('body', '/room', 'required', 'body field "room" is required')],
  ],
  [
    'body: an unknown field',
    'toggl-focus',
    { method: 'POST', url: `${toggl}/chats`, headers: { ...basic, ...json }, body: '{"name":"a","title":"b"}' },
    [issue('body', '/title', 'additionalProperties', 'body field "title" is not allowed')],
  ],
  [
    'body: a wrong type',
    'hapihub',
    {
      method: 'PATCH',
      url: 'https://yourdomain.com/chat-messages/id-1',
      headers: { authorization: 'Bearer t', ...json },
      body: '{"seen":"yes"}',
    },
    [issue('body', '/seen', 'type', 'body field "seen" must be boolean (got "yes")')],
  ],
  [
    'body: a wrong type where null is allowed',
    'toggl-focus',
    {
      method: 'PATCH',
      url: `${toggl}/chats/1/messages/1`,
      headers: { ...basic, ...json },
      body: '{"feedback_type":5}',
    },
    [issue('body', '/feedback_type', 'type', 'body field "feedback_type" must be string or null (got 5)')],
  ],
  [
    'body: an empty name',
    'toggl-focus',
    { method: 'PUT', url: `${toggl}/chats/1`, headers: { ...basic, ...json }, body: '{"name":""}' },
    [issue('body', '/name', 'minLength', 'body field "name" must be at least 1 characters (got 0)')],
  ],
  [
    'body: content over 150,000 characters',
    'chatwoot',
    { method: 'POST', url: chatwoot, headers: json, body: JSON.stringify({ content: 'x'.repeat(150_001) }) },
    [issue('body', '/content', 'maxLength', 'body field "content" must be at most 150000 characters (got 150001)')],
  ],
  [
    'body: neither form of a oneOf',
    'chatwoot',
    { method: 'PATCH', url: `${chatwoot}/56`, headers: json, body: '{"submitted_values":"yes"}' },
    [
      issue(
        'body',
        '/submitted_values',
        'oneOf',
        'body field "submitted_values" must be a SubmittedValue or array (got "yes")',
      ),
    ],
  ],
  [
    'body: a nested wrong type inside an array',
    'roosted',
    {
      method: 'PATCH',
      url: 'https://api.roostedhr.com/api/1_12/workers/3158/chats/yJjarB5xUW',
      headers: { 'x-api-key': 'k', ...json },
      body: '{"members":["3158",120915]}',
    },
    [issue('body', '/members/1', 'type', 'body field "members[1]" must be string (got 120915)')],
  ],
  [
    'every issue of a request at once',
    'toggl-focus',
    {
      method: 'PATCH',
      url: `${toggl}/chats/x/messages/1?order_by=nope`,
      headers: { ...basic, ...json },
      body: '{"content":"text","extra":1}',
    },
    [
      issue('path', '/chat_id', 'type', 'path parameter "chat_id" must be integer (got "x")'),
      issue('body', '/extra', 'additionalProperties', 'body field "extra" is not allowed'),
      issue('body', '/content', 'type', 'body field "content" must be object (got "text")'),
    ],
  ],
] as const)('%s', (_, api, request, issues) => {
  expect(invalid(api, request)).toMatchObject({ reason: 'invalid', issues })
  expect(invalid(api, request).issues).toHaveLength(issues.length)
})

it('reports missing credentials as an auth issue naming what is accepted', () => {
  expect(invalid('toggl-focus', { method: 'GET', url: `${toggl}/chats` })).toEqual({
    valid: false,
    reason: 'unauthorized',
    operation: expect.objectContaining({ operationId: 'listChats' }),
    issues: [
      issue(
        'security',
        '',
        'security',
        'credentials are required: send Authorization: Basic <base64 of user:password> or Authorization: Bearer <token>.',
      ),
    ],
  })
})

it('reports a malformed Authorization header as an auth issue', () => {
  const result = invalid('toggl-focus', {
    method: 'GET',
    url: `${toggl}/chats`,
    headers: { authorization: 'Basic bm9jb2xvbg==' },
  })
  expect(result.reason).toBe('unauthorized')
  expect(result.issues[0]!.message).toContain(
    'The Authorization header was "Basic …", which is malformed or not accepted.',
  )
})

it('checks credentials before anything else', () => {
  expect(
    invalid('roosted', { method: 'PATCH', url: '/roosted/workers/1/chats/a', headers: json, body: '{"bad":1}' }).reason,
  ).toBe('unauthorized')
})

it('refuses a body in an undeclared content type with 415', () => {
  expect(
    invalid('toggl-focus', {
      method: 'POST',
      url: `${toggl}/chats`,
      headers: { ...basic, 'content-type': 'application/x-www-form-urlencoded' },
      body: 'name=a',
    }),
  ).toMatchObject({
    reason: 'unsupported-media-type',
    issues: [
      issue(
        'header',
        '/content-type',
        'contentType',
        'header "content-type" must be application/json (got "application/x-www-form-urlencoded")',
      ),
    ],
  })
})

it('refuses a body without a content type with 415', () => {
  expect(
    invalid('toggl-focus', { method: 'POST', url: `${toggl}/chats`, headers: basic, body: '{"name":"a"}' }).reason,
  ).toBe('unsupported-media-type')
})

it("ignores a content type sent without a body, as the docs' GET samples do", () => {
  expect(
    validateRequest('toggl-focus', {
      method: 'GET',
      url: `${toggl}/chats`,
      headers: { ...basic, 'content-type': 'text/plain' },
    }).valid,
  ).toBe(true)
})

it('tells an unknown path from a known path with a wrong method', () => {
  expect(invalid('toggl-focus', { method: 'GET', url: `${toggl}/things`, headers: basic })).toMatchObject({
    reason: 'not-found',
  })
  expect(invalid('toggl-focus', { method: 'DELETE', url: `${toggl}/chats`, headers: basic })).toMatchObject({
    reason: 'method-not-allowed',
    allow: ['GET', 'POST'],
    issues: [issue('path', '', 'method', '/workspaces/1/chats does not accept DELETE; it accepts GET, POST')],
  })
})

it('finds nothing for a URL under neither the server URL nor the prefix', () => {
  expect(invalid('hapihub', { method: 'GET', url: 'https://example.org/chat-messages' })).toMatchObject({
    reason: 'not-found',
  })
})

it('refuses a query key the operation does not declare when the document says x-chatmock-strict-query, naming the known ones', () => {
  const strict = createApiSpec({
    id: 'strict-query',
    document: {
      openapi: '3.1.0',
      info: { title: 'strict', version: '1' },
      'x-chatmock-strict-query': true,
      servers: [{ url: 'https://strict.example.com' }],
      paths: {
        '/items': {
          get: {
            operationId: 'findItems',
            parameters: [
              { name: '$limit', in: 'query', schema: { type: 'integer' } },
              { name: 'room[$in]', in: 'query', schema: { type: 'array', items: { type: 'string' } } },
            ],
            responses: { '200': { description: 'ok' } },
          },
        },
      },
    } as OpenAPIV3_1.Document,
  })
  expect(
    validateRequest(strict, { method: 'GET', url: 'https://strict.example.com/items?$limit=2&room[$in][]=a&$limt=3' }),
  ).toMatchObject({
    valid: false,
    reason: 'invalid',
    issues: [
      issue(
        'query',
        '/$limt',
        'additionalProperties',
        'query parameter "$limt" is not allowed (known: $limit, room[$in])',
      ),
    ],
  })
  expect(
    validateRequest(strict, {
      method: 'GET',
      url: 'https://strict.example.com/items?$limit=2&room[$in][]=a&room[$in][]=b',
    }),
  ).toMatchObject({ valid: true, query: { $limit: 2, 'room[$in]': ['a', 'b'] } })
})
