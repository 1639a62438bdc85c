import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { parse } from 'yaml'
import type { OpenAPIV3_1 } from 'openapi-types'
import { builtinApiIds } from '../../handlers/index.js'
import { getApi } from '../../src/openapi/catalog.js'

const chatwoot =
  '/public/api/v1/inboxes/{inbox_identifier}/contacts/{contact_identifier}/conversations/{conversation_id}/messages'

// The 25 operations of the vendors' documentation (the seeds and the pages beside them), with the
// statuses the docs themselves give (HapiHub's room create has no docs section: its 200 is inferred).
const seedOperations = [
  ['toggl-focus', 'listChats', 'get', '/workspaces/{workspace_id}/chats', [200, 400, 500]],
  ['toggl-focus', 'createChat', 'post', '/workspaces/{workspace_id}/chats', [201, 400, 500]],
  ['toggl-focus', 'getChat', 'get', '/workspaces/{workspace_id}/chats/{chat_id}', [200, 400, 404, 500]],
  ['toggl-focus', 'updateChat', 'put', '/workspaces/{workspace_id}/chats/{chat_id}', [204, 400, 404, 500]],
  ['toggl-focus', 'deleteChat', 'delete', '/workspaces/{workspace_id}/chats/{chat_id}', [204, 400, 404, 500]],
  ['toggl-focus', 'listChatMessages', 'get', '/workspaces/{workspace_id}/chats/{chat_id}/messages', [200, 400, 500]],
  [
    'toggl-focus',
    'streamChatMessages',
    'get',
    '/workspaces/{workspace_id}/chats/{chat_id}/messages/stream',
    [200, 400, 500],
  ],
  [
    'toggl-focus',
    'updateChatMessage',
    'patch',
    '/workspaces/{workspace_id}/chats/{chat_id}/messages/{chat_message_id}',
    [204, 400, 500],
  ],
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
  // The docs' 401 is declared only where identity validation can send it (issue 12: a spec declares
  // only statuses that can happen); the message operations never check a credential.
  ['chatwoot', 'createMessage', 'post', `${chatwoot}`, [200]],
  ['chatwoot', 'listMessages', 'get', `${chatwoot}`, [200]],
  ['chatwoot', 'updateMessage', 'patch', `${chatwoot}/{message_id}`, [200]],
] as const

const inbox = '/public/api/v1/inboxes/{inbox_identifier}'
const contact = `${inbox}/contacts/{contact_identifier}`
const conversation = `${contact}/conversations/{conversation_id}`

// The rest of Chatwoot's public client API (issue 14), with the statuses its docs give, but the 401
// where no credential or identity is checked.
const clientApiOperations = [
  ['chatwoot', 'getInbox', 'get', inbox, [200, 404]],
  ['chatwoot', 'createContact', 'post', `${inbox}/contacts`, [200, 401]],
  ['chatwoot', 'getContact', 'get', contact, [200, 401, 404]],
  ['chatwoot', 'updateContact', 'patch', contact, [200, 401]],
  ['chatwoot', 'listConversations', 'get', `${contact}/conversations`, [200]],
  ['chatwoot', 'createConversation', 'post', `${contact}/conversations`, [200]],
  ['chatwoot', 'getConversation', 'get', conversation, [200, 404]],
  ['chatwoot', 'toggleConversationStatus', 'post', `${conversation}/toggle_status`, [200, 404]],
  ['chatwoot', 'toggleConversationTyping', 'post', `${conversation}/toggle_typing`, [200, 404]],
  ['chatwoot', 'updateConversationLastSeen', 'post', `${conversation}/update_last_seen`, [200, 404]],
  ['chatwoot', 'getCsatSurvey', 'get', '/public/api/v1/csat_survey/{conversation_uuid}', [200, 404]],
  ['chatwoot', 'updateCsatSurvey', 'put', '/public/api/v1/csat_survey/{conversation_uuid}', [200, 422]],
  // Mock-only (issue 23): ActiveStorage's routes, where the attachments' data_url and thumb_url serve their files.
  ['chatwoot', 'getAttachmentFile', 'get', '/rails/active_storage/blobs/redirect/{signed_id}/{filename}', [200, 404]],
  [
    'chatwoot',
    'getAttachmentThumbnail',
    'get',
    '/rails/active_storage/representations/redirect/{signed_blob_id}/{variation_key}/{filename}',
    [200, 404],
  ],
  // Rails routes PATCH and PUT of a resource to one `update` action: the other method of each update (issue 23).
  ['chatwoot', 'putContact', 'put', contact, [200, 401]],
  ['chatwoot', 'putMessage', 'put', `${chatwoot}/{message_id}`, [200]],
  ['chatwoot', 'patchCsatSurvey', 'patch', '/public/api/v1/csat_survey/{conversation_uuid}', [200, 422]],
] as const

const documentedServers = {
  'toggl-focus': 'https://focus.toggl.com/api',
  roosted: 'https://api.roostedhr.com/api/1_12',
  hapihub: 'https://yourdomain.com',
  chatwoot: 'https://app.chatwoot.com',
}

describe('the seed operations', () => {
  it("are, with the rest of Chatwoot's client API and HapiHub's rooms, exactly the operations of the specs", () => {
    const declared = builtinApiIds
      .flatMap((id) => getApi(id).operations.map((operation) => `${id} ${operation.operationId}`))
      .sort()
    expect(declared).toEqual(
      [...seedOperations, ...clientApiOperations].map(([api, operationId]) => `${api} ${operationId}`).sort(),
    )
  })

  it.each([...seedOperations, ...clientApiOperations])(
    '%s %s is %s %s with the documented statuses',
    (api, operationId, method, path, statuses) => {
      const operation = getApi(api).operationsById.get(operationId)
      expect(operation).toMatchObject({ method, path })
      expect(Object.keys(operation!.responses)).toEqual(expect.arrayContaining(statuses.map(String)))
    },
  )

  it.each(Object.entries(documentedServers))('%s has its documented server URL first', (api, url) => {
    expect(getApi(api).document.servers?.[0]?.url).toBe(url)
  })
})

describe.each(builtinApiIds)('%s', (id) => {
  const api = getApi(id)
  // The prose is in the spec as written; the document a page loads leaves it out (scripts/strip-prose.ts).
  const written = parse(
    readFileSync(new URL(`../../specs/${id}.yaml`, import.meta.url), 'utf8'),
  ) as OpenAPIV3_1.Document

  it('has unique camelCase operationIds, each with a summary and a description', () => {
    const ids = api.operations.map((operation) => operation.operationId)
    expect(new Set(ids).size).toBe(ids.length)
    for (const operation of api.operations) {
      expect(operation.operationId).toMatch(/^[a-z][a-zA-Z0-9]*$/)
      const source = (written.paths![operation.path] as Record<string, OpenAPIV3_1.OperationObject>)[operation.method]!
      expect(source.summary, operation.operationId).toBeTruthy()
      expect(source.description, operation.operationId).toBeTruthy()
    }
  })

  it('declares a required path parameter for every templated segment, and no other', () => {
    for (const operation of api.operations) {
      const templated = [...operation.path.matchAll(/\{([^}]+)\}/g)].map((match) => match[1]).sort()
      const pathParameters = operation.parameters.filter((parameter) => parameter.in === 'path')
      expect(pathParameters.map((parameter) => parameter.name).sort(), operation.operationId).toEqual(templated)
      expect(
        pathParameters.every((parameter) => parameter.required === true),
        operation.operationId,
      ).toBe(true)
    }
  })

  it('declares a security scheme for every requirement it names', () => {
    const schemes = Object.keys(api.document.components?.securitySchemes ?? {})
    for (const operation of api.operations) {
      for (const requirement of operation.security)
        expect(schemes).toEqual(expect.arrayContaining(Object.keys(requirement)))
    }
  })
})
