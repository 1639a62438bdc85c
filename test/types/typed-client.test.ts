import createClient from 'openapi-fetch'
import { afterAll, beforeAll, expect, it } from 'vitest'
import type { paths as HapihubPaths } from 'chatmock/types/hapihub'
import type { paths as TogglPaths } from 'chatmock/types/toggl-focus'
import { type Chatmock, setupChatmock } from '../../src/runtimes/node.js'

// A typed client, the ecosystem's way: openapi-fetch with the types chatmock ships per API
// (`chatmock/types/<api>`, openapi-typescript's output), calling the mock. `npm test` type-checks
// the typos at the end: a wrong path or body does not compile.

let chatmock: Chatmock<readonly ['toggl-focus', 'hapihub']>
beforeAll(async () => {
  chatmock = await setupChatmock({ apis: ['toggl-focus', 'hapihub'] })
  chatmock.server.listen({ onUnhandledRequest: 'error' })
})
afterAll(() => chatmock.server.close())

// openapi-fetch keeps the fetch it was created with; this one is looked up per call, so msw's is used.
const fetchNow = (request: Request) => globalThis.fetch(request)
const toggl = createClient<TogglPaths>({
  baseUrl: 'https://focus.toggl.com/api',
  headers: { authorization: 'Bearer toggl_sk_ada' },
  fetch: fetchNow,
})
const hapihub = createClient<HapihubPaths>({
  baseUrl: 'https://yourdomain.com',
  headers: { authorization: 'Bearer <your-api-token>' },
  fetch: fetchNow,
})

it('lists Toggl chats with typed parameters and a typed body', async () => {
  const { data, response } = await toggl.GET('/workspaces/{workspace_id}/chats', {
    params: { path: { workspace_id: 1 }, query: { per_page: 2, order_by: ['-id'] } },
  })
  expect(response.status).toBe(200)
  const names: string[] = data!.data.map((chat) => chat.name)
  expect(names).toHaveLength(2)
  expect(data!.per_page).toBe(2)
})

it('creates a Toggl chat and reads its typed id', async () => {
  const { data, response } = await toggl.POST('/workspaces/{workspace_id}/chats', {
    params: { path: { workspace_id: 1 } },
    body: { name: 'Typed' },
  })
  expect(response.status).toBe(201)
  const id: number = data!.id
  expect(
    (
      await toggl.GET('/workspaces/{workspace_id}/chats/{chat_id}', {
        params: { path: { workspace_id: 1, chat_id: id } },
      })
    ).data,
  ).toMatchObject({ id, name: 'Typed' })
  await chatmock.reset()
})

it('reads a typed error body', async () => {
  const { error, response } = await toggl.GET('/workspaces/{workspace_id}/chats/{chat_id}', {
    params: { path: { workspace_id: 1, chat_id: 999_999 } },
  })
  expect(response.status).toBe(404)
  expect(error).toMatchObject({ error: 'not_found' })
})

it('posts a HapiHub message', async () => {
  const { data } = await hapihub.POST('/chat-messages', { body: { room: 'room-id', text: 'typed' } })
  const text: string | undefined = data!.text
  expect(text).toBe('typed')
  await chatmock.reset()
})

export async function typos() {
  // @ts-expect-error: no such path
  await toggl.GET('/workspaces/{workspace_id}/chatz', { params: { path: { workspace_id: 1 } } })
  // @ts-expect-error: the body needs a name
  await toggl.POST('/workspaces/{workspace_id}/chats', { params: { path: { workspace_id: 1 } }, body: {} })
  // @ts-expect-error: workspace_id is an integer
  await toggl.GET('/workspaces/{workspace_id}/chats', { params: { path: { workspace_id: 'one' } } })
  // @ts-expect-error: a message needs its room
  await hapihub.POST('/chat-messages', { body: { text: 'no room' } })
}
