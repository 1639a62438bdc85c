import { afterAll, beforeAll, beforeEach, expect, it } from 'vitest'
import { type ChatmockServer, startChatmockServer } from '../../src/server/start-chatmock-server.js'

let server: ChatmockServer
const toggl = { authorization: 'Bearer toggl_sk_ada', 'content-type': 'application/json' }

beforeAll(async () => {
  server = await startChatmockServer({ port: 0, journalSize: 5 })
})
beforeEach(async () => {
  await fetch(`${server.url}/__chatmock/journal`, { method: 'DELETE' })
  await fetch(`${server.url}/__chatmock/coverage`, { method: 'DELETE' })
})
afterAll(() => server.close())

const admin = (path: string, init?: RequestInit) => fetch(`${server.url}/__chatmock${path}`, init)

it('lists its endpoints', async () => {
  expect(Object.keys((await (await admin('/')).json()).endpoints)).toContain('PUT /__chatmock/settings')
})

it('resets every store', async () => {
  await fetch(`${server.url}/toggl-focus/workspaces/1/chats`, {
    method: 'POST',
    headers: toggl,
    body: '{"name":"temp"}',
  })
  expect((await admin('/reset', { method: 'POST' })).status).toBe(204)
  expect((await fetch(`${server.url}/toggl-focus/workspaces/1/chats/30`, { headers: toggl })).status).toBe(404)
})

it('resets one API, and refuses an unknown one', async () => {
  await fetch(`${server.url}/toggl-focus/workspaces/1/chats`, {
    method: 'POST',
    headers: toggl,
    body: '{"name":"temp"}',
  })
  expect((await admin('/reset/hapihub', { method: 'POST' })).status).toBe(204)
  expect((await fetch(`${server.url}/toggl-focus/workspaces/1/chats/30`, { headers: toggl })).status).toBe(200)
  const unknown = await admin('/reset/slack', { method: 'POST' })
  expect(unknown.status).toBe(400)
  expect((await unknown.json()).detail).toBe(
    '"slack" is not served here; served: toggl-focus, roosted, hapihub, chatwoot',
  )
  await admin('/reset', { method: 'POST' })
})

it('returns the last N exchanges of the journal, with their violations', async () => {
  await fetch(`${server.url}/toggl-focus/workspaces/1/chats/1`, { headers: toggl })
  await fetch(`${server.url}/toggl-focus/workspaces/1/chats/999`, { headers: toggl })
  const journal = await (await admin('/journal?limit=1')).json()
  expect(journal).toMatchObject({
    total: 2,
    capacity: 5,
    entries: [
      {
        api: 'toggl-focus',
        operationId: 'getChat',
        method: 'GET',
        path: '/workspaces/1/chats/999',
        status: 404,
        violations: [],
      },
    ],
  })
})

it('keeps the journal bounded: only the last entries stay', async () => {
  for (let i = 1; i <= 8; i++) await fetch(`${server.url}/toggl-focus/workspaces/1/chats/${i}`, { headers: toggl })
  const journal = await (await admin('/journal')).json()
  expect(journal.total).toBe(8)
  expect(journal.entries.map((entry: { path: string }) => entry.path)).toEqual(
    [4, 5, 6, 7, 8].map((id) => `/workspaces/1/chats/${id}`),
  )
})

it('reports the coverage of the spec by operation and declared status', async () => {
  await fetch(`${server.url}/toggl-focus/workspaces/1/chats/1`, { headers: toggl })
  await fetch(`${server.url}/toggl-focus/workspaces/1/chats/999`, { headers: toggl })
  await fetch(`${server.url}/toggl-focus/workspaces/1/chats/1`)
  const coverage = await (await admin('/coverage')).json()
  const getChat = coverage.apis[0].operations.find(
    (operation: { operationId: string }) => operation.operationId === 'getChat',
  )
  expect(getChat).toEqual({
    operationId: 'getChat',
    method: 'GET',
    path: '/workspaces/{workspace_id}/chats/{chat_id}',
    statuses: [
      { status: '200', count: 1 },
      { status: '400', count: 0 },
      { status: '401', count: 1 },
      { status: '402', count: 0 },
      { status: '404', count: 1 },
      { status: '414', count: 0 },
      { status: '500', count: 0 },
    ],
    undeclared: [],
  })
  expect(coverage.totals.operations).toEqual({ covered: 1, total: 42 })
  expect(coverage.totals.statuses.covered).toBe(3)
})

it('reads and replaces the latency and fault settings', async () => {
  const updated = await admin('/settings', {
    method: 'PUT',
    headers: { 'content-type': 'application/json' },
    body: '{"errorRate":1,"operations":{"getChat":{"errorRate":0}}}',
  })
  expect(await updated.json()).toEqual({ errorRate: 1, operations: { getChat: { errorRate: 0 } } })
  expect((await fetch(`${server.url}/toggl-focus/workspaces/1/chats`, { headers: toggl })).status).toBe(500)
  expect((await fetch(`${server.url}/toggl-focus/workspaces/1/chats/1`, { headers: toggl })).status).toBe(200)
  await admin('/settings', { method: 'PUT', body: '{}' })
  expect(await (await admin('/settings')).json()).toEqual({})
})

it("sets faults for one API's operation through PUT /__chatmock/settings, and GET returns them", async () => {
  const body = { errorRate: 0, apis: { roosted: { latency: 0, operations: { listChatMessages: { errorRate: 1 } } } } }
  const set = await admin('/settings', { method: 'PUT', body: JSON.stringify(body) })
  expect(await set.json()).toEqual(body)
  expect(await (await admin('/settings')).json()).toEqual(body)
  expect(
    (await fetch(`${server.url}/roosted/workers/3158/chats/Xk2mPq7RtA/messages`, { headers: { 'x-api-key': 'key' } }))
      .status,
  ).toBe(500)
  expect((await fetch(`${server.url}/toggl-focus/workspaces/1/chats/1/messages`, { headers: toggl })).status).toBe(200)
  await admin('/settings', { method: 'PUT', body: '{}' })
})

it('answers 400 in problem+json naming both candidates for a bare operation id two APIs have, and keeps the settings', async () => {
  await admin('/settings', { method: 'PUT', body: '{"latency":1}' })
  const response = await admin('/settings', {
    method: 'PUT',
    body: '{"operations":{"listChatMessages":{"errorRate":1}}}',
  })
  expect([response.status, response.headers.get('content-type')]).toEqual([400, 'application/problem+json'])
  expect((await response.json()).detail).toBe(
    'invalid settings: settings.operations names "listChatMessages", which more than one served API has (toggl-focus, roosted); name one: apis.toggl-focus.operations.listChatMessages, apis.roosted.operations.listChatMessages.',
  )
  expect(await (await admin('/settings')).json()).toEqual({ latency: 1 })
  await admin('/settings', { method: 'PUT', body: '{}' })
})

it('answers 400 naming what is served for an unknown API or an operation its API does not have', async () => {
  const api = await admin('/settings', { method: 'PUT', body: '{"apis":{"slack":{"errorRate":1}}}' })
  expect([api.status, (await api.json()).detail]).toEqual([
    400,
    'invalid settings: settings.apis names "slack", which is not served here; served: toggl-focus, roosted, hapihub, chatwoot.',
  ])
  const operation = await admin('/settings', {
    method: 'PUT',
    body: '{"apis":{"hapihub":{"operations":{"getChat":{"errorRate":1}}}}}',
  })
  expect([operation.status, (await operation.json()).detail]).toEqual([
    400,
    'invalid settings: settings.apis.hapihub.operations names "getChat", which hapihub does not have (toggl-focus does); the operations of hapihub are findChatMessages, createChatMessage, getChatMessage, patchChatMessage, findChatRooms, createChatRoom, getChatRoom.',
  ])
  expect(await (await admin('/settings')).json()).toEqual({})
})

it('refuses invalid settings with 400 naming the value', async () => {
  const response = await admin('/settings', { method: 'PUT', body: '{"latency":-1}' })
  expect(response.status).toBe(400)
  expect((await response.json()).detail).toBe(
    'invalid settings: settings.latency must be milliseconds >= 0 or [min, max] with min <= max, got -1',
  )
})

it('refuses settings that are not an object with 400 saying so', async () => {
  for (const body of ['null', '[]', '5']) {
    const response = await admin('/settings', { method: 'PUT', body })
    expect([response.status, (await response.json()).detail]).toEqual([
      400,
      'invalid settings: settings must be an object',
    ])
  }
})

it('requires the token when the server has one', async () => {
  const guarded = await startChatmockServer({ port: 0, adminToken: 'secret' })
  try {
    expect((await fetch(`${guarded.url}/__chatmock/journal`)).status).toBe(401)
    expect(
      (await fetch(`${guarded.url}/__chatmock/journal`, { headers: { authorization: 'Bearer secret' } })).status,
    ).toBe(200)
  } finally {
    await guarded.close()
  }
})

it('sets a Toggl workspace quota through PUT /__chatmock/settings, and refuses one for an API without quotas', async () => {
  const set = await admin('/settings', {
    method: 'PUT',
    body: '{"quota":{"toggl-focus":{"1":{"limit":1,"resetsInSeconds":3600}}}}',
  })
  expect(await set.json()).toEqual({ quota: { 'toggl-focus': { '1': { limit: 1, resetsInSeconds: 3600 } } } })
  expect(
    (await fetch(`${server.url}/toggl-focus/workspaces/1/chats`, { headers: toggl })).headers.get(
      'x-toggl-quota-remaining',
    ),
  ).toBe('0')
  expect((await fetch(`${server.url}/toggl-focus/workspaces/1/chats`, { headers: toggl })).status).toBe(402)
  const refused = await admin('/settings', {
    method: 'PUT',
    body: '{"quota":{"chatwoot":{"x":{"limit":1,"resetsInSeconds":1}}}}',
  })
  expect(refused.status).toBe(400)
  expect((await refused.json()).detail).toBe(
    'invalid settings: settings.quota names "chatwoot", which is not served here or declares no quota; the APIs with a quota are toggl-focus.',
  )
  await admin('/settings', { method: 'PUT', body: '{}' })
})
