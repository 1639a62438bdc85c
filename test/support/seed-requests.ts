/**
 * The request examples of the seed documents, verbatim but for the host (each API's documented
 * server URL, or the mock's prefix) and the path placeholders (replaced by ids that the default
 * fixtures hold). `<email>:<password>`, `<api-key>` and `<your-api-token>` are sent as written.
 */
export interface SeedRequest {
  api: 'toggl-focus' | 'roosted' | 'hapihub' | 'chatwoot'
  operationId: string
  method: string
  /** Relative to the API's base URL. */
  path: string
  headers: Record<string, string>
  body?: string
  /** The documented success status. */
  status: number
}

const togglBasic = `Basic ${btoa('<email>:<password>')}`
const json = { 'content-type': 'application/json' }
const chatwoot =
  '/public/api/v1/inboxes/inbox_identifier_example/contacts/contact_identifier_example/conversations/56/messages'

export const seedRequests: SeedRequest[] = [
  {
    api: 'toggl-focus',
    operationId: 'listChats',
    method: 'GET',
    path: '/workspaces/1/chats',
    headers: { ...json, authorization: togglBasic },
    status: 200,
  },
  {
    api: 'toggl-focus',
    operationId: 'createChat',
    method: 'POST',
    path: '/workspaces/1/chats',
    headers: { ...json, authorization: togglBasic },
    body: '{"name":"string"}',
    status: 201,
  },
  {
    api: 'toggl-focus',
    operationId: 'getChat',
    method: 'GET',
    path: '/workspaces/1/chats/1',
    headers: { ...json, authorization: togglBasic },
    status: 200,
  },
  // The docs' PUT samples send no credentials.
  {
    api: 'toggl-focus',
    operationId: 'updateChat',
    method: 'PUT',
    path: '/workspaces/1/chats/1',
    headers: json,
    body: '{"name":"string"}',
    status: 204,
  },
  {
    api: 'toggl-focus',
    operationId: 'listChatMessages',
    method: 'GET',
    path: '/workspaces/1/chats/1/messages',
    headers: { ...json, authorization: togglBasic },
    status: 200,
  },
  {
    api: 'toggl-focus',
    operationId: 'streamChatMessages',
    method: 'GET',
    path: '/workspaces/1/chats/1/messages/stream',
    headers: { ...json, authorization: togglBasic },
    status: 200,
  },
  {
    api: 'toggl-focus',
    operationId: 'updateChatMessage',
    method: 'PATCH',
    path: '/workspaces/1/chats/1/messages/1',
    headers: { ...json, authorization: togglBasic },
    body: '{"content":{},"feedback_message":"string","feedback_type":"string"}',
    status: 204,
  },
  {
    api: 'toggl-focus',
    operationId: 'deleteChat',
    method: 'DELETE',
    path: '/workspaces/1/chats/2',
    headers: { ...json, authorization: togglBasic },
    status: 204,
  },
  {
    api: 'toggl-focus',
    operationId: 'restoreChat',
    method: 'PATCH',
    path: '/workspaces/1/chats/2/restore',
    headers: { ...json, authorization: togglBasic },
    status: 204,
  },
  {
    api: 'roosted',
    operationId: 'editWorkerChat',
    method: 'PATCH',
    path: '/workers/3158/chats/yJjarB5xUW',
    headers: { ...json, 'x-api-key': '<api-key>' },
    body: '\n{\n  "name": "Project Alpha Team"\n}\n',
    status: 200,
  },
  {
    api: 'hapihub',
    operationId: 'findChatMessages',
    method: 'GET',
    path: '/chat-messages',
    headers: { authorization: 'Bearer <your-api-token>' },
    status: 200,
  },
  {
    api: 'hapihub',
    operationId: 'getChatMessage',
    method: 'GET',
    path: '/chat-messages/id-1',
    headers: { authorization: 'Bearer <your-api-token>' },
    status: 200,
  },
  {
    api: 'hapihub',
    operationId: 'patchChatMessage',
    method: 'PATCH',
    path: '/chat-messages/id-1',
    headers: { ...json, authorization: 'Bearer <your-api-token>' },
    body: '{\n"seen": true\n}',
    status: 200,
  },
  {
    api: 'hapihub',
    operationId: 'createChatMessage',
    method: 'POST',
    path: '/chat-messages',
    headers: { ...json, authorization: 'Bearer <your-api-token>' },
    body: '{\n"room": "room-id",\n"text": "hey"\n}',
    status: 200,
  },
  // The generated Python client sends an empty payload object and, on list, api_access_token.
  {
    api: 'chatwoot',
    operationId: 'createMessage',
    method: 'POST',
    path: chatwoot,
    headers: { 'content-type': 'application/json; charset=utf-8' },
    body: '{}',
    status: 200,
  },
  {
    api: 'chatwoot',
    operationId: 'listMessages',
    method: 'GET',
    path: chatwoot,
    headers: { api_access_token: 'YOUR_API_KEY' },
    status: 200,
  },
  {
    api: 'chatwoot',
    operationId: 'updateMessage',
    method: 'PATCH',
    path: `${chatwoot}/56`,
    headers: { 'content-type': 'application/json; charset=utf-8' },
    body: '{}',
    status: 200,
  },
]
