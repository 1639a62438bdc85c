import { WebSocket } from 'ws'
import { afterAll, beforeAll, expect, it } from 'vitest'
import { startChatmockServer } from '../../src/server/start-chatmock-server.js'

// Frames no ActionCable client sends, against the standalone server's /chatwoot/cable, through a
// raw WebSocket (the real consumer never sends them): each gets the protocol's answer or a close
// with a reason, never a crash, and the server keeps answering HTTP.

let server: Awaited<ReturnType<typeof startChatmockServer<readonly ['chatwoot']>>>
beforeAll(async () => {
  server = await startChatmockServer({ port: 0, apis: ['chatwoot'] })
})
afterAll(() => server.close())

const ROOM = JSON.stringify({ channel: 'RoomChannel', pubsub_token: 'pubsub_token_example' })

/** A raw connection: the frames it received (pings left out), the next one awaited, and its close. */
async function connect() {
  const socket = new WebSocket(`${server.url.replace('http', 'ws')}/chatwoot/cable`, ['actioncable-v1-json'])
  const frames: any[] = []
  const waiters: Array<() => void> = []
  const wake = () => {
    for (const waiter of waiters.splice(0)) waiter()
  }
  socket.on('message', (data) => {
    const frame = JSON.parse(data.toString())
    if (frame.type !== 'ping') frames.push(frame)
    wake()
  })
  const closed = new Promise<{ code: number; reason: string }>((resolve) =>
    socket.on('close', (code, reason) => (resolve({ code, reason: reason.toString() }), wake())),
  )
  await new Promise<void>((resolve, reject) => socket.once('open', () => resolve()).once('error', reject))
  let taken = 0
  const next = async () => {
    while (frames.length <= taken) await new Promise<void>((resolve) => waiters.push(resolve))
    return frames[taken++]
  }
  expect(await next()).toEqual({ type: 'welcome' })
  return {
    socket,
    next,
    closed,
    send: (frame: unknown) => socket.send(typeof frame === 'string' ? frame : JSON.stringify(frame)),
  }
}

it('answers a frame that is not JSON with disconnect (invalid_request, no reconnect), then closes', async () => {
  const connection = await connect()
  connection.send('this is not JSON')
  expect(await connection.next()).toEqual({ type: 'disconnect', reason: 'invalid_request', reconnect: false })
  expect((await connection.closed).code).toBe(1000)
})

it('ignores an unknown command and still confirms a later subscribe', async () => {
  const connection = await connect()
  try {
    connection.send({ command: 'dance', identifier: ROOM })
    connection.send({ command: 'subscribe', identifier: ROOM })
    expect(await connection.next()).toEqual({ identifier: ROOM, type: 'confirm_subscription' })
    expect(await connection.next()).toEqual({
      identifier: ROOM,
      message: { event: 'presence.update', data: { account_id: 1, users: { '1': 'online' } } },
    })
  } finally {
    connection.socket.close()
  }
})

it('rejects a subscribe without an identifier', async () => {
  const connection = await connect()
  try {
    connection.send({ command: 'subscribe' })
    expect(await connection.next()).toEqual({ identifier: null, type: 'reject_subscription' })
  } finally {
    connection.socket.close()
  }
})

it('rejects a subscribe without a pubsub token', async () => {
  const connection = await connect()
  try {
    const identifier = JSON.stringify({ channel: 'RoomChannel' })
    connection.send({ command: 'subscribe', identifier })
    expect(await connection.next()).toEqual({ identifier, type: 'reject_subscription' })
  } finally {
    connection.socket.close()
  }
})

it("rejects a subscribe to a channel Chatwoot does not have, and an agent's subscription", async () => {
  const connection = await connect()
  try {
    const other = JSON.stringify({ channel: 'NotificationChannel', pubsub_token: 'pubsub_token_example' })
    const agent = JSON.stringify({
      channel: 'RoomChannel',
      pubsub_token: 'pubsub_token_example',
      account_id: 1,
      user_id: 1,
    })
    const notAnObject = '"RoomChannel"'
    for (const identifier of [other, agent, notAnObject]) connection.send({ command: 'subscribe', identifier })
    expect([await connection.next(), await connection.next(), await connection.next()]).toEqual(
      [other, agent, notAnObject].map((identifier) => ({ identifier, type: 'reject_subscription' })),
    )
  } finally {
    connection.socket.close()
  }
})

it('answers a binary frame as a frame that is not JSON, and closes a frame over 64 KiB', async () => {
  const binary = await connect()
  binary.socket.send(Buffer.from([1, 2, 3]))
  expect(await binary.next()).toEqual({ type: 'disconnect', reason: 'invalid_request', reconnect: false })
  await binary.closed
  const huge = await connect()
  huge.send({ command: 'subscribe', identifier: 'x'.repeat(70_000) })
  expect((await huge.closed).code).toBe(1009)
})

it('still answers HTTP with 200 after the bad frames', async () => {
  const connection = await connect()
  connection.send('{')
  connection.send({ command: 'message', identifier: ROOM, data: 'not json' })
  await connection.closed
  const response = await fetch(`${server.url}/chatwoot/public/api/v1/inboxes/inbox_identifier_example`)
  expect(response.status).toBe(200)
})
