import { afterAll, beforeAll, expect, it } from 'vitest'
import { setupChatmock } from '../../src/runtimes/node.js'
import { type ChatmockServer, startChatmockServer } from '../../src/server/start-chatmock-server.js'

// Names that no served API or operation has are refused, never silently kept.

let server: ChatmockServer<readonly ['toggl-focus', 'hapihub']>
beforeAll(async () => {
  server = await startChatmockServer({ port: 0, apis: ['toggl-focus', 'hapihub'] })
})
afterAll(() => server.close())

it('throws UNKNOWN_OPERATION when in-process settings name an operation no served API has', async () => {
  const chatmock = await setupChatmock({ apis: ['hapihub'] })
  // @ts-expect-error: the operation belongs to an API that is not served
  expect(() => chatmock.admin.updateSettings({ operations: { listChats: { errorRate: 1 } } })).toThrow(
    expect.objectContaining({
      name: 'SpecError',
      code: 'UNKNOWN_OPERATION',
      message: expect.stringContaining(
        'the operations served are findChatMessages, createChatMessage, getChatMessage, patchChatMessage',
      ),
    }),
  )
  expect(chatmock.admin.settings()).toEqual({})
})

it('throws UNKNOWN_OPERATION when the start-up settings name an unknown operation', async () => {
  await expect(
    // @ts-expect-error: listChatz is a typo
    setupChatmock({ apis: ['toggl-focus'], settings: { operations: { listChatz: { latency: 5 } } } }),
  ).rejects.toMatchObject({ code: 'UNKNOWN_OPERATION', message: expect.stringContaining('"listChatz"') })
})

it('throws UNKNOWN_API for an API that is not registered', async () => {
  // @ts-expect-error: no API is called "slack"
  await expect(setupChatmock({ apis: ['slack'] })).rejects.toMatchObject({
    name: 'SpecError',
    code: 'UNKNOWN_API',
    message: expect.stringContaining('Expected one of: toggl-focus, roosted, hapihub, chatwoot'),
  })
})

it('throws UNKNOWN_API when the admin functions name an API that is not served', async () => {
  const chatmock = await setupChatmock({ apis: ['hapihub'] })
  // @ts-expect-error: only hapihub is served
  await expect(chatmock.admin.reset('chatwoot')).rejects.toMatchObject({
    code: 'UNKNOWN_API',
    message: expect.stringContaining('served: hapihub'),
  })
  // @ts-expect-error: only hapihub is served
  expect(() => chatmock.admin.coverage(['chatwoot'])).toThrow(expect.objectContaining({ code: 'UNKNOWN_API' }))
})

it('answers 400 naming the served operations when the admin API gets settings for an unknown one', async () => {
  const response = await fetch(`${server.url}/__chatmock/settings`, {
    method: 'PUT',
    body: '{"operations":{"createMessage":{"errorRate":1}}}',
  })
  expect(response.status).toBe(400)
  const { detail } = await response.json()
  expect(detail).toBe(
    'invalid settings: settings.operations names an unknown operation "createMessage"; the operations served are listChats, createChat, getChat, updateChat, deleteChat, restoreChat, listChatMessages, streamChatMessages, updateChatMessage, findChatMessages, createChatMessage, getChatMessage, patchChatMessage, findChatRooms, createChatRoom, getChatRoom.',
  )
  expect(await (await fetch(`${server.url}/__chatmock/settings`)).json()).toEqual({})
})

it('answers 400 naming the served APIs when the admin API is asked for the coverage of an unknown one', async () => {
  const response = await fetch(`${server.url}/__chatmock/coverage?api=chatwoot`)
  expect(response.status).toBe(400)
  expect((await response.json()).detail).toBe('"chatwoot" is not served here; served: toggl-focus, hapihub')
})
