import { createHmac } from 'node:crypto'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { type ChatwootCableRuntime, chatwootCableRuntimes, openContactRoom, send } from '../support/chatwoot-cable.js'

// Chatwoot's ActionCable, as the widget's own client library (@rails/actioncable) receives it, in
// process (msw's ws interception) and on the standalone server (`ws`): a contact subscribes to
// RoomChannel with its pubsub token and receives what its HTTP requests and the agents do.

const CONTACT = '/inboxes/inbox_identifier_example/contacts/contact_identifier_example'
const CONVERSATION = `${CONTACT}/conversations/56`
/** The account's online agents: the mock's agent 1 (issue 23: `{}` before, though messages showed it online). */
const PRESENCE = { event: 'presence.update', data: { account_id: 1, users: { '1': 'online' } } }
const hmac = (token: string) => createHmac('sha256', token).update('user-1001').digest('hex')
/** Conversation 56's survey was sent on 2024-03-01: a day later it can still be answered. */
const NOW = new Date('2024-03-02T10:00:00Z')

describe.each(chatwootCableRuntimes)('Chatwoot ActionCable, %s', (_, start) => {
  let runtime: ChatwootCableRuntime
  beforeAll(async () => {
    runtime = await start({ now: () => NOW })
  })
  afterAll(() => runtime.stop())
  beforeEach(() => runtime.reset())

  /** The docs' contact, subscribed and welcomed. */
  async function subscribeDocsContact() {
    const room = openContactRoom(runtime, 'pubsub_token_example')
    expect(await room.settled()).toBe('connected')
    expect(await room.next()).toEqual([PRESENCE])
    return room
  }

  it("confirms the docs' contact, welcomes it with presence.update, and answers update_presence with it", async () => {
    const room = await subscribeDocsContact()
    try {
      room.room.subscription.perform('update_presence')
      expect(await room.next()).toEqual([PRESENCE])
    } finally {
      room.close()
    }
  })

  it("delivers the contact's own message as message.created, with its echo_id", async () => {
    const room = await subscribeDocsContact()
    try {
      const sent = await send(runtime, 'POST', `${CONVERSATION}/messages`, {
        content: 'Is anyone there?',
        echo_id: 'echo-1',
      })
      expect(sent.status).toBe(200)
      const [created] = await room.next()
      expect(created).toEqual({
        event: 'message.created',
        data: {
          ...sent.body,
          account_id: 1,
          inbox_id: 1,
          updated_at: '2024-03-02T10:00:00.000Z',
          private: false,
          status: 'sent',
          source_id: null,
          sender_type: 'Contact',
          sender_id: 77,
          external_source_ids: {},
          additional_attributes: {},
          processed_message_content: 'Is anyone there?',
          sentiment: {},
          echo_id: 'echo-1',
          conversation: {
            assignee_id: null,
            unread_count: 1,
            last_activity_at: 1709373600,
            contact_inbox: { source_id: 'contact_identifier_example' },
          },
        },
      })
    } finally {
      room.close()
    }
  })

  it("delivers an agent's reply, which the message list then shows", async () => {
    const room = await subscribeDocsContact()
    try {
      const reply = await runtime.admin.act('chatwoot', 'agentMessage', {
        conversation_id: 56,
        content: 'Hi! How can I help?',
        agent_name: 'Ada',
      })
      const agent = {
        id: 1,
        name: 'Ada',
        available_name: 'Ada',
        avatar_url: '',
        type: 'user',
        availability_status: 'online',
        thumbnail: '',
      }
      expect(reply).toEqual({
        id: 70,
        content: 'Hi! How can I help?',
        message_type: 1,
        content_type: 'text',
        content_attributes: {},
        created_at: 1709373600,
        conversation_id: 56,
        sender: agent,
      })
      expect(await room.next()).toEqual([
        {
          event: 'message.created',
          data: expect.objectContaining({
            ...(reply as object),
            sender_type: 'User',
            sender_id: 1,
            status: 'sent',
            performer: agent,
          }),
        },
      ])
      const list = await send(runtime, 'GET', `${CONVERSATION}/messages`)
      expect(list.body.at(-1)).toEqual(reply)
    } finally {
      room.close()
    }
  })

  it("delivers an agent's typing on and off, not private", async () => {
    const room = await subscribeDocsContact()
    try {
      expect(
        await runtime.admin.act('chatwoot', 'agentTyping', { conversation_id: 56, typing_status: 'on' }),
      ).toBeUndefined()
      await runtime.admin.act('chatwoot', 'agentTyping', { conversation_id: 56, typing_status: 'off' })
      const [on, off] = await room.next(2)
      expect([on!.event, off!.event]).toEqual(['conversation.typing_on', 'conversation.typing_off'])
      expect(on!.data).toMatchObject({
        conversation: { id: 56, status: 'open', contact_inbox: { pubsub_token: 'pubsub_token_example' } },
        user: { id: 1, name: 'Support Agent', type: 'user' },
        is_private: false,
        account_id: 1,
      })
    } finally {
      room.close()
    }
  })

  it('never sends the contact its own typing', async () => {
    const room = await subscribeDocsContact()
    try {
      expect((await send(runtime, 'POST', `${CONVERSATION}/toggle_typing`, { typing_status: 'on' })).status).toBe(200)
      await runtime.admin.act('chatwoot', 'agentTyping', { conversation_id: 56, typing_status: 'off' })
      expect((await room.next()).map(({ event }) => event)).toEqual(['conversation.typing_off'])
    } finally {
      room.close()
    }
  })

  it('delivers resolving as conversation.status_changed, only when the status changes, and reopening by a contact message', async () => {
    const room = await subscribeDocsContact()
    try {
      const resolved = await runtime.admin.act('chatwoot', 'resolveConversation', { conversation_id: 56 })
      expect(resolved).toMatchObject({ id: 56, status: 'resolved' })
      // Already resolved: the contact's toggle_status changes nothing and sends nothing.
      expect((await send(runtime, 'POST', `${CONVERSATION}/toggle_status`)).body.status).toBe('resolved')
      await send(runtime, 'POST', `${CONVERSATION}/messages`, { content: 'One more thing' })
      // Each save of the conversation: status_changed, then conversation.updated (issue 23); the reopening
      // message comes between the reopening and its wait, as Rails' callbacks send them.
      const events = await room.next(6)
      expect(
        events.map(({ event, data }) => [event, event === 'message.created' ? data.content : data.status]),
      ).toEqual([
        ['conversation.status_changed', 'resolved'],
        ['conversation.updated', 'resolved'],
        ['conversation.status_changed', 'open'],
        ['conversation.updated', 'open'],
        ['message.created', 'One more thing'],
        ['conversation.updated', 'open'],
      ])
      expect(events[0]!.data).toMatchObject({
        id: 56,
        account_id: 1,
        channel: 'Channel::Api',
        meta: { sender: { id: 77, type: 'contact' }, assignee: null, assignee_type: null, hmac_verified: false },
        waiting_since: 0,
        performer: { id: 1, type: 'user' },
      })
      // The contact's message after the resolve starts its wait again.
      expect(events[5]!.data).toMatchObject({
        waiting_since: 1709373600,
        first_reply_created_at: '2024-03-01T09:00:00.000Z',
      })
    } finally {
      room.close()
    }
  })

  it('delivers a CSAT answer as message.updated', async () => {
    const room = await subscribeDocsContact()
    try {
      const answer = {
        message: { submitted_values: { csat_survey_response: { rating: 5, feedback_message: 'Great' } } },
      }
      expect((await send(runtime, 'PUT', '/csat_survey/b1e2c3d4-0000-4000-8000-000000000056', answer)).status).toBe(200)
      expect(await room.next()).toEqual([
        {
          event: 'message.updated',
          data: expect.objectContaining({
            id: 45,
            content_type: 'input_csat',
            message_type: 3,
            sender_type: null,
            sender_id: null,
            content_attributes: { display_type: 'emoji', submitted_values: answer.message.submitted_values },
            updated_at: '2024-03-02T10:00:00.000Z',
            previous_changes: {
              content_attributes: [
                { display_type: 'emoji' },
                { display_type: 'emoji', submitted_values: answer.message.submitted_values },
              ],
              updated_at: ['2024-03-01T11:20:00.000Z', '2024-03-02T10:00:00.000Z'],
            },
          }),
        },
      ])
      // The same answer again changes nothing, and sends nothing: the next event is the presence.
      expect((await send(runtime, 'PUT', '/csat_survey/b1e2c3d4-0000-4000-8000-000000000056', answer)).status).toBe(200)
      room.room.subscription.perform('update_presence')
      expect(await room.next()).toEqual([PRESENCE])
    } finally {
      room.close()
    }
  })

  it("marks the agents' messages read as message.updated when the contact has seen them", async () => {
    const room = await subscribeDocsContact()
    try {
      await runtime.admin.act('chatwoot', 'agentMessage', { conversation_id: 56, content: 'Still there?' })
      // The answer ends the wait of the docs' contact, who wrote last: conversation.updated follows (issue 23).
      const [reply, answered] = await room.next(2)
      expect(reply!.data).toMatchObject({ content: 'Still there?', status: 'sent' })
      expect(answered).toMatchObject({ event: 'conversation.updated', data: { id: 56, waiting_since: 0 } })
      expect((await send(runtime, 'POST', `${CONVERSATION}/update_last_seen`)).status).toBe(200)
      // Every agent's and template message of the conversation, in id order: never the activity message 35 or the private note 40.
      const updates = await room.next(15)
      expect(updates.map(({ event, data }) => [event, data.id, data.status])).toEqual(
        [31, 33, 37, 39, 41, 43, 45, 47, 49, 51, 53, 55, 57, 59, 70].map((id) => ['message.updated', id, 'read']),
      )
      expect(updates.at(-1)!.data).toMatchObject({
        id: 70,
        content: 'Still there?',
        previous_changes: {
          status: ['sent', 'read'],
          updated_at: ['2024-03-02T10:00:00.000Z', '2024-03-02T10:00:00.000Z'],
        },
      })
      // Read messages stay read: a second look marks nothing. Its job runs before a third look's, which
      // marks only the newer reply, so the events after that reply are the third look's alone.
      expect((await send(runtime, 'POST', `${CONVERSATION}/update_last_seen`)).status).toBe(200)
      await runtime.admin.act('chatwoot', 'agentMessage', { conversation_id: 56, content: 'Anything else?' })
      expect((await send(runtime, 'POST', `${CONVERSATION}/update_last_seen`)).status).toBe(200)
      expect((await room.next(2)).map(({ event, data }) => [event, data.content, data.status])).toEqual([
        ['message.created', 'Anything else?', 'sent'],
        ['message.updated', 'Anything else?', 'read'],
      ])
    } finally {
      room.close()
    }
  })

  it('never delivers a private note', async () => {
    const room = await subscribeDocsContact()
    try {
      await runtime.admin.act('chatwoot', 'agentMessage', {
        conversation_id: 56,
        content: 'Note to self: refund',
        private: true,
      })
      await runtime.admin.act('chatwoot', 'agentMessage', { conversation_id: 56, content: 'We will refund you.' })
      // The note came first; the next event is the public reply.
      expect((await room.next()).map(({ event, data }) => [event, data.content])).toEqual([
        ['message.created', 'We will refund you.'],
      ])
      expect(
        (await send(runtime, 'GET', `${CONVERSATION}/messages`)).body.map(
          (message: { content: string }) => message.content,
        ),
      ).not.toContain('Note to self: refund')
    } finally {
      room.close()
    }
  })

  it("sends a contact nothing of another contact's conversation", async () => {
    const room = await subscribeDocsContact()
    try {
      await runtime.admin.act('chatwoot', 'agentMessage', { conversation_id: 57, content: 'For Bob' })
      await runtime.admin.act('chatwoot', 'agentMessage', { conversation_id: 56, content: 'For Alice' })
      expect((await room.next()).map(({ data }) => data.content)).toEqual(['For Alice'])
    } finally {
      room.close()
    }
  })

  it.each([
    ['null', { user_id: null, account_id: null }],
    ['""', { user_id: '', account_id: '' }],
  ])("takes a subscription whose user_id is %s as the contact's, as RoomChannel does", async (_, identifier) => {
    const room = openContactRoom(runtime, 'pubsub_token_example', identifier)
    try {
      expect(await room.settled()).toBe('connected')
      expect(await room.next()).toEqual([PRESENCE])
    } finally {
      room.close()
    }
  })

  it("rejects an agent's subscription (a user_id), as the mock has no agents' side", async () => {
    const room = openContactRoom(runtime, 'pubsub_token_example', { user_id: 1, account_id: 1 })
    try {
      expect(await room.settled()).toBe('rejected')
    } finally {
      room.close()
    }
  })

  it("sends a verified contact inbox's message and conversation events to every verified contact inbox of the contact, and typing to its own only", async () => {
    // Contact 80 (identifier user-1001) of the identity inbox gets a contact inbox in the docs' inbox too.
    const website = await send(runtime, 'POST', '/inboxes/inbox_identifier_example/contacts', {
      identifier: 'user-1001',
      source_id: 'dave-website',
    })
    expect(website.body).toMatchObject({ id: 80, source_id: 'dave-website' })
    const verify = (inbox: string, sourceId: string, token: string) =>
      send(runtime, 'GET', `/inboxes/${inbox}/contacts/${sourceId}?identifier=user-1001&identifier_hash=${hmac(token)}`)
    const app = await verify('identity_inbox_example', 'identity_contact_example', 'identity_inbox_hmac_token')
    const inWebsite = openContactRoom(runtime, website.body.pubsub_token)
    const inApp = openContactRoom(runtime, app.body.pubsub_token)
    try {
      for (const room of [inWebsite, inApp]) {
        expect(await room.settled()).toBe('connected')
        expect(await room.next()).toEqual([PRESENCE])
      }
      // Only the app's contact inbox is verified: the website's hears nothing of the app's conversation.
      const opened = await send(
        runtime,
        'POST',
        '/inboxes/identity_inbox_example/contacts/identity_contact_example/conversations',
      )
      expect(await inApp.next()).toMatchObject([{ event: 'conversation.created', data: { id: opened.body.id } }])
      inWebsite.room.subscription.perform('update_presence')
      expect(await inWebsite.next()).toEqual([PRESENCE])

      // Verified in the website too: both hear the app conversation's events, typing aside.
      expect((await verify('inbox_identifier_example', 'dave-website', 'example_inbox_hmac_token')).status).toBe(200)
      await runtime.admin.act('chatwoot', 'agentTyping', { conversation_id: opened.body.id, typing_status: 'on' })
      await runtime.admin.act('chatwoot', 'agentMessage', { conversation_id: opened.body.id, content: 'Hello Dave' })
      const expected = [
        ['message.created', opened.body.id],
        ['conversation.updated', opened.body.id],
      ]
      expect(
        (await inApp.next(3)).map(({ event, data }) => [
          event,
          data.conversation_id ?? data.id ?? data.conversation.id,
        ]),
      ).toEqual([['conversation.typing_on', opened.body.id], ...expected])
      expect((await inWebsite.next(2)).map(({ event, data }) => [event, data.conversation_id ?? data.id])).toEqual(
        expected,
      )
    } finally {
      inWebsite.close()
      inApp.close()
    }
  })

  it('rejects a subscription with an unknown token', async () => {
    const room = openContactRoom(runtime, 'no_such_token')
    try {
      expect(await room.settled()).toBe('rejected')
    } finally {
      room.close()
    }
  })

  it('refuses an agent action on an unknown conversation, and an input that breaks its schema', async () => {
    await expect(
      runtime.admin.act('chatwoot', 'agentMessage', { conversation_id: 999, content: 'Hello' }),
    ).rejects.toThrow('chatwoot agentMessage: conversation 999 does not exist')
    await expect(
      runtime.admin.act('chatwoot', 'agentTyping', { conversation_id: 56, typing_status: 'maybe' }),
    ).rejects.toThrow(/the input of chatwoot agentTyping is invalid/)
  })
})
