import { expect, it } from 'vitest'
import { getOperation } from '../../src/contract/get-contract.js'
import { validateResponse } from '../../src/contract/validate-response.js'

const json = { 'content-type': 'application/json' }
const chat = {
  id: 1,
  workspace_id: 1,
  toggl_user_id: 7,
  name: 'Plans',
  message_count: 0,
  created_at: '2024-03-01T09:00:00Z',
  updated_at: '2024-03-01T09:00:00Z',
  deleted_at: null,
}
const getChat = getOperation('toggl-focus', 'getChat')

it('accepts a declared status with a body that matches', () => {
  expect(validateResponse(getChat, { status: 200, headers: json, body: chat })).toEqual({ valid: true })
})

it('accepts a body given as JSON text', () => {
  expect(validateResponse(getChat, { status: 200, headers: json, body: JSON.stringify(chat) })).toEqual({ valid: true })
})

it('catches an undeclared status, listing the declared ones', () => {
  expect(validateResponse(getChat, { status: 418, headers: json, body: chat })).toEqual({
    valid: false,
    issues: [
      {
        location: 'status',
        pointer: '',
        keyword: 'status',
        message: 'status 418 is not declared for getChat (declared: 200, 400, 401, 402, 404, 414, 500)',
      },
    ],
  })
})

it('catches a wrong content type', () => {
  expect(
    validateResponse(getChat, { status: 200, headers: { 'content-type': 'text/html' }, body: '<p>hi</p>' }),
  ).toEqual({
    valid: false,
    issues: [
      {
        location: 'header',
        pointer: '/content-type',
        keyword: 'contentType',
        message: 'header "content-type" must be application/json (got "text/html")',
      },
    ],
  })
})

it('catches a missing required field', () => {
  const { name: _, ...withoutName } = chat
  expect(validateResponse(getChat, { status: 200, headers: json, body: withoutName })).toEqual({
    valid: false,
    issues: [{ location: 'body', pointer: '/name', keyword: 'required', message: 'body field "name" is required' }],
  })
})

it('catches a wrong type', () => {
  expect(validateResponse(getChat, { status: 200, headers: json, body: { ...chat, id: '1' } })).toEqual({
    valid: false,
    issues: [
      { location: 'body', pointer: '/id', keyword: 'type', message: 'body field "id" must be integer (got "1")' },
    ],
  })
})

it('catches a timestamp that is not a date-time', () => {
  expect(
    validateResponse(getChat, { status: 200, headers: json, body: { ...chat, created_at: '2024-03-01' } }),
  ).toMatchObject({
    valid: false,
    issues: [
      {
        pointer: '/created_at',
        keyword: 'format',
        message: 'body field "created_at" must be a valid date-time (got "2024-03-01")',
      },
    ],
  })
})

it('catches a value outside an enum', () => {
  const message = {
    id: 1,
    content: 'hi',
    message_type: 5,
    content_type: 'text',
    content_attributes: {},
    created_at: 1717000000,
    conversation_id: 56,
  }
  expect(
    validateResponse(getOperation('chatwoot', 'createMessage'), { status: 200, headers: json, body: message }),
  ).toMatchObject({
    valid: false,
    issues: [
      {
        pointer: '/message_type',
        keyword: 'enum',
        message: 'body field "message_type" must be one of 0, 1, 2, 3 (got 5)',
      },
    ],
  })
})

it('catches a body on a response that declares none', () => {
  expect(
    validateResponse(getOperation('toggl-focus', 'updateChat'), { status: 204, headers: json, body: '{}' }),
  ).toEqual({
    valid: false,
    issues: [
      {
        location: 'body',
        pointer: '',
        keyword: 'body',
        message: 'body must be empty: updateChat declares no content for 204',
      },
    ],
  })
})

it('accepts a 204 without a body', () => {
  expect(validateResponse(getOperation('toggl-focus', 'deleteChat'), { status: 204 })).toEqual({ valid: true })
})

it('catches a missing body where one is declared', () => {
  expect(validateResponse(getChat, { status: 404, headers: json })).toMatchObject({
    valid: false,
    issues: [{ location: 'body', keyword: 'required' }],
  })
})

it('accepts the problem+json error shape where the spec declares it', () => {
  const problem = { type: 'about:blank', title: 'Not Found', status: 404, detail: 'no chat message "x"' }
  expect(
    validateResponse(getOperation('hapihub', 'getChatMessage'), {
      status: 404,
      headers: { 'content-type': 'application/problem+json' },
      body: problem,
    }),
  ).toEqual({ valid: true })
})

it('throws UNKNOWN_OPERATION for an unknown operationId', () => {
  // @ts-expect-error: an unknown operation is a compile error, and a run-time one for untyped callers
  expect(() => getOperation('toggl-focus', 'listTasks')).toThrow(
    expect.objectContaining({ code: 'UNKNOWN_OPERATION', message: expect.stringContaining('listChats') }),
  )
})
