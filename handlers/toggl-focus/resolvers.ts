import type { Resolvers } from '../../src/api/api.js'
import type { Operations } from './generated/operations.js'
import type { TogglFocusStore } from './store.js'
import { compareByFields, selectPage } from '../../src/store/order-by.js'
import { empty, fail, json } from '../../src/mock/respond.js'
import { chatTopic } from './chat-topic.js'

/** Toggl Focus chats, as reference/behaviour.md decides (README: "Toggl Focus"). */
export const togglFocusResolvers: Resolvers<Operations, TogglFocusStore> = {
  listChats: ({ params, query, store }) => {
    const needle = query.name?.toLowerCase()
    const data = selectPage(store.listChats(params.workspace_id), {
      page: query.page,
      perPage: query.per_page,
      orderBy: query.order_by,
      keep: (chat) => chat.deleted_at === null && (needle === undefined || chat.name.toLowerCase().includes(needle)),
    })
    return json(200, { data, page: query.page, per_page: query.per_page })
  },

  createChat: async ({ params, body, credential, store, now }) => {
    const time = now().toISOString()
    const chat = await store.insertChat({
      id: store.allocateChatId(),
      workspace_id: params.workspace_id,
      toggl_user_id: store.getUserId(credential),
      name: body.name,
      message_count: 0,
      created_at: time,
      updated_at: time,
      deleted_at: null,
    })
    return json(201, chat)
  },

  getChat: ({ api, params, store }) => {
    const chat = store.getChat(params.workspace_id, params.chat_id)
    return chat ? json(200, chat) : fail(api, 404, 'chat does not exist')
  },

  updateChat: ({ api, params, body, store, now }) => {
    const chat = store.getChat(params.workspace_id, params.chat_id)
    if (!chat || chat.deleted_at !== null) return fail(api, 404, 'chat does not exist')
    store.chats.update(chat.id, { name: body.name, updated_at: now().toISOString() })
    return empty(204)
  },

  deleteChat: ({ api, params, store, now }) => {
    const chat = store.getChat(params.workspace_id, params.chat_id)
    if (!chat || chat.deleted_at !== null) return fail(api, 404, 'chat does not exist')
    const time = now().toISOString()
    store.chats.update(chat.id, { deleted_at: time, updated_at: time })
    return empty(204)
  },

  restoreChat: ({ api, params, store, now }) => {
    const chat = store.getChat(params.workspace_id, params.chat_id)
    if (!chat) return fail(api, 404, 'chat does not exist')
    if (chat.deleted_at !== null) store.chats.update(chat.id, { deleted_at: null, updated_at: now().toISOString() })
    return empty(204)
  },

  listChatMessages: ({ api, params, query, store }) => {
    const chat = store.getChat(params.workspace_id, params.chat_id)
    if (!chat) return fail(api, 404, 'chat does not exist')
    const data = selectPage(store.listMessages(chat.id), {
      page: query.page,
      perPage: query.per_page,
      orderBy: query.order_by,
    })
    return json(200, { data, page: query.page, per_page: query.per_page })
  },

  streamChatMessages: ({ api, params, query, headers, store, accepts, streamEvents }) => {
    const chat = store.getChat(params.workspace_id, params.chat_id)
    if (!chat) return fail(api, 404, 'chat does not exist')
    const ordered = () => {
      const messages = store.listMessages(chat.id)
      return query.order_by?.length ? [...messages].sort(compareByFields(query.order_by)) : messages
    }
    if (!accepts('text/event-stream')) return json(200, { items: ordered() })
    return streamEvents(chatTopic(chat.id), {
      backlog: () => ordered().map((message) => ({ name: 'message.created', data: { message, complete: true } })),
      lastEventId: headers['last-event-id'],
    })
  },

  updateChatMessage: ({ api, params, body, store, now, publish }) => {
    const chat = store.getChat(params.workspace_id, params.chat_id)
    if (!chat) return fail(api, 404, 'chat does not exist')
    const message = store.messages.get(params.chat_message_id)
    if (!message || message.chat_id !== chat.id) return fail(api, 404, 'chat message does not exist')
    const updated = store.messages.update(message.id, { ...body, updated_at: now().toISOString() })
    publish(chatTopic(chat.id), 'message.updated', { message: updated, complete: true })
    return empty(204)
  },
}
