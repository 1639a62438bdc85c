/**
 * The real-time part of `npm run soak`: `seconds` with 200 real-time connections open on a
 * chatmock server on 127.0.0.1 (100 ActionCable sockets on Chatwoot's docs' contact, 100 event
 * streams of Toggl chat 1), a message a second to each API, and 20 connections closed and opened
 * again every 10 s; then the RSS at the start and at the end, and what every subscriber received.
 * Fails when the RSS grew by more than 10%, a subscriber missed a message, or connections were
 * left behind.
 */
import { WebSocket } from 'ws'
import { startChatmockServer } from '../src/express.js'

interface Subscriber {
  received: number
  close(): void
}

/** Resolves true when memory stayed flat, nothing was missed and nothing left behind. */
export async function runRealtimeSoak(seconds: number): Promise<boolean> {
  const server = await startChatmockServer({ port: 0, host: '127.0.0.1' })
  const rss = () => {
    ;(globalThis as { gc?: () => void }).gc?.()
    return process.memoryUsage().rss / 1024 / 1024
  }
  const TOGGL = { authorization: 'Bearer toggl_sk_ada' }
  const CHATWOOT_MESSAGES = `${server.url}/chatwoot/public/api/v1/inboxes/inbox_identifier_example/contacts/contact_identifier_example/conversations/56/messages`

  function openCable(): Promise<Subscriber> {
    return new Promise((resolve, reject) => {
      const socket = new WebSocket(`${server.url.replace('http', 'ws')}/chatwoot/cable`, ['actioncable-v1-json'])
      const subscriber: Subscriber = { received: 0, close: () => socket.terminate() }
      socket.on('open', () =>
        socket.send(
          JSON.stringify({
            command: 'subscribe',
            identifier: JSON.stringify({ channel: 'RoomChannel', pubsub_token: 'pubsub_token_example' }),
          }),
        ),
      )
      socket.on('message', (data) => {
        const frame = JSON.parse(data.toString()) as { type?: string; message?: { event?: string } }
        if (frame.type === 'confirm_subscription') resolve(subscriber)
        else if (frame.message?.event === 'message.created') subscriber.received++
      })
      socket.once('error', reject)
    })
  }

  async function openStream(): Promise<Subscriber> {
    const abort = new AbortController()
    const response = await fetch(`${server.url}/toggl-focus/workspaces/1/chats/1/messages/stream`, {
      headers: { ...TOGGL, accept: 'text/event-stream' },
      signal: abort.signal,
    })
    const subscriber: Subscriber = { received: 0, close: () => abort.abort() }
    const reader = response.body!.pipeThrough(new TextDecoderStream()).getReader()
    void (async () => {
      for (;;) {
        const { value, done } = await reader.read()
        if (done) return
        // Only the assistant's replies count: the backlog's message.created events are before the soak.
        subscriber.received += value.split('event: message.updated').length - 1
      }
    })().catch(() => {})
    return subscriber
  }

  const open = async (count: number, kind: 'cable' | 'stream') =>
    Promise.all(Array.from({ length: count }, () => (kind === 'cable' ? openCable() : openStream())))
  let cables = await open(100, 'cable')
  let streams = await open(100, 'stream')
  console.log(`soak (real time): 200 connections open on ${server.url}`)

  /** A Chatwoot contact message and a Toggl assistant reply in two chunks (one message.updated). */
  const sendRound = async () => {
    await (
      await fetch(CHATWOOT_MESSAGES, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: '{"content":"soak"}',
      })
    ).arrayBuffer()
    await server.admin.act('toggl-focus', 'assistantReply', {
      workspace_id: 1,
      chat_id: 1,
      text: 'soak reply',
      chunks: 2,
      chunkIntervalMs: 0,
    })
  }
  for (let warm = 0; warm < 5; warm++) await sendRound()
  const start = rss()
  const started = Date.now()
  let rounds = 0
  let missed = 0
  while (Date.now() - started < seconds * 1000) {
    const before = [...cables, ...streams].map((subscriber) => subscriber.received)
    await sendRound()
    rounds++
    // Every subscriber holds this round's message within the second, or it missed it.
    await new Promise((resolve) => setTimeout(resolve, 1000))
    missed += [...cables, ...streams].filter((subscriber, index) => subscriber.received <= before[index]!).length
    if (rounds % 10 === 0) {
      // Churn: 10 of each kind closed and opened again; the store is reset as a long test run would.
      for (const subscriber of [...cables.splice(0, 10), ...streams.splice(0, 10)]) subscriber.close()
      cables = [...cables, ...(await open(10, 'cable'))]
      streams = [...streams, ...(await open(10, 'stream'))]
      await server.reset()
    }
  }
  const end = rss()
  for (const subscriber of [...cables, ...streams]) subscriber.close()
  for (let turn = 0; turn < 1000 && server.connections.open > 0; turn++)
    await new Promise((resolve) => setTimeout(resolve, 5))
  const leftOpen = server.connections.open
  const listenersLeft = server.hub.size
  await server.close()

  const growth = ((end - start) / start) * 100
  console.log(
    `soak (real time): ${rounds} rounds in ${((Date.now() - started) / 1000).toFixed(0)} s, 200 connections, ${missed} missed deliveries, ${leftOpen} connections and ${listenersLeft} listeners left after closing`,
  )
  console.log(
    `soak (real time): RSS at start ${start.toFixed(1)} MB, at end ${end.toFixed(1)} MB (${growth >= 0 ? '+' : ''}${growth.toFixed(1)}%)`,
  )
  const flat = growth <= 10 && missed === 0 && leftOpen === 0 && listenersLeft === 0
  console.log(
    flat
      ? 'soak (real time): memory stayed flat, nothing missed, nothing left behind'
      : 'soak (real time): memory grew by more than 10%, a delivery was missed, or connections were left behind',
  )
  return flat
}
