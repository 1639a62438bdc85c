import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { type ChatwootCableRuntime, chatwootCableRuntimes, openContactRoom, send } from '../support/chatwoot-cable.js'

// A chat widget's live flow against Chatwoot, the same in every runtime (issue 16): the contact is
// created and subscribes with its pubsub token (as the widget connects as soon as it has one), opens
// a conversation, writes, an agent types and answers, the contact reads it, the agent resolves the
// conversation, and the contact rates it; every step arrives over ActionCable, through @rails/actioncable's consumer.

describe.each(chatwootCableRuntimes)('%s', (_, start) => {
  let runtime: ChatwootCableRuntime
  let clock = new Date('2024-06-03T10:00:00Z')
  beforeAll(async () => {
    runtime = await start({ now: () => clock })
  })
  afterEach(async () => {
    clock = new Date('2024-06-03T10:00:00Z')
    await runtime.reset()
  })
  afterAll(() => runtime.stop())

  it("runs the widget's flow live: contact, subscribe, conversation, message, agent typing and reply, read, resolve, CSAT", async () => {
    const contact = await send(runtime, 'POST', '/inboxes/inbox_identifier_example/contacts', { name: 'Riley' })
    expect(contact.status).toBe(200)
    const path = `/inboxes/inbox_identifier_example/contacts/${contact.body.source_id}`

    const room = openContactRoom(runtime, contact.body.pubsub_token)
    try {
      expect(await room.settled()).toBe('connected')
      expect(await room.next()).toEqual([{ event: 'presence.update', data: { account_id: 1, users: {} } }])

      const conversation = await send(runtime, 'POST', `${path}/conversations`)
      expect(conversation.body).toMatchObject({ id: 65, status: 'open' })
      const [created] = await room.next()
      expect(created).toMatchObject({
        event: 'conversation.created',
        data: {
          id: 65,
          status: 'open',
          messages: [],
          account_id: 1,
          contact_inbox: { source_id: contact.body.source_id, pubsub_token: contact.body.pubsub_token },
          meta: { sender: { id: 82, name: 'Riley', type: 'contact' } },
        },
      })

      const messages = `${path}/conversations/65/messages`
      const sent = await send(runtime, 'POST', messages, { content: 'Where is my parcel?', echo_id: 'tmp-1' })
      expect(await room.next()).toEqual([
        {
          event: 'message.created',
          data: expect.objectContaining({
            id: sent.body.id,
            content: 'Where is my parcel?',
            echo_id: 'tmp-1',
            sender_type: 'Contact',
            conversation_id: 65,
          }),
        },
      ])

      clock = new Date('2024-06-03T10:01:00Z')
      await runtime.admin.act('chatwoot', 'agentTyping', { conversation_id: 65, typing_status: 'on' })
      await runtime.admin.act('chatwoot', 'agentMessage', { conversation_id: 65, content: 'It ships today.' })
      await runtime.admin.act('chatwoot', 'agentTyping', { conversation_id: 65, typing_status: 'off' })
      const [typingOn, reply, typingOff] = await room.next(3)
      expect(typingOn).toMatchObject({
        event: 'conversation.typing_on',
        data: { conversation: { id: 65 }, is_private: false },
      })
      expect(reply).toMatchObject({
        event: 'message.created',
        data: {
          content: 'It ships today.',
          message_type: 1,
          sender_type: 'User',
          created_at: 1717408860,
          conversation: { unread_count: 1 },
        },
      })
      expect(typingOff).toMatchObject({
        event: 'conversation.typing_off',
        data: { conversation: { id: 65, messages: [{ content: 'It ships today.' }] } },
      })
      expect(
        (await send(runtime, 'GET', messages)).body.map((message: { content: string }) => message.content),
      ).toEqual(['Where is my parcel?', 'It ships today.'])

      // The contact looks: the agent's reply becomes read; looking again marks nothing new (the next event is the resolve).
      clock = new Date('2024-06-03T10:01:30Z')
      expect((await send(runtime, 'POST', `${path}/conversations/65/update_last_seen`)).status).toBe(200)
      expect(await room.next()).toEqual([
        {
          event: 'message.updated',
          data: expect.objectContaining({ id: reply!.data.id, status: 'read', updated_at: '2024-06-03T10:01:30.000Z' }),
        },
      ])
      clock = new Date('2024-06-03T10:01:40Z')
      await send(runtime, 'POST', `${path}/conversations/65/update_last_seen`)

      clock = new Date('2024-06-03T10:02:00Z')
      await runtime.admin.act('chatwoot', 'resolveConversation', { conversation_id: 65 })
      const [resolved, survey] = await room.next(2)
      expect(resolved).toMatchObject({ event: 'conversation.status_changed', data: { id: 65, status: 'resolved' } })
      expect(survey).toMatchObject({
        event: 'message.created',
        data: { content_type: 'input_csat', message_type: 3, sender_type: null },
      })
      expect(survey!.data).not.toHaveProperty('sender')

      const uuid = (await send(runtime, 'GET', `${path}/conversations/65`)).body.uuid
      const rating = { csat_survey_response: { rating: 5, feedback_message: 'Fast!' } }
      expect(
        (await send(runtime, 'PUT', `/csat_survey/${uuid}`, { message: { submitted_values: rating } })).status,
      ).toBe(200)
      expect(await room.next()).toEqual([
        {
          event: 'message.updated',
          data: expect.objectContaining({ id: survey!.data.id, content_attributes: { submitted_values: rating } }),
        },
      ])
      expect((await send(runtime, 'GET', `/csat_survey/${uuid}`)).body.csat_survey_response).toMatchObject({
        rating: 5,
        feedback_message: 'Fast!',
      })
    } finally {
      room.close()
    }
  })
})
