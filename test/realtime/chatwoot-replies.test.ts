import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { type ChatwootCableRuntime, chatwootCableRuntimes, openContactRoom, send } from '../support/chatwoot-cable.js'
import { pollUntil } from '../support/poll-until.js'

// The other side with no code: a scripted reply rule in the settings answers every contact message
// of conversation 56 as an agent, in every runtime; and the admin HTTP API that sets the rules and
// runs an agent's actions on the standalone server.

const CONVERSATION = '/inboxes/inbox_identifier_example/contacts/contact_identifier_example/conversations/56'
const REPLY = 'Thanks! An agent will be with you shortly.'
const RULE = {
  api: 'chatwoot' as const,
  on: 'message.created',
  where: { conversation_id: 56, message_type: 0 },
  afterMs: 0,
  act: 'agentMessage',
  with: { conversation_id: '$event.data.conversation_id', content: REPLY },
}

describe.each(chatwootCableRuntimes)('Chatwoot scripted replies, %s', (_, start) => {
  let runtime: ChatwootCableRuntime
  beforeAll(async () => {
    runtime = await start({ settings: { replies: [RULE] } })
  })
  afterAll(() => runtime.stop())
  beforeEach(() => runtime.reset())

  it('answers a contact message with an agent reply, with no code', async () => {
    const room = openContactRoom(runtime, 'pubsub_token_example')
    try {
      expect(await room.settled()).toBe('connected')
      await room.next()
      expect((await send(runtime, 'POST', `${CONVERSATION}/messages`, { content: 'Hello?' })).status).toBe(200)
      const events = await room.next(2)
      expect(events.map(({ event, data }) => [event, data.message_type, data.content])).toEqual([
        ['message.created', 0, 'Hello?'],
        ['message.created', 1, REPLY],
      ])
      const messages = (await send(runtime, 'GET', `${CONVERSATION}/messages`)).body
      expect(
        messages
          .slice(-2)
          .map((message: { content: string; sender: { type: string } }) => [message.content, message.sender.type]),
      ).toEqual([
        ['Hello?', 'contact'],
        [REPLY, 'user'],
      ])
    } finally {
      room.close()
    }
  })

  it('keeps the rule in the settings', () => {
    expect(runtime.admin.settings()).toMatchObject({ replies: [RULE] })
  })
})

describe('Chatwoot through the admin HTTP API, standalone server', () => {
  let runtime: ChatwootCableRuntime
  beforeAll(async () => {
    runtime = await chatwootCableRuntimes[1]![1]()
  })
  afterAll(() => runtime.stop())
  beforeEach(() => runtime.reset())

  const admin = (method: string, path: string, body?: unknown) =>
    fetch(`${runtime.server}/__chatmock${path}`, {
      method,
      headers: { 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    })

  it('sets a scripted reply rule with PUT /__chatmock/settings', async () => {
    const put = await admin('PUT', '/settings', { replies: [RULE] })
    expect(put.status).toBe(200)
    expect(await put.json()).toMatchObject({ replies: [RULE] })
    const room = openContactRoom(runtime, 'pubsub_token_example')
    try {
      expect(await room.settled()).toBe('connected')
      await room.next()
      await send(runtime, 'POST', `${CONVERSATION}/messages`, { content: 'Anyone?' })
      expect((await room.next(2)).map(({ data }) => data.content)).toEqual(['Anyone?', REPLY])
    } finally {
      room.close()
      await admin('PUT', '/settings', {})
    }
  })

  it('refuses a rule naming an action chatwoot does not have with 400', async () => {
    const put = await admin('PUT', '/settings', { replies: [{ ...RULE, act: 'agentDance' }] })
    expect(put.status).toBe(400)
    expect((await put.json()).detail).toContain(
      'chatwoot has no action "agentDance"; its actions are agentMessage, agentTyping, resolveConversation',
    )
  })

  it("posts an agent's message with POST /__chatmock/act/chatwoot/agentMessage (200), which the message list shows", async () => {
    const response = await admin('POST', '/act/chatwoot/agentMessage', {
      conversation_id: 56,
      content: 'Your parcel ships today.',
    })
    expect(response.status).toBe(200)
    const message = await response.json()
    expect(message).toMatchObject({
      id: 70,
      content: 'Your parcel ships today.',
      message_type: 1,
      conversation_id: 56,
      sender: { id: 1, name: 'Support Agent', type: 'user' },
    })
    expect((await send(runtime, 'GET', `${CONVERSATION}/messages`)).body.at(-1)).toEqual(message)
  })

  it("answers an agent's typing with 204 and resolving with the conversation (200)", async () => {
    expect(
      (await admin('POST', '/act/chatwoot/agentTyping', { conversation_id: 56, typing_status: 'on' })).status,
    ).toBe(204)
    const resolved = await admin('POST', '/act/chatwoot/resolveConversation', { conversation_id: 58 })
    expect(resolved.status).toBe(200)
    // Without the CSAT survey, which follows in the background (issue 23).
    expect(await resolved.json()).toMatchObject({ id: 58, status: 'resolved', messages: [{ id: 62 }] })
    const conversation = '/inboxes/inbox_identifier_example/contacts/contact_sets_example/conversations/58'
    const later = await pollUntil(
      () => send(runtime, 'GET', conversation),
      (read) => read.body.messages.length === 2,
      5000,
    )
    expect(later.body.messages[1]).toMatchObject({ id: 70, content_type: 'input_csat' })
  })

  it('answers an action chatwoot does not have with 404', async () => {
    const response = await admin('POST', '/act/chatwoot/agentDance', {})
    expect(response.status).toBe(404)
    expect((await response.json()).detail).toBe(
      'chatwoot has no action "agentDance"; its actions are agentMessage, agentTyping, resolveConversation',
    )
  })

  it('answers an unknown conversation and an input that breaks its schema with 422', async () => {
    const unknown = await admin('POST', '/act/chatwoot/agentMessage', { conversation_id: 999, content: 'Hello' })
    expect(unknown.status).toBe(422)
    expect((await unknown.json()).detail).toBe('chatwoot agentMessage: conversation 999 does not exist')
    const invalid = await admin('POST', '/act/chatwoot/agentMessage', { conversation_id: 56 })
    expect(invalid.status).toBe(422)
    expect((await invalid.json()).detail).toMatch(/^the input of chatwoot agentMessage is invalid: .*content/)
  })
})
