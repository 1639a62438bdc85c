import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { type ChatwootCableRuntime, chatwootCableRuntimes, openContactRoom, send } from '../support/chatwoot-cable.js'

// A chat widget's live flow against Chatwoot, the same in every runtime (issues 16 and 23): the
// contact is created and subscribes with its pubsub token (as the widget connects as soon as it has
// one), opens a conversation, writes, an agent types and answers, the contact writes again and
// reads, resolves the conversation, and rates it. Every step arrives over ActionCable, through
// @rails/actioncable's consumer, in the order Rails sends it; the CSAT survey comes after the
// resolve's answer, as Chatwoot's async listener sends it.

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

  it("runs the widget's flow live, each event in Rails' order: contact, subscribe, conversation, messages, agent's first reply, read, resolve, CSAT", async () => {
    const contact = await send(runtime, 'POST', '/inboxes/inbox_identifier_example/contacts', { name: 'Riley' })
    expect(contact.status).toBe(200)
    const path = `/inboxes/inbox_identifier_example/contacts/${contact.body.source_id}`

    const room = openContactRoom(runtime, contact.body.pubsub_token)
    try {
      expect(await room.settled()).toBe('connected')
      // The account's online agents: the mock's agent 1.
      expect(await room.next()).toEqual([
        { event: 'presence.update', data: { account_id: 1, users: { '1': 'online' } } },
      ])

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
          meta: { sender: { id: 82, name: 'Riley', type: 'contact' }, assignee_type: null },
          first_reply_created_at: null,
          // A new conversation waits for an answer from its creation.
          waiting_since: 1717408800,
          updated_at: 1717408800,
        },
      })

      // The contact's first message: it already waits, so nothing but the message.
      const messages = `${path}/conversations/65/messages`
      const sent = await send(runtime, 'POST', messages, { content: 'Where is my parcel?', echo_id: 'tmp-1' })
      expect(await room.next()).toEqual([
        {
          event: 'message.created',
          data: expect.objectContaining({
            id: sent.body.id,
            content: 'Where is my parcel?',
            echo_id: 'tmp-1',
            status: 'sent',
            sender_type: 'Contact',
            conversation_id: 65,
          }),
        },
      ])

      // The agent types and answers: its first reply, so conversation.updated follows the message.
      clock = new Date('2024-06-03T10:01:00.250Z')
      await runtime.admin.act('chatwoot', 'agentTyping', { conversation_id: 65, typing_status: 'on' })
      await runtime.admin.act('chatwoot', 'agentMessage', { conversation_id: 65, content: 'It ships today.' })
      await runtime.admin.act('chatwoot', 'agentTyping', { conversation_id: 65, typing_status: 'off' })
      const [typingOn, reply, firstReply, typingOff] = await room.next(4)
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
          status: 'sent',
          created_at: 1717408860,
          // To the millisecond, where the public created_at is whole seconds.
          updated_at: '2024-06-03T10:01:00.250Z',
          conversation: { unread_count: 1 },
        },
      })
      expect(firstReply).toMatchObject({
        event: 'conversation.updated',
        data: {
          id: 65,
          first_reply_created_at: '2024-06-03T10:01:00.250Z',
          waiting_since: 0,
          updated_at: 1717408860.25,
          performer: { id: 1, type: 'user' },
        },
      })
      expect(typingOff).toMatchObject({
        event: 'conversation.typing_off',
        data: { conversation: { id: 65, messages: [{ content: 'It ships today.' }] } },
      })

      // The contact writes again: it waits once more, which conversation.updated says after the message.
      clock = new Date('2024-06-03T10:01:10Z')
      await send(runtime, 'POST', messages, { content: 'Great, thanks!' })
      const [again, waiting] = await room.next(2)
      expect(again).toMatchObject({ event: 'message.created', data: { content: 'Great, thanks!', message_type: 0 } })
      expect(waiting).toMatchObject({
        event: 'conversation.updated',
        data: { id: 65, waiting_since: 1717408870, first_reply_created_at: '2024-06-03T10:01:00.250Z' },
      })
      expect(
        (await send(runtime, 'GET', messages)).body.map((message: { content: string }) => message.content),
      ).toEqual(['Where is my parcel?', 'It ships today.', 'Great, thanks!'])

      // The contact looks: shortly after the answer, the agent's reply becomes read, with what changed.
      clock = new Date('2024-06-03T10:01:30.500Z')
      expect((await send(runtime, 'POST', `${path}/conversations/65/update_last_seen`)).status).toBe(200)
      expect(await room.next()).toEqual([
        {
          event: 'message.updated',
          data: expect.objectContaining({
            id: reply!.data.id,
            status: 'read',
            updated_at: '2024-06-03T10:01:30.500Z',
            previous_changes: {
              status: ['sent', 'read'],
              updated_at: ['2024-06-03T10:01:00.250Z', '2024-06-03T10:01:30.500Z'],
            },
          }),
        },
      ])

      // The contact resolves: status_changed, then conversation.updated; the survey is not in the answer.
      clock = new Date('2024-06-03T10:02:00.750Z')
      const resolved = await send(runtime, 'POST', `${path}/conversations/65/toggle_status`)
      expect(resolved.body).toMatchObject({ id: 65, status: 'resolved' })
      expect(resolved.body.messages.map((message: { content_type: string }) => message.content_type)).toEqual([
        'text',
        'text',
        'text',
      ])
      const [statusChanged, updated, survey] = await room.next(3)
      expect(statusChanged).toMatchObject({
        event: 'conversation.status_changed',
        data: { id: 65, status: 'resolved', waiting_since: 0 },
      })
      expect(statusChanged!.data).not.toHaveProperty('performer')
      expect(updated).toMatchObject({ event: 'conversation.updated', data: { id: 65, status: 'resolved' } })
      // Then, from the background, the survey: as the inbox shows it (emoji), without a sender.
      expect(survey).toMatchObject({
        event: 'message.created',
        data: {
          content: 'Please rate the conversation',
          content_type: 'input_csat',
          content_attributes: { display_type: 'emoji' },
          message_type: 3,
          status: 'sent',
          sender_type: null,
        },
      })
      expect(survey!.data).not.toHaveProperty('sender')

      const uuid = (await send(runtime, 'GET', `${path}/conversations/65`)).body.uuid
      expect((await send(runtime, 'GET', `/csat_survey/${uuid}`)).body).toMatchObject({
        id: survey!.data.id,
        display_type: 'emoji',
        created_at: '2024-06-03T10:02:00.750Z',
      })
      const rating = { csat_survey_response: { rating: 5, feedback_message: 'Fast!' } }
      expect(
        (await send(runtime, 'PUT', `/csat_survey/${uuid}`, { message: { submitted_values: rating } })).status,
      ).toBe(200)
      expect(await room.next()).toEqual([
        {
          event: 'message.updated',
          data: expect.objectContaining({
            id: survey!.data.id,
            content_attributes: { display_type: 'emoji', submitted_values: rating },
            previous_changes: expect.objectContaining({
              content_attributes: [{ display_type: 'emoji' }, { display_type: 'emoji', submitted_values: rating }],
            }),
          }),
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
