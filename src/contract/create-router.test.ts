import { expect, it } from 'vitest'
import type { Operation } from '../api/spec.js'
import { createRouter } from './create-router.js'

function operation(method: Operation['method'], path: string, operationId: string): Operation {
  return { operationId, method, path, parameters: [], responses: {}, security: [] }
}

const route = createRouter([
  operation('get', '/chats', 'listChats'),
  operation('post', '/chats', 'createChat'),
  operation('get', '/chats/{chat_id}', 'getChat'),
  operation('get', '/chats/{chat_id}/messages/stream', 'streamMessages'),
  operation('get', '/chats/{chat_id}/messages/{message_id}', 'getMessage'),
])

it('matches static paths by method', () => {
  expect(route('POST', '/chats')).toMatchObject({ kind: 'operation', operation: { operationId: 'createChat' } })
})

it('captures templated segments, decoded', () => {
  expect(route('GET', '/chats/a%20b')).toMatchObject({
    kind: 'operation',
    operation: { operationId: 'getChat' },
    params: { chat_id: 'a b' },
  })
})

it('prefers a static segment over a templated one', () => {
  expect(route('GET', '/chats/1/messages/stream')).toMatchObject({
    operation: { operationId: 'streamMessages' },
    params: { chat_id: '1' },
  })
  expect(route('GET', '/chats/1/messages/9')).toMatchObject({
    operation: { operationId: 'getMessage' },
    params: { chat_id: '1', message_id: '9' },
  })
})

it('tolerates a trailing slash', () => {
  expect(route('GET', '/chats/')).toMatchObject({ operation: { operationId: 'listChats' } })
})

it('says which methods a known path accepts', () => {
  expect(route('DELETE', '/chats')).toEqual({ kind: 'method-not-allowed', allow: ['GET', 'POST'] })
})

it('finds nothing for an unknown path, an empty segment or a malformed escape', () => {
  expect(route('GET', '/nope')).toEqual({ kind: 'not-found' })
  expect(route('GET', '/chats//messages/stream')).toEqual({ kind: 'not-found' })
  expect(route('GET', '/chats/%E0%A4%A')).toEqual({ kind: 'not-found' })
})

it('keeps an encoded slash inside its segment', () => {
  expect(route('GET', '/chats/a%2Fb')).toMatchObject({ params: { chat_id: 'a/b' } })
})
