import { renderError } from '../../src/contract/render-error.js'
import type { Resolvers } from '../../src/mock/types.js'
import type { Operations } from './generated/operations.js'
import type { HapihubStore } from './store.js'
import { fail, json } from '../../src/mock/respond.js'

/** HapiHub / Fleming chat messages, as reference/behaviour.md decides (README: "HapiHub"). */
export const hapihubResolvers: Resolvers<Operations, HapihubStore> = {
  findChatMessages: ({ store }) => json(200, [...store.messages.all()].sort((a, b) => a.createdAt - b.createdAt || a.id.localeCompare(b.id))),

  getChatMessage: ({ api, params, store }) => {
    const message = store.messages.get(params.id)
    return message ? json(200, message) : fail(api, 404, `chat message "${params.id}" does not exist`)
  },

  patchChatMessage: ({ api, params, body, credential, store }) => {
    const message = store.messages.get(params.id)
    if (!message) return fail(api, 404, `chat message "${params.id}" does not exist`)
    const uid = store.getAccountUid(credential!.value)
    if (body.seen === true && !message.seenBy?.includes(uid)) store.messages.update(message.id, { seenBy: [...(message.seenBy ?? []), uid] })
    return json(200, message)
  },

  createChatMessage: async ({ api, body, credential, store, now }) => {
    if (!store.rooms.has(body.room)) {
      const issue = { location: 'body' as const, pointer: '/room', keyword: 'exists', message: `body field "room" must name an existing room (got "${body.room}")` }
      return renderError(api, 400, issue.message, [issue])
    }
    const message = await store.insertMessage({
      id: store.allocateMessageId(),
      createdAt: body.createdAt ?? now().getTime(),
      createdBy: store.getAccountUid(credential!.value),
      room: body.room,
      // Unset fields are left out, as in the docs' examples.
      ...(body.session === undefined ? {} : { session: body.session }),
      ...(body.text === undefined ? {} : { text: body.text }),
      ...(body.media === undefined ? {} : { media: body.media }),
    })
    return json(200, message)
  },
}
