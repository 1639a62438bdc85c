// Type-checked by `npm test` (tsc), never run: each line marked @ts-expect-error must fail to
// compile, and tsc fails if one compiles. The lines without the mark must compile.
import { expect } from 'vitest'
import { contract, defineApi, getOperation, validateRequest, verify } from '../../src/index.js'
import { setupChatmock } from '../../src/node.js'
import '../../src/vitest.js'

declare const response: Response

// The registered ids and their operation ids compile.
void contract('toggl-focus').validateResponse('listChats', response)
void contract('chatwoot').validateRequest('createMessage', { method: 'POST', url: '/' })
void getOperation('hapihub', 'findChatMessages')

// @ts-expect-error: no API is called "nope"
void contract('nope')
// @ts-expect-error: listChats, not listChatz
void contract('toggl-focus').validateResponse('listChatz', response)
// @ts-expect-error: an operation of another API
void contract('toggl-focus').validateRequest('createMessage', { method: 'GET', url: '/' })
// @ts-expect-error: no API is called "nope"
void validateRequest('nope', { method: 'GET', url: '/' })
// @ts-expect-error: an unknown operation
void getOperation('roosted', 'deleteWorkerChat')
// @ts-expect-error: no API is called "nope"
void verify({ api: 'nope', baseUrl: 'http://127.0.0.1:1' })

async function matchers() {
  await expect(response).toMatchContract('toggl-focus', 'getChat')
  // @ts-expect-error: listChats, not listChatz
  await expect(response).toMatchContract('toggl-focus', 'listChatz')
  // @ts-expect-error: no API is called "nope"
  await expect(response).toMatchContract('nope', 'listChats')
}

async function settings() {
  const chatmock = await setupChatmock({ apis: ['toggl-focus'], settings: { operations: { listChats: { errorRate: 1 } } } })
  // @ts-expect-error: a fault setting for an operation that does not exist
  await setupChatmock({ apis: ['toggl-focus'], settings: { operations: { listChatz: { errorRate: 1 } } } })
  // @ts-expect-error: an operation of an API that is not served
  chatmock.admin.updateSettings({ operations: { createMessage: { latency: 10 } } })
  // @ts-expect-error: no API is called "nope"
  await setupChatmock({ apis: ['nope'] })
  // @ts-expect-error: only the served APIs can be reset
  await chatmock.reset('chatwoot')
}

// An API defined by a user joins with its own operation ids...
declare const petsOperations: { listPets: { params: Record<string, never>; query: { limit?: number }; headers: Record<string, never>; body: undefined } }
declare const petsDocument: Parameters<typeof defineApi>[0]['spec']
const petsApi = defineApi<'pets', typeof petsOperations, undefined, undefined>({ id: 'pets', spec: petsDocument })
void contract(petsApi).validateResponse('listPets', response)
// @ts-expect-error: listPets, not listPet
void contract(petsApi).validateResponse('listPet', response)
async function petsSettings() {
  await setupChatmock({ apis: [petsApi, 'hapihub'], settings: { operations: { listPets: {}, findChatMessages: {} } } })
  // @ts-expect-error: an operation neither API has
  await setupChatmock({ apis: [petsApi, 'hapihub'], settings: { operations: { listChats: {} } } })
}

// ...and a document loaded as text at run time gets plain string ids.
declare const loaded: Parameters<typeof contract>[0] & object
void contract(defineApi({ id: 'loaded', spec: loaded as never })).validateResponse('anyOperation', response)

export { matchers, settings, petsSettings }
