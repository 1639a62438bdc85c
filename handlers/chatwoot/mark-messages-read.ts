import type { Publish } from '../../src/api/publish.js'
import { createContactEvents } from './contact-events.js'
import type { ChatwootStore } from './store.js'

/**
 * `Conversations::UpdateMessageStatusJob`, queued by `update_last_seen`: every message of the
 * conversation that is not the contact's (an agent's, a template, also the notes and activity
 * messages the contact never receives), still `sent` or `delivered` and created no later than the
 * contact's look, becomes `read`, in id order (`find_each`), each save a `message.updated` with
 * its `previous_changes`.
 */
export function markMessagesRead(store: ChatwootStore, publish: Publish, displayId: number, seenAt: Date, time: Date) {
  const events = createContactEvents(store, publish)
  const unread = store
    .listMessages(displayId)
    .filter((message) => {
      const status = store.getMessageStatus(message.id)
      return (
        message.message_type !== 0 &&
        (status === 'sent' || status === 'delivered') &&
        Date.parse(store.getMessageTimes(message.id).created_at) <= seenAt.getTime()
      )
    })
    .sort((a, b) => a.id - b.id)
  for (const message of unread) {
    const previousChanges = store.saveMessage(message.id, { status: 'read' }, time)
    events.message('message.updated', message, { previousChanges })
  }
}
