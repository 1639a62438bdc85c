import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { type ChatwootCableRuntime, chatwootCableRuntimes, openContactRoom, send } from '../support/chatwoot-cable.js'

// A merge (ContactMergeAction) saves each message the merged contact sent with its new sender, and
// each save's after_commit sends message.updated to the conversation's contact inbox: the merged
// contact's own subscription, whose pubsub token now stands for the contact it was merged into.
// `contact.merged` and `conversation.contact_changed` go to the agents only, never to the contact.

const INBOX = '/inboxes/inbox_identifier_example'
const NOW = new Date('2024-06-03T10:00:00Z')

describe.each(chatwootCableRuntimes)('Chatwoot contact merge, %s', (_, start) => {
  let runtime: ChatwootCableRuntime
  beforeAll(async () => {
    runtime = await start({ now: () => NOW })
  })
  afterAll(() => runtime.stop())
  beforeEach(() => runtime.reset())

  it('sends message.updated with the new sender for each message the merged contact sent, and nothing else', async () => {
    const visitor = (await send(runtime, 'POST', `${INBOX}/contacts`, { source_id: 'merge-visitor', name: 'Vic' })).body
    const path = `${INBOX}/contacts/merge-visitor`
    const conversation = (await send(runtime, 'POST', `${path}/conversations`)).body
    const room = openContactRoom(runtime, visitor.pubsub_token)
    try {
      expect(await room.settled()).toBe('connected')
      expect((await room.next()).map((event) => event.event)).toEqual(['presence.update'])
      const sent = (await send(runtime, 'POST', `${path}/conversations/${conversation.id}/messages`, { content: 'Hi' }))
        .body
      expect((await room.next()).map((event) => event.event)).toEqual(['message.created'])

      expect((await send(runtime, 'PATCH', path, { email: 'kim@example.com' })).body.id).toBe(76)
      const [updated] = await room.next()
      expect(updated).toMatchObject({
        event: 'message.updated',
        data: {
          id: sent.id,
          sender_id: 76,
          sender: { id: 76, name: 'Kim Example', type: 'contact' },
          previous_changes: { sender_id: [82, 76] },
        },
      })
      // Nothing else came: the next event is the one a new message sends.
      await send(runtime, 'POST', `${path}/conversations/${conversation.id}/messages`, { content: 'Still there?' })
      expect((await room.next()).map((event) => event.event)).toEqual(['message.created'])
    } finally {
      room.close()
    }
  })
})
