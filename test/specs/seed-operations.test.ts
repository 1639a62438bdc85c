import { describe, expect, it } from 'vitest'
import { apiIds } from '../../apis/index.js'
import { getApi } from '../../src/spec/catalog.js'

const chatwoot = '/public/api/v1/inboxes/{inbox_identifier}/contacts/{contact_identifier}/conversations/{conversation_id}/messages'

// The 25 operations of the vendors' documentation (the seeds and the pages beside them), with the
// statuses the docs themselves give (HapiHub's room create has no docs section: its 200 is inferred).
const seedOperations = [
  ['toggl-focus', 'listChats', 'get', '/workspaces/{workspace_id}/chats', [200, 400, 500]],
  ['toggl-focus', 'createChat', 'post', '/workspaces/{workspace_id}/chats', [201, 400, 500]],
  ['toggl-focus', 'getChat', 'get', '/workspaces/{workspace_id}/chats/{chat_id}', [200, 400, 404, 500]],
  ['toggl-focus', 'updateChat', 'put', '/workspaces/{workspace_id}/chats/{chat_id}', [204, 400, 404, 500]],
  ['toggl-focus', 'deleteChat', 'delete', '/workspaces/{workspace_id}/chats/{chat_id}', [204, 400, 404, 500]],
  ['toggl-focus', 'listChatMessages', 'get', '/workspaces/{workspace_id}/chats/{chat_id}/messages', [200, 400, 500]],
  ['toggl-focus', 'streamChatMessages', 'get', '/workspaces/{workspace_id}/chats/{chat_id}/messages/stream', [200, 400, 500]],
  ['toggl-focus', 'updateChatMessage', 'patch', '/workspaces/{workspace_id}/chats/{chat_id}/messages/{chat_message_id}', [204, 400, 500]],
  ['toggl-focus', 'restoreChat', 'patch', '/workspaces/{workspace_id}/chats/{chat_id}/restore', [204, 400, 404, 500]],
  ['roosted', 'listWorkerChats', 'get', '/workers/{id}/chats', [200]],
  ['roosted', 'createWorkerChat', 'post', '/workers/{id}/chats', [201]],
  ['roosted', 'getWorkerChat', 'get', '/workers/{id}/chats/{chat_id}', [200]],
  ['roosted', 'editWorkerChat', 'patch', '/workers/{id}/chats/{chat_id}', [200]],
  ['roosted', 'listChatMessages', 'get', '/workers/{id}/chats/{chat_id}/messages', [200]],
  ['roosted', 'sendChatMessage', 'post', '/workers/{id}/chats/{chat_id}/messages', [201]],
  ['hapihub', 'findChatMessages', 'get', '/chat-messages', [200]],
  ['hapihub', 'getChatMessage', 'get', '/chat-messages/{id}', [200]],
  ['hapihub', 'patchChatMessage', 'patch', '/chat-messages/{id}', [200]],
  ['hapihub', 'createChatMessage', 'post', '/chat-messages', [200]],
  ['hapihub', 'findChatRooms', 'get', '/chat-rooms', [200]],
  ['hapihub', 'getChatRoom', 'get', '/chat-rooms/{id}', [200]],
  ['hapihub', 'createChatRoom', 'post', '/chat-rooms', [200]],
  ['chatwoot', 'createMessage', 'post', `${chatwoot}`, [200, 401]],
  ['chatwoot', 'listMessages', 'get', `${chatwoot}`, [200, 401]],
  ['chatwoot', 'updateMessage', 'patch', `${chatwoot}/{message_id}`, [200, 401]],
] as const

const documentedServers = {
  'toggl-focus': 'https://focus.toggl.com/api',
  roosted: 'https://api.roostedhr.com/api/1_12',
  hapihub: 'https://yourdomain.com',
  chatwoot: 'https://app.chatwoot.com',
}

describe('the seed operations', () => {
  it('are exactly the 25 operations of the specs', () => {
    const declared = apiIds.flatMap((id) => getApi(id).operations.map((operation) => `${id} ${operation.operationId}`)).sort()
    expect(declared).toEqual(seedOperations.map(([api, operationId]) => `${api} ${operationId}`).sort())
  })

  it.each(seedOperations)('%s %s is %s %s with the documented statuses', (api, operationId, method, path, statuses) => {
    const operation = getApi(api).operationsById.get(operationId)
    expect(operation).toMatchObject({ method, path })
    expect(Object.keys(operation!.responses)).toEqual(expect.arrayContaining(statuses.map(String)))
  })

  it.each(Object.entries(documentedServers))('%s has its documented server URL first', (api, url) => {
    expect(getApi(api).document.servers?.[0]?.url).toBe(url)
  })
})

describe.each(apiIds)('%s', (id) => {
  const api = getApi(id)

  it('has unique camelCase operationIds, each with a summary and a description', () => {
    const ids = api.operations.map((operation) => operation.operationId)
    expect(new Set(ids).size).toBe(ids.length)
    for (const operation of api.operations) {
      expect(operation.operationId).toMatch(/^[a-z][a-zA-Z0-9]*$/)
      const source = api.document.paths![operation.path]![operation.method]!
      expect(source.summary, operation.operationId).toBeTruthy()
      expect(source.description, operation.operationId).toBeTruthy()
    }
  })

  it('declares a required path parameter for every templated segment, and no other', () => {
    for (const operation of api.operations) {
      const templated = [...operation.path.matchAll(/\{([^}]+)\}/g)].map((match) => match[1]).sort()
      const pathParameters = operation.parameters.filter((parameter) => parameter.in === 'path')
      expect(pathParameters.map((parameter) => parameter.name).sort(), operation.operationId).toEqual(templated)
      expect(pathParameters.every((parameter) => parameter.required === true), operation.operationId).toBe(true)
    }
  })

  it('declares a security scheme for every requirement it names', () => {
    const schemes = Object.keys(api.document.components?.securitySchemes ?? {})
    for (const operation of api.operations) {
      for (const requirement of operation.security) expect(schemes).toEqual(expect.arrayContaining(Object.keys(requirement)))
    }
  })
})
