/**
 * Real-time fan-out: `subscribers` clients hold the same topic on a chatmock server in a process of
 * its own; for each of `events` HTTP requests, the time from sending it to every subscriber holding
 * the event it causes. ActionCable (Chatwoot: a contact's message, to 100 sockets on its pubsub
 * token) and Server-Sent Events (Toggl Focus: a PATCHed message, to 100 streams of its chat).
 */
import { WebSocket } from 'ws'
import { freePort, startServer, stopServer } from './lib.js'

export interface FanOutResult {
  subscribers: number
  events: number
  p50Ms: number
  p99Ms: number
  maxMs: number
}

const CHATWOOT_MESSAGES =
  '/chatwoot/public/api/v1/inboxes/inbox_identifier_example/contacts/contact_identifier_example/conversations/56/messages'
const TOGGL = { authorization: 'Bearer toggl_sk_ada' }

export async function measureFanOut(
  cli: string,
  transport: 'actioncable' | 'sse',
  subscribers = 100,
  events = 200,
): Promise<FanOutResult> {
  const port = await freePort()
  const base = `http://127.0.0.1:${port}`
  const { child } = await startServer([process.execPath, cli, 'serve', '--port', String(port), '--quiet'], `${base}/`)
  let waiting: { remaining: number; done: () => void } | undefined
  const arrived = () => {
    if (waiting && --waiting.remaining === 0) waiting.done()
  }
  const closers: Array<() => void> = []
  try {
    for (let index = 0; index < subscribers; index++)
      closers.push(await (transport === 'actioncable' ? subscribeCable(base, arrived) : subscribeStream(base, arrived)))
    const times: number[] = []
    for (let index = 0; index < events; index++) {
      const all = new Promise<void>((done) => (waiting = { remaining: subscribers, done }))
      const started = performance.now()
      const response =
        transport === 'actioncable'
          ? await fetch(`${base}${CHATWOOT_MESSAGES}`, {
              method: 'POST',
              headers: { 'content-type': 'application/json' },
              body: JSON.stringify({ content: `fan-out ${index}` }),
            })
          : await fetch(`${base}/toggl-focus/workspaces/1/chats/1/messages/1`, {
              method: 'PATCH',
              headers: { ...TOGGL, 'content-type': 'application/json' },
              body: JSON.stringify({ feedback_message: `fan-out ${index}` }),
            })
      await response.arrayBuffer()
      await all
      times.push(performance.now() - started)
    }
    times.sort((a, b) => a - b)
    const at = (quantile: number) =>
      Number(times[Math.min(times.length - 1, Math.ceil(quantile * times.length) - 1)]!.toFixed(2))
    return { subscribers, events, p50Ms: at(0.5), p99Ms: at(0.99), maxMs: at(1) }
  } finally {
    for (const close of closers) close()
    await stopServer(child)
  }
}

/** An ActionCable subscriber on the docs' contact's pubsub token; calls `arrived` per message.created. */
function subscribeCable(base: string, arrived: () => void): Promise<() => void> {
  return new Promise((resolve, reject) => {
    const socket = new WebSocket(`${base.replace('http', 'ws')}/chatwoot/cable`, ['actioncable-v1-json'])
    const identifier = JSON.stringify({ channel: 'RoomChannel', pubsub_token: 'pubsub_token_example' })
    socket.on('open', () => socket.send(JSON.stringify({ command: 'subscribe', identifier })))
    socket.on('message', (data) => {
      const frame = JSON.parse(data.toString()) as { type?: string; message?: { event?: string } }
      if (frame.type === 'confirm_subscription') resolve(() => socket.terminate())
      else if (frame.type === 'reject_subscription') reject(new Error('the subscription was rejected'))
      else if (frame.message?.event === 'message.created') arrived()
    })
    socket.once('error', reject)
  })
}

/** An event stream of Toggl chat 1; calls `arrived` per message.updated. */
async function subscribeStream(base: string, arrived: () => void): Promise<() => void> {
  const abort = new AbortController()
  const response = await fetch(`${base}/toggl-focus/workspaces/1/chats/1/messages/stream`, {
    headers: { ...TOGGL, accept: 'text/event-stream' },
    signal: abort.signal,
  })
  const reader = response.body!.pipeThrough(new TextDecoderStream()).getReader()
  let backlogSeen = false
  let buffer = ''
  const pump = async () => {
    for (;;) {
      const { value, done } = await reader.read()
      if (done) return
      buffer += value
      let end: number
      while ((end = buffer.indexOf('\n\n')) !== -1) {
        const frame = buffer.slice(0, end)
        buffer = buffer.slice(end + 2)
        if (frame.includes('event: message.updated')) arrived()
        backlogSeen = true
      }
    }
  }
  const pumping = pump().catch(() => {})
  while (!backlogSeen) await new Promise((done) => setImmediate(done))
  return () => {
    abort.abort()
    void pumping
  }
}
