// Type-checked by `npm test` (tsc), never run: each line marked @ts-expect-error must fail to
// compile, and tsc fails if one compiles. The lines without the mark must compile.
import { expect } from 'vitest'
import { contract, defineApi, getOperation, validateRequest, verify } from '../../src/index.js'
import { createMockApis } from '../../src/internals.js'
import { startChatmockServer } from '../../src/express.js'
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
  const chatmock = await setupChatmock({
    apis: ['toggl-focus'],
    settings: { operations: { listChats: { errorRate: 1 } } },
  })
  // @ts-expect-error: a fault setting for an operation that does not exist
  await setupChatmock({ apis: ['toggl-focus'], settings: { operations: { listChatz: { errorRate: 1 } } } })
  // @ts-expect-error: an operation of an API that is not served
  chatmock.admin.updateSettings({ operations: { createMessage: { latency: 10 } } })
  // @ts-expect-error: no API is called "nope"
  await setupChatmock({ apis: ['nope'] })
  // @ts-expect-error: only the served APIs can be reset
  await chatmock.reset('chatwoot')
}

// Fault settings name an API, then one of its own operations.
async function apiSettings() {
  const chatmock = await setupChatmock({
    apis: ['toggl-focus', 'roosted'],
    settings: {
      apis: { roosted: { latency: 5, operations: { listChatMessages: { errorRate: 1 } } } },
      operations: { getWorkerChat: {}, getChat: {} },
    },
  })
  chatmock.admin.updateSettings({
    apis: { 'toggl-focus': { errorRate: 0.1, operations: { listChatMessages: { errorRate: 1 } } } },
  })
  const set: number | undefined = chatmock.admin.settings().apis?.roosted?.operations?.listChatMessages?.errorRate
  // @ts-expect-error: getChat is Toggl Focus's, not RoostedHR's
  chatmock.admin.updateSettings({ apis: { roosted: { operations: { getChat: {} } } } })
  // @ts-expect-error: listChatMessages, not listChatz
  chatmock.admin.updateSettings({ apis: { roosted: { operations: { listChatz: {} } } } })
  // @ts-expect-error: no API is called "nope"
  chatmock.admin.updateSettings({ apis: { nope: {} } })
  // @ts-expect-error: hapihub is not served here
  chatmock.admin.updateSettings({ apis: { hapihub: {} } })
  // @ts-expect-error: Toggl Focus and RoostedHR both have listChatMessages: name one under apis
  chatmock.admin.updateSettings({ operations: { listChatMessages: {} } })
  // @ts-expect-error: an operation takes no operations of its own
  chatmock.admin.updateSettings({ apis: { roosted: { operations: { listChatMessages: { operations: {} } } } } })
  // Every registered API by default: the shared id is refused bare, the others are fine.
  await setupChatmock({
    settings: { operations: { getChat: {}, findChatMessages: {} }, apis: { chatwoot: { latency: [10, 20] } } },
  })
  // @ts-expect-error: Toggl Focus and RoostedHR both have listChatMessages
  await setupChatmock({ settings: { operations: { listChatMessages: {} } } })
  // With one of them served, the bare id is its.
  await setupChatmock({ apis: ['roosted'], settings: { operations: { listChatMessages: {} } } })
  await createMockApis({ apis: ['roosted'], settings: { apis: { roosted: { operations: { sendChatMessage: {} } } } } })
  // @ts-expect-error: createChat is Toggl Focus's
  await createMockApis({ apis: ['roosted'], settings: { apis: { roosted: { operations: { createChat: {} } } } } })
  const server = await startChatmockServer({ apis: ['hapihub'] })
  server.admin.updateSettings({ apis: { hapihub: { operations: { findChatMessages: { latency: 1 } } } } })
  // @ts-expect-error: roosted is not served here
  server.admin.updateSettings({ apis: { roosted: {} } })
  return set
}

// An API defined by a user joins with its own operation ids...
declare const petsOperations: {
  listPets: {
    params: Record<string, never>
    query: { limit?: number }
    headers: Record<string, never>
    body: undefined
  }
}
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

export { matchers, settings, apiSettings, petsSettings }
