import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { expect, it } from 'vitest'
import { createFixtures } from '../../handlers/create-fixtures.js'
import { setupChatmock } from '../../src/runtimes/node.js'
import { createStores } from '../../src/store/create-stores.js'
import { loadFixturesFile } from '../../src/store/load-fixtures-file.js'
import { validateFixtures } from '../../src/store/validate-fixtures.js'

const dir = mkdtempSync(join(tmpdir(), 'chatmock-fixtures-'))

function writeJson(name: string, data: unknown): string {
  const file = join(dir, name)
  writeFileSync(file, typeof data === 'string' ? data : JSON.stringify(data))
  return file
}

it('builds the same fixtures, byte for byte, from the same seed', async () => {
  expect(JSON.stringify(await createFixtures(7))).toBe(JSON.stringify(await createFixtures(7)))
})

it('builds other fixtures from another seed', async () => {
  expect(JSON.stringify(await createFixtures(7))).not.toBe(JSON.stringify(await createFixtures(8)))
})

it('loads identical stores from the same seed', async () => {
  const [first, second] = await Promise.all([createStores({ seed: 3 }), createStores({ seed: 3 })])
  for (const id of ['toggl-focus', 'roosted', 'hapihub', 'chatwoot'] as const) {
    expect(JSON.stringify(first.stores[id].snapshot())).toBe(JSON.stringify(second.stores[id].snapshot()))
  }
})

it('passes every default fixture record through its component schema', async () => {
  const fixtures = JSON.stringify(await createFixtures())
  expect(() => validateFixtures(JSON.parse(fixtures), 'the default fixtures')).not.toThrow()
})

it('holds the identifiers the docs use in their examples', async () => {
  const { stores } = await createStores()
  const toggl = stores['toggl-focus']
  expect(toggl.listChats(1).length).toBeGreaterThanOrEqual(3)
  expect(toggl.listChats(1).some((chat) => chat.message_count >= 5)).toBe(true)
  expect(stores.roosted.getView('3158', 'yJjarB5xUW')).toMatchObject({
    name: 'Project Alpha Team',
    members: [
      { id: '3158', name_first: 'Chris', name_last: 'Davis' },
      { id: '120915', name_first: 'Aaron', name_last: 'Labrado' },
    ],
  })
  expect(stores.hapihub.messages.get('id-1')).toEqual({ id: 'id-1', createdAt: 1564661697125, createdBy: 'some-uid' })
  expect(stores.hapihub.messages.get('id-2')).toEqual({ id: 'id-2', createdAt: 1564661697125, createdBy: 'some-uid' })
  expect(stores.hapihub.rooms.get('room-id')).toBeDefined()
  expect(stores.chatwoot.findConversation('inbox_identifier_example', 'contact_identifier_example', 56)).toBeDefined()
  expect(stores.chatwoot.messages.get(56)).toMatchObject({ id: 56, conversation_id: 56 })
})

it('restores the fixtures exactly on reset', async () => {
  const chatmock = await setupChatmock()
  chatmock.server.listen({ onUnhandledRequest: 'error' })
  try {
    const before = JSON.stringify(Object.values(chatmock.stores).map((store) => store.snapshot()))
    const auth = { authorization: 'Bearer t', 'content-type': 'application/json' }
    await fetch('https://focus.toggl.com/api/workspaces/1/chats', {
      method: 'POST',
      headers: auth,
      body: '{"name":"new"}',
    })
    await fetch('https://focus.toggl.com/api/workspaces/1/chats/2', { method: 'DELETE', headers: auth })
    await fetch('https://yourdomain.com/chat-messages/id-1', { method: 'PATCH', headers: auth, body: '{"seen":true}' })
    expect(JSON.stringify(Object.values(chatmock.stores).map((store) => store.snapshot()))).not.toBe(before)
    await chatmock.reset()
    expect(JSON.stringify(Object.values(chatmock.stores).map((store) => store.snapshot()))).toBe(before)
  } finally {
    chatmock.server.close()
  }
})

it('resets one API only when asked', async () => {
  const { stores, reset } = await createStores()
  await stores.hapihub.rooms.insert({ id: 'extra', createdAt: 0 })
  stores['toggl-focus'].chats.update(1, { name: 'changed' })
  await reset('hapihub')
  expect(stores.hapihub.rooms.get('extra')).toBeUndefined()
  expect(stores['toggl-focus'].chats.get(1)!.name).toBe('changed')
})

it('loads fixtures from a JSON file and serves them', async () => {
  const file = writeJson('ok.json', {
    hapihub: { rooms: ['lobby'], messages: [{ id: 'm-1', createdAt: 5, createdBy: 'x', room: 'lobby' }] },
  })
  const chatmock = await setupChatmock({ apis: ['hapihub'], fixtures: loadFixturesFile(file) })
  chatmock.server.listen({ onUnhandledRequest: 'error' })
  try {
    const response = await fetch('https://yourdomain.com/chat-messages', { headers: { authorization: 'Bearer t' } })
    expect(await response.json()).toEqual([{ id: 'm-1', createdAt: 5, createdBy: 'x', room: 'lobby' }])
  } finally {
    chatmock.server.close()
  }
})

it('names the bad record of a fixtures file', async () => {
  const { chats } = (await createFixtures())['toggl-focus']
  const file = writeJson('bad.json', { 'toggl-focus': { chats: [chats[0], { ...chats[1], name: 5 }] } })
  expect(() => loadFixturesFile(file)).toThrow(
    `[chatmock] Failed to load fixtures from ${file}: toggl-focus.chats[1] (id 2): field "name" must be string (got 5).`,
  )
})

it('names an unknown API or collection in a fixtures file', () => {
  expect(() => loadFixturesFile(writeJson('api.json', { slack: {} }))).toThrow(
    /unknown API "slack"; expected toggl-focus, roosted, hapihub, chatwoot/,
  )
  expect(() => loadFixturesFile(writeJson('collection.json', { hapihub: { threads: [] } }))).toThrow(
    /hapihub has no collection "threads"; expected rooms, accounts, messages/,
  )
})

it('says when a fixtures file is not JSON', () => {
  expect(() => loadFixturesFile(writeJson('broken.json', '{"hapihub":'))).toThrow(
    expect.objectContaining({ code: 'FIXTURES_INVALID', message: expect.stringContaining('broken.json') }),
  )
})
