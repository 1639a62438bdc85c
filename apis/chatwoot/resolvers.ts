import type { Resolvers } from '../../src/mock/types.js'
import type { Operations } from './generated/operations.js'
import type { ChatwootStore } from './store.js'
import { fail, json } from '../../src/mock/respond.js'
import type { PublicMessage } from './generated/openapi.js'

const PAGE_SIZE = 20
const CSAT_LOCK_SECONDS = 14 * 86_400

/** Chatwoot's public client messages API, as reference/behaviour.md decides (README: "Chatwoot"). */
export const chatwootResolvers: Resolvers<Operations, ChatwootStore> = {
  listMessages: ({ api, params, query, store }) => {
    const found = store.findConversation(params.inbox_identifier, params.contact_identifier, params.conversation_id)
    if (!found) return fail(api, 404, 'Not Found')
    // The latest 20 public messages (before `before`, if given), oldest first: walk back from the end.
    const all = store.listMessages(params.conversation_id)
    const page: PublicMessage[] = []
    for (let i = all.length - 1; i >= 0 && page.length < PAGE_SIZE; i--) {
      const message = all[i]!
      if (query.before !== undefined && message.id >= query.before) continue
      if (message.message_type === 2 || store.isPrivate(message.id)) continue
      page.push(message)
    }
    return json(200, page.reverse())
  },

  createMessage: async ({ api, params, body, store, now }) => {
    const found = store.findConversation(params.inbox_identifier, params.contact_identifier, params.conversation_id)
    if (!found) return fail(api, 404, 'Not Found')
    // Only content is kept; echo_id only travels on websocket events. The contact sends it.
    const message = await store.insertMessage({
      id: store.allocateMessageId(),
      content: body.content ?? null,
      message_type: 0,
      content_type: 'text',
      content_attributes: {},
      created_at: Math.floor(now().getTime() / 1000),
      conversation_id: params.conversation_id,
      sender: found.contact.sender,
    })
    return json(200, message)
  },

  updateMessage: ({ api, params, body, store, now }) => {
    const found = store.findConversation(params.inbox_identifier, params.contact_identifier, params.conversation_id)
    const message = found && store.messages.get(params.message_id)
    if (!message || message.conversation_id !== params.conversation_id) return fail(api, 404, 'Not Found')
    if (message.content_type === 'input_csat' && Math.floor(now().getTime() / 1000) - message.created_at > CSAT_LOCK_SECONDS) {
      return json(422, { error: 'You cannot update the CSAT survey after 14 days' })
    }
    if (body.submitted_values !== undefined) {
      store.messages.update(message.id, { content_attributes: { ...message.content_attributes, submitted_values: body.submitted_values } })
    }
    return json(200, message)
  },
}
