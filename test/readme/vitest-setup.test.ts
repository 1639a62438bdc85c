import { readFileSync } from 'node:fs'
import { http, HttpResponse } from 'msw'
import { expect, it } from 'vitest'
import { chatmock } from './vitest.setup.js'

// The README's quick start and the Node guide show this directory's setup file and chats.test.ts
// verbatim; this project (vitest.config.ts, "readme-setup") runs them as a reader's suite would.
it.each(['README.md', 'docs/guides/tests-in-node.md'])('shows the setup file verbatim in %s', (doc) => {
  const text = readFileSync(new URL(`../../${doc}`, import.meta.url), 'utf8')
  const setup = readFileSync(new URL('./vitest.setup.ts', import.meta.url), 'utf8')
  expect(text).toContain(`\`\`\`ts\n${setup}\`\`\``)
})

it('shows chats.test.ts verbatim in the README', () => {
  const text = readFileSync(new URL('../../README.md', import.meta.url), 'utf8')
  const test = readFileSync(new URL('./chats.test.ts', import.meta.url), 'utf8')
  expect(text).toContain(`\`\`\`ts\n${test}\`\`\``)
})

it('answers the code under test from the fake backend', async () => {
  const response = await fetch('https://focus.toggl.com/api/workspaces/1/chats', {
    headers: { authorization: 'Bearer toggl_sk_ada' },
  })
  await expect(response).toMatchContract('toggl-focus', 'listChats')
  expect((await response.json()).data).toHaveLength(20)
})

it('creates a chat in one test...', async () => {
  const response = await fetch('https://focus.toggl.com/api/workspaces/1/chats', {
    method: 'POST',
    headers: { authorization: 'Bearer toggl_sk_ada', 'content-type': 'application/json' },
    body: '{"name":"temp"}',
  })
  expect(response.status).toBe(201)
  expect(chatmock.stores['toggl-focus'].getChat(1, 30)).toBeDefined()
})

it('...and the next test starts from the fixtures again', () => {
  expect(chatmock.stores['toggl-focus'].getChat(1, 30)).toBeUndefined()
})

it('drops a per-test override after the test', () => {
  chatmock.server.use(http.get('https://yourdomain.com/chat-messages', () => HttpResponse.json([])))
  expect(chatmock.server.listHandlers().length).toBeGreaterThan(4)
})

it('has the override gone in the next test', () => {
  // One HTTP handler per API, and Chatwoot's ActionCable: msw's ws.link gives a WebSocket handler and its upgrade handler.
  expect(chatmock.server.listHandlers()).toHaveLength(6)
})
