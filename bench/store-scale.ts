import type { Chat } from '../handlers/toggl-focus/generated/openapi.js'
import { createMockApis } from '../src/mock/create-mock-apis.js'
import { defaultFixtures } from '../fixtures/toggl-focus/generated/default-fixtures.js'
import '../src/builtin-apis.js'

export interface ScaleRow {
  records: number
  getUs: number
  listUs: number
  createUs: number
}

const headers = { authorization: 'Bearer toggl_sk_ada', 'content-type': 'application/json' }

/**
 * The guarded pipeline (no HTTP) on a Toggl store holding `records` chats in workspace 1:
 * microseconds per get-by-id, per list page of 20 and per create.
 */
export async function measureStoreScale(sizes: number[], operations: number): Promise<ScaleRow[]> {
  const rows: ScaleRow[] = []
  for (const records of sizes) {
    const chats: Chat[] = Array.from({ length: records }, (_, index) => ({
      id: index + 1,
      workspace_id: 1,
      toggl_user_id: 1001,
      name: `Chat ${index + 1}`,
      message_count: 0,
      created_at: '2024-03-01T09:00:00.000Z',
      updated_at: '2024-03-01T09:00:00.000Z',
      deleted_at: null,
    }))
    const mock = await createMockApis({
      apis: ['toggl-focus'],
      recordLimit: 10_000_000,
      journalSize: 1000,
      fixtures: { 'toggl-focus': { users: defaultFixtures.users, chats, messages: [] } },
    })
    const api = mock.apis[0]!
    const run = async (request: () => Parameters<typeof api.handle>[0]) => {
      for (let i = 0; i < 200; i++) await api.handle(request())
      const started = performance.now()
      for (let i = 0; i < operations; i++) await api.handle(request())
      return Math.round(((performance.now() - started) * 1000 * 10) / operations) / 10
    }
    let next = 0
    const getUs = await run(() => ({
      method: 'GET',
      path: `/workspaces/1/chats/${1 + ((next++ * 7919) % records)}`,
      search: '',
      headers,
    }))
    const listUs = await run(() => ({ method: 'GET', path: '/workspaces/1/chats', search: 'per_page=20', headers }))
    const createUs = await run(() => ({
      method: 'POST',
      path: '/workspaces/1/chats',
      search: '',
      headers,
      body: '{"name":"bench"}',
    }))
    rows.push({ records, getUs, listUs, createUs })
  }
  return rows
}
