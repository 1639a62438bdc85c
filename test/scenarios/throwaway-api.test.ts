import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { setupChatmock } from '../../src/runtimes/node.js'
import { startChatmockServer } from '../../src/server/start-chatmock-server.js'
import { notesApi } from '../fixtures/throwaway-api/index.js'

// An API defined outside src/ (test/fixtures/throwaway-api: a spec, resolvers, a store and
// fixtures, as one defineApi value) runs in every runtime beside a built-in, untouched machinery.

const auth = { authorization: 'Bearer t', 'content-type': 'application/json' }

const runtimes = [
  [
    'in-process (msw/node)',
    async () => {
      const chatmock = await setupChatmock({ apis: [notesApi, 'hapihub'] })
      chatmock.server.listen({ onUnhandledRequest: 'error' })
      return {
        base: 'https://notes.throwaway.test',
        hapihub: 'https://yourdomain.com',
        stop: async () => chatmock.server.close(),
        reset: () => chatmock.reset(),
      }
    },
  ],
  [
    'standalone server (Express)',
    async () => {
      const server = await startChatmockServer({ port: 0, apis: [notesApi, 'hapihub'] })
      return {
        base: `${server.url}/notes`,
        hapihub: `${server.url}/hapihub`,
        stop: () => server.close(),
        reset: () => server.reset(),
      }
    },
  ],
] as const

describe.each(runtimes)('%s', (_, start) => {
  let runtime: Awaited<ReturnType<(typeof runtimes)[number][1]>>
  beforeAll(async () => {
    runtime = await start()
  })
  afterAll(() => runtime.stop())

  it('lists, creates and reads notes through its own resolvers and store', async () => {
    expect(await (await fetch(`${runtime.base}/notes`, { headers: auth })).json()).toEqual([
      { id: 1, text: 'Buy milk' },
      { id: 2, text: 'Call Ada' },
    ])
    const created = await fetch(`${runtime.base}/notes`, {
      method: 'POST',
      headers: auth,
      body: '{"text":"Water the plants"}',
    })
    expect([created.status, await created.json()]).toEqual([201, { id: 3, text: 'Water the plants' }])
    expect(await (await fetch(`${runtime.base}/notes/3`, { headers: auth })).json()).toEqual({
      id: 3,
      text: 'Water the plants',
    })
    await runtime.reset()
    expect((await fetch(`${runtime.base}/notes/3`, { headers: auth })).status).toBe(404)
  })

  it('checks its requests with the machinery and answers in the error style its document names (rails)', async () => {
    const invalid = await fetch(`${runtime.base}/notes`, { method: 'POST', headers: auth, body: '{"text":""}' })
    expect([invalid.status, await invalid.json()]).toEqual([
      422,
      {
        message: 'body field "text" must be at least 1 characters (got 0)',
        attributes: ['text'],
        issues: [
          {
            location: 'body',
            pointer: '/text',
            keyword: 'minLength',
            message: 'body field "text" must be at least 1 characters (got 0)',
          },
        ],
      },
    ])
    expect((await fetch(`${runtime.base}/notes`)).status).toBe(401)
  })

  it('serves the built-in API beside it', async () => {
    expect((await fetch(`${runtime.hapihub}/chat-messages/id-1`, { headers: auth })).status).toBe(200)
  })
})
