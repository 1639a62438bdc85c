import { http, HttpResponse } from 'msw'
import { setupServer } from 'msw/node'
import { setupChatmock } from '../src/runtimes/node.js'

const URL = 'https://focus.toggl.com/api/workspaces/1/chats'
const headers = { authorization: 'Bearer toggl_sk_ada' }

/** Microseconds per request through msw's setupServer and fetch: a plain handler, then chatmock's guarded one. */
export async function measureInProcess(requests: number): Promise<{ plainUs: number; chatmockUs: number }> {
  const chatmock = await setupChatmock({ apis: ['toggl-focus'] })
  chatmock.server.listen({ onUnhandledRequest: 'error' })
  const body = await (await fetch(URL, { headers })).json()
  chatmock.server.close()

  const plain = setupServer(http.get(URL, () => HttpResponse.json(body)))
  plain.listen({ onUnhandledRequest: 'error' })
  const plainUs = await time(requests)
  plain.close()

  chatmock.server.listen({ onUnhandledRequest: 'error' })
  const chatmockUs = await time(requests)
  chatmock.server.close()
  return { plainUs, chatmockUs }
}

async function time(requests: number): Promise<number> {
  for (let i = 0; i < 200; i++) await (await fetch(URL, { headers })).json()
  const started = performance.now()
  for (let i = 0; i < requests; i++) await (await fetch(URL, { headers })).json()
  return Math.round(((performance.now() - started) * 1000) / requests)
}
