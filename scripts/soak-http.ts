/**
 * The HTTP part of `npm run soak`: `seconds` of mixed load on a chatmock server on 127.0.0.1
 * (reads, writes, creates, with the stores reset every 10 s as a long test run would), then the
 * server's RSS at the start and at the end. Fails when the RSS grew by more than 20%, a request
 * failed, or more than the deliberate one request in seven was not answered with a 2xx.
 */
import { startChatmockServer } from '../src/express.js'

/** Resolves true when memory stayed flat and no request failed. */
export async function runHttpSoak(seconds: number): Promise<boolean> {
  const server = await startChatmockServer({ port: 0, host: '127.0.0.1' })
  const rss = () => {
    ;(globalThis as { gc?: () => void }).gc?.()
    return process.memoryUsage().rss / 1024 / 1024
  }

  const toggl = { authorization: 'Bearer toggl_sk_ada', 'content-type': 'application/json' }
  const requests: Array<{
    method: 'GET' | 'POST' | 'PATCH'
    path: string
    headers: Record<string, string>
    body?: string
  }> = [
    { method: 'GET', path: '/toggl-focus/workspaces/1/chats', headers: toggl },
    { method: 'GET', path: '/toggl-focus/workspaces/1/chats/1', headers: toggl },
    { method: 'POST', path: '/toggl-focus/workspaces/1/chats', headers: toggl, body: '{"name":"soak"}' },
    {
      method: 'PATCH',
      path: '/toggl-focus/workspaces/1/chats/1/messages/1',
      headers: toggl,
      body: '{"feedback_type":"positive"}',
    },
    {
      method: 'POST',
      path: '/hapihub/chat-messages',
      headers: { authorization: 'Bearer t', 'content-type': 'application/json' },
      body: '{"room":"room-id","text":"soak"}',
    },
    {
      method: 'GET',
      path: '/chatwoot/public/api/v1/inboxes/inbox_identifier_example/contacts/contact_identifier_example/conversations/56/messages',
      headers: {},
    },
    { method: 'GET', path: '/toggl-focus/workspaces/1/chats?per_page=101', headers: toggl },
  ]

  async function load(duration: number): Promise<{ requests: number; errors: number; non2xx: number }> {
    const { default: autocannon } = await import('autocannon')
    const result = await autocannon({
      url: server.url,
      connections: 10,
      duration,
      requests: requests.map((request) => ({ ...request })),
    })
    return { requests: result.requests.total, errors: result.errors, non2xx: result.non2xx }
  }

  console.log(`soak: warming up ${server.url}`)
  await load(5)
  await server.reset()
  const start = rss()
  const reset = setInterval(() => void server.reset(), 10_000)
  const started = Date.now()
  const result = await load(seconds)
  clearInterval(reset)
  await server.reset()
  const end = rss()
  await server.close()

  const growth = ((end - start) / start) * 100
  console.log(
    `soak: ${result.requests} requests in ${((Date.now() - started) / 1000).toFixed(0)} s, ${result.errors} errors, ${result.non2xx} non-2xx (one request in seven is a deliberate 400)`,
  )
  console.log(
    `soak: RSS at start ${start.toFixed(1)} MB, at end ${end.toFixed(1)} MB (${growth >= 0 ? '+' : ''}${growth.toFixed(1)}%)`,
  )
  // One request in seven is the deliberate 400: more non-2xx answers than that means the mock refused what it should serve.
  const refused = result.non2xx > Math.ceil(result.requests / requests.length) + 10
  const flat = growth <= 20 && result.errors === 0 && !refused
  console.log(
    flat
      ? 'soak: memory stayed flat'
      : `soak: ${refused ? 'more answers than the deliberate 400s were not 2xx' : 'memory grew by more than 20% or requests failed'}`,
  )
  return flat
}
