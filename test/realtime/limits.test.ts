import { WebSocket } from 'ws'
import { afterEach, expect, it } from 'vitest'
import { setupChatmock } from '../../src/runtimes/node.js'
import { type ChatmockServer, startChatmockServer } from '../../src/server/start-chatmock-server.js'
import { notesApi } from '../fixtures/throwaway-api/index.js'

// The real-time limits and faults, through a raw WebSocket (the one place a hand-rolled client is
// right: it sends what no real client would, and sees the close codes).

// Servers of different APIs take turns in this slot.
let server: ChatmockServer<any> | undefined
afterEach(async () => {
  await server?.close()
  server = undefined
})

/** Opens a raw ActionCable socket; resolves once the mock's `welcome` arrived. */
function openSocket(
  url: string,
): Promise<{ socket: WebSocket; frames: unknown[]; closed: Promise<{ code: number; reason: string }> }> {
  return new Promise((resolve, reject) => {
    const socket = new WebSocket(url, ['actioncable-v1-json'])
    const frames: unknown[] = []
    const closed = new Promise<{ code: number; reason: string }>((done) =>
      socket.once('close', (code, reason) => done({ code, reason: reason.toString() })),
    )
    socket.on('message', (data) => {
      frames.push(JSON.parse(data.toString()))
      if (frames.length === 1) resolve({ socket, frames, closed })
    })
    socket.once('error', reject)
  })
}

/** Waits, a turn of the event loop at a time (bounded), until the server has seen what the client did. */
async function until(done: () => boolean): Promise<void> {
  for (let turn = 0; turn < 10_000 && !done(); turn++) await new Promise((resolve) => setImmediate(resolve))
  expect(done()).toBe(true)
}

const cable = (target: { url: string }) => `${target.url.replace('http', 'ws')}/notes/cable`

it('refuses a WebSocket past maxConnections with 503, and takes one again once a place is free', async () => {
  server = await startChatmockServer({ port: 0, apis: [notesApi], maxConnections: 2 })
  const first = await openSocket(cable(server))
  await openSocket(cable(server))
  await expect(openSocket(cable(server))).rejects.toThrow('Unexpected server response: 503')
  first.socket.close()
  await until(() => server!.connections.open === 1)
  await expect(openSocket(cable(server))).resolves.toMatchObject({ frames: [{ type: 'welcome' }] })
})

it('leaves no connection and no listener behind once the clients are gone', async () => {
  server = await startChatmockServer({ port: 0, apis: [notesApi] })
  const listeners = server.hub.size
  const sockets = await Promise.all([openSocket(cable(server)), openSocket(cable(server)), openSocket(cable(server))])
  for (const { socket } of sockets)
    socket.send(JSON.stringify({ command: 'subscribe', identifier: JSON.stringify({ channel: 'BoardChannel' }) }))
  await until(() => server!.hub.size === listeners + 3)
  for (const { socket } of sockets) socket.terminate()
  await until(() => server!.connections.open === 0)
  expect(server.hub.size).toBe(listeners)
})

it("answers a frame that is not JSON with Rails' disconnect and a close, and keeps serving HTTP", async () => {
  server = await startChatmockServer({ port: 0, apis: [notesApi] })
  const { socket, frames, closed } = await openSocket(cable(server))
  socket.send('{not json')
  expect(await closed).toEqual({ code: 1000, reason: 'invalid_request: a frame that is not a JSON object' })
  expect(frames.at(-1)).toEqual({ type: 'disconnect', reason: 'invalid_request', reconnect: false })
  expect((await fetch(`${server.url}/notes/notes`, { headers: { authorization: 'Bearer t' } })).status).toBe(200)
})

it('ignores a command ActionCable does not know, as Rails does, and still confirms a subscription after it', async () => {
  server = await startChatmockServer({ port: 0, apis: [notesApi] })
  const { socket, frames } = await openSocket(cable(server))
  socket.send(JSON.stringify({ command: 'dance' }))
  socket.send(JSON.stringify({ command: 'subscribe' }))
  socket.send(JSON.stringify({ command: 'subscribe', identifier: JSON.stringify({ channel: 'BoardChannel' }) }))
  await until(() => frames.length === 4)
  expect(frames.slice(1)).toEqual([
    { identifier: null, type: 'reject_subscription' },
    { identifier: '{"channel":"BoardChannel"}', type: 'confirm_subscription' },
    { identifier: '{"channel":"BoardChannel"}', message: { event: 'board.hello', data: { notes: 2 } } },
  ])
})

it('drops the socket when a network-error fault hits an event', async () => {
  server = await startChatmockServer({ port: 0, apis: [notesApi] })
  const { socket, closed } = await openSocket(cable(server))
  socket.send(JSON.stringify({ command: 'subscribe', identifier: JSON.stringify({ channel: 'BoardChannel' }) }))
  await until(() => server!.hub.size > 0)
  server.admin.updateSettings({ networkErrorRate: 1 })
  // The other side's action does not go through the faults; its event's delivery does.
  await server.admin.act('notes', 'writeNote', { text: 'Lost in transit' })
  expect((await closed).code).toBe(1006)
})

it("drops the socket on its own API's network-error rate, never on another API's", async () => {
  server = await startChatmockServer({ port: 0, apis: [notesApi, 'hapihub'] })
  const { socket, frames, closed } = await openSocket(cable(server))
  socket.send(JSON.stringify({ command: 'subscribe', identifier: JSON.stringify({ channel: 'BoardChannel' }) }))
  await until(() => frames.length === 3)
  server.admin.updateSettings({ apis: { hapihub: { networkErrorRate: 1 } } })
  await server.admin.act('notes', 'writeNote', { text: 'Arrives' })
  await until(() => frames.length === 4)
  expect(frames[3]).toMatchObject({ message: { data: { text: 'Arrives' } } })
  server.admin.updateSettings({ apis: { notes: { networkErrorRate: 1 } } })
  await server.admin.act('notes', 'writeNote', { text: 'Lost in transit' })
  expect((await closed).code).toBe(1006)
})

it("draws an event stream's faults as its operation's, never from another API's settings", async () => {
  const draws: number[] = []
  server = await startChatmockServer({ port: 0, apis: ['toggl-focus', 'roosted'], random: () => draws.shift() ?? 0.9 })
  const firstChunk = async () => {
    const response = await fetch(`${server!.url}/toggl-focus/workspaces/1/chats/1/messages/stream`, {
      headers: { authorization: 'Bearer toggl_sk_ada', accept: 'text/event-stream' },
    })
    const reader = response.body!.getReader()
    const { value } = await reader.read()
    await reader.cancel()
    return new TextDecoder().decode(value)
  }
  server.admin.updateSettings({ apis: { roosted: { networkErrorRate: 1 } } })
  expect(await firstChunk()).toContain('event: message.created')
  // The stream's answer draws 0.9 (no fault at a rate of 0.5), its first event 0.1 (a network error).
  draws.push(0.9, 0.1)
  server.admin.updateSettings({
    apis: { 'toggl-focus': { operations: { streamChatMessages: { networkErrorRate: 0.5 } } } },
  })
  await expect(firstChunk()).rejects.toThrow()
  expect(draws).toEqual([])
})

it('ends an event stream past maxConnections at once, asking the client to retry later', async () => {
  server = await startChatmockServer({ port: 0, apis: ['toggl-focus'], maxConnections: 1 })
  const headers = { authorization: 'Bearer toggl_sk_ada', accept: 'text/event-stream' }
  const url = `${server.url}/toggl-focus/workspaces/1/chats/1/messages/stream`
  const held = new AbortController()
  const first = await fetch(url, { headers, signal: held.signal })
  expect(first.status).toBe(200)
  const turnedAway = await fetch(url, { headers })
  expect(await turnedAway.text()).toBe('retry: 5000\n: chatmock holds its maximum of 1 real-time connections\n\n')
  held.abort()
  await until(() => server!.connections.open === 0)
})

it('closes an in-process socket past maxConnections with 1013 (try again later)', async () => {
  const chatmock = await setupChatmock({ apis: [notesApi], maxConnections: 1 })
  chatmock.server.listen({ onUnhandledRequest: 'error' })
  try {
    const first = new globalThis.WebSocket('wss://notes.throwaway.test/cable', ['actioncable-v1-json'])
    await new Promise((resolve) => first.addEventListener('message', resolve, { once: true }))
    const second = new globalThis.WebSocket('wss://notes.throwaway.test/cable', ['actioncable-v1-json'])
    const event = await new Promise<CloseEvent>((resolve) => second.addEventListener('close', resolve, { once: true }))
    expect([event.code, event.reason]).toEqual([1013, 'chatmock holds its maximum of real-time connections'])
    first.close()
  } finally {
    chatmock.server.close()
  }
})
