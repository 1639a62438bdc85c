import type { BuiltinApiId } from '../../handlers/index.js'
import { expect, it } from 'vitest'
import { getOperation } from '../../src/contract/get-contract.js'
import { renderRequestFailure } from '../../src/contract/render-error.js'
import type { InvalidRequest } from '../../src/contract/types.js'
import { validateRequest } from '../../src/contract/validate-request.js'
import { validateResponse } from '../../src/contract/validate-response.js'
import { getApi } from '../../src/openapi/catalog.js'

function fail(api: BuiltinApiId, request: Parameters<typeof validateRequest>[1]): InvalidRequest {
  const result = validateRequest(api, request)
  if (result.valid) throw new Error('expected an invalid request')
  return result
}

it('renders Toggl issues as { error, error_description, trace_id } with 400', () => {
  const failure = fail('toggl-focus', {
    method: 'GET',
    url: 'https://focus.toggl.com/api/workspaces/1/chats?per_page=101&page=0',
    headers: { authorization: 'Bearer t' },
  })
  const response = renderRequestFailure(getApi('toggl-focus'), failure)
  expect(response).toEqual({
    status: 400,
    headers: { 'content-type': 'application/json' },
    body: {
      error: 'validation',
      error_description:
        'query parameter "page" must be >= 1 (got 0); query parameter "per_page" must be <= 100 (got 101)',
      trace_id: expect.stringMatching(/^[0-9a-f]{32}$/),
    },
  })
  expect(validateResponse(failure.operation!, response)).toEqual({ valid: true })
})

it('renders a missing Toggl credential as 401 in the same shape, valid against the spec', () => {
  const failure = fail('toggl-focus', { method: 'GET', url: 'https://focus.toggl.com/api/workspaces/1/chats' })
  const response = renderRequestFailure(getApi('toggl-focus'), failure)
  expect(response).toMatchObject({ status: 401, body: { error: 'unauthorized' } })
  expect(validateResponse(failure.operation!, response)).toEqual({ valid: true })
})

it('renders a 405 with an Allow header', () => {
  const failure = fail('toggl-focus', { method: 'DELETE', url: '/toggl-focus/workspaces/1/chats' })
  expect(renderRequestFailure(getApi('toggl-focus'), failure)).toMatchObject({
    status: 405,
    headers: { allow: 'GET, POST' },
    body: { error: 'method_not_allowed' },
  })
})

it('renders Chatwoot validation issues as a 422 { message, attributes }, valid against the spec', () => {
  const failure = fail('chatwoot', {
    method: 'POST',
    url: 'https://app.chatwoot.com/public/api/v1/inboxes/i/contacts/c/conversations/56/messages',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ content: 'x'.repeat(150_001) }),
  })
  const response = renderRequestFailure(getApi('chatwoot'), failure)
  expect(response).toMatchObject({
    status: 422,
    // Rails' full message for the model validation the schema shares; the mock's wording stays in `issues`.
    body: {
      message: 'Content is too long (maximum is 150000 characters)',
      attributes: ['content'],
      issues: [
        expect.objectContaining({ message: 'body field "content" must be at most 150000 characters (got 150001)' }),
      ],
    },
  })
  expect(validateResponse(getOperation('chatwoot', 'createMessage'), response)).toEqual({ valid: true })
})

it('renders a Chatwoot 415 in the Rails shape', () => {
  const failure = fail('chatwoot', {
    method: 'POST',
    url: '/chatwoot/public/api/v1/inboxes/i/contacts/c/conversations/56/messages',
    headers: { 'content-type': 'text/plain' },
    body: 'hi',
  })
  const response = renderRequestFailure(getApi('chatwoot'), failure)
  expect(response).toEqual({
    status: 415,
    headers: { 'content-type': 'application/json' },
    body: { status: 415, error: 'Unsupported Media Type' },
  })
  expect(validateResponse(failure.operation!, response)).toEqual({ valid: true })
})

it('renders problem+json where the vendor shape is unknown, valid against the spec', () => {
  const failure = fail('roosted', {
    method: 'PATCH',
    url: '/roosted/workers/3158/chats/yJjarB5xUW',
    headers: { 'x-api-key': 'k', 'content-type': 'application/json' },
    body: '{"name":1}',
  })
  const response = renderRequestFailure(getApi('roosted'), failure)
  expect(response).toEqual({
    status: 400,
    headers: { 'content-type': 'application/problem+json' },
    body: {
      type: 'about:blank',
      title: 'Bad Request',
      status: 400,
      detail: 'body field "name" must be string (got 1)',
      issues: failure.issues,
    },
  })
  expect(validateResponse(failure.operation!, response)).toEqual({ valid: true })
})
