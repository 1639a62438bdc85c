import { renderError } from '../../src/contract/render-error.js'
import type { Issue } from '../../src/api/exchange.js'
import type { Resolvers } from '../../src/api/api.js'
import type { ChatListItem } from './generated/openapi.js'
import type { Operations } from './generated/operations.js'
import { findSendRefusal, fullName, sendMessage } from './send-message.js'
import type { RoostedStore } from './store.js'
import { fail, json } from '../../src/mock/respond.js'
import type { ApiSpec } from '../../src/api/spec.js'

/** RoostedHR worker chats, as reference/behaviour.md and the spec's x-mock notes decide (README: "RoostedHR"). */
export const roostedResolvers: Resolvers<Operations, RoostedStore> = {
  listWorkerChats: ({ api, params, query, store }) => {
    if (!store.workers.get(params.id)) return fail(api, 404, `worker "${params.id}" does not exist`)
    let start = 0
    if (query.last_seen_id !== undefined) {
      const index = store.findChatIndex(params.id, query.last_seen_id)
      if (index < 0)
        return invalid(api, {
          location: 'query',
          pointer: '/last_seen_id',
          keyword: 'exists',
          message: `query parameter "last_seen_id" must name a chat of worker "${params.id}" (got "${query.last_seen_id}")`,
        })
      start = index + 1
    }
    const needle = query.search_term?.toLowerCase() ?? ''
    const chats = store.listChats(params.id)
    const page = takePage(chats.length, start, query.limit, (index) => {
      const chat = chats[index]!
      return (query.all_chats || isActive(chat)) && chat.name.toLowerCase().includes(needle) ? chat : undefined
    })
    return json(200, { chats: page.items, has_more: page.hasMore })
  },

  createWorkerChat: async ({ api, params, body, store, now }) => {
    if (!store.workers.get(params.id)) return fail(api, 404, `worker "${params.id}" does not exist`)
    const issues = findUnknownMembers(store, body.members)
    const others = body.members.filter((workerId) => workerId !== params.id)
    if (others.length === 0)
      issues.push({
        location: 'body',
        pointer: '/members',
        keyword: 'contains',
        message: `body field "members" must name a worker besides the worker in the path ("${params.id}")`,
      })
    if (issues.length > 0) return invalid(api, ...issues)

    const memberIds = [params.id, ...others]
    const created = now().toISOString()
    const chatId = store.allocateChatId()
    const name = body.name ?? memberIds.map((workerId) => fullName(store.workers.get(workerId)!)).join(', ')
    for (const workerId of memberIds) {
      await store.insertView(workerId, {
        id: chatId,
        auto_add_workers: '0',
        event_id: null,
        chat_admin: workerId === params.id ? '1' : '0',
        silenced: '0',
        on_chat: '1',
        date_created: created,
        name,
        most_recent_message_id: null,
        locked: '0',
        last_message_timestamp: null,
        message: null,
        name_first: null,
        selected_picture_location: null,
        chats_order: created,
        unread_count: '0',
      })
    }
    return json(201, store.getView(params.id, chatId))
  },

  getWorkerChat: ({ api, params, store }) => {
    const chat = store.getView(params.id, params.chat_id)
    return chat ? json(200, chat) : chatNotFound(api, params.id, params.chat_id)
  },

  editWorkerChat: async ({ api, params, body, store }) => {
    const view = store.getListItem(params.id, params.chat_id)
    if (!view) return chatNotFound(api, params.id, params.chat_id)

    if (body.members) {
      const issues = findUnknownMembers(store, body.members)
      if (!body.members.includes(params.id)) {
        issues.push({
          location: 'body',
          pointer: '/members',
          keyword: 'contains',
          message: `body field "members" must include the worker in the path ("${params.id}")`,
        })
      }
      if (issues.length > 0) return invalid(api, ...issues)
    }

    const current = store.listMembers(params.chat_id)
    const memberIds = body.members ?? current
    const name = body.name ?? view.name
    for (const workerId of current) {
      if (memberIds.includes(workerId)) store.updateView(workerId, params.chat_id, { name })
      else store.removeView(workerId, params.chat_id)
    }
    for (const workerId of memberIds) {
      if (store.getListItem(workerId, params.chat_id)) continue
      // A new member sees the chat as a non-admin, not silenced, with its history already read.
      await store.insertView(workerId, {
        ...view,
        name,
        chat_admin: '0',
        silenced: '0',
        on_chat: '1',
        unread_count: '0',
      })
      for (const messageId of store.listMessageIds(params.chat_id)) {
        const copy = store.getMessage(params.id, messageId)!
        await store.insertMessage(workerId, params.chat_id, { ...copy, read: '1' })
      }
    }
    return json(200, store.getView(params.id, params.chat_id))
  },

  listChatMessages: ({ api, params, query, store }) => {
    const view = store.getListItem(params.id, params.chat_id)
    if (!view) return chatNotFound(api, params.id, params.chat_id)
    let start = 0
    if (query.last_seen_id !== undefined) {
      const index = store.findMessageIndex(params.chat_id, query.last_seen_id)
      if (index < 0)
        return invalid(api, {
          location: 'query',
          pointer: '/last_seen_id',
          keyword: 'exists',
          message: `query parameter "last_seen_id" must name a message of chat "${params.chat_id}" (got "${query.last_seen_id}")`,
        })
      start = index + 1
    }
    const messageIds = store.listMessageIds(params.chat_id)
    const page = takePage(messageIds.length, start, query.limit, (index) =>
      store.getMessage(params.id, messageIds[index]!),
    )
    // The page shows each message as it was before this request; then the worker has read them all.
    const messages = page.items.map((copy) => ({ ...copy }))
    const newlyRead = messages.filter((message) => message.read !== '1')
    for (const message of newlyRead) store.updateMessage(params.id, message.id, { read: '1' })
    if (newlyRead.length > 0)
      store.updateView(params.id, params.chat_id, {
        unread_count: String(Math.max(0, Number(view.unread_count) - newlyRead.length)),
      })
    return json(200, { messages, has_more: page.hasMore })
  },

  sendChatMessage: async ({ api, params, body, store, now }) => {
    const view = store.getListItem(params.id, params.chat_id)
    if (!view) return chatNotFound(api, params.id, params.chat_id)
    const refusal = findSendRefusal(view)
    if (refusal) return fail(api, 403, refusal)
    const message = await sendMessage(
      store,
      params.chat_id,
      store.workers.get(params.id)!,
      body.message,
      now().toISOString(),
    )
    return json(201, message)
  },
}

/**
 * A page of a list of `length` places from `start`: up to `limit` of the items `at` gives
 * (undefined for a place the page skips), and whether another follows. The cursor for the next
 * page is the last item's id, whose place is right before the next one to look at, so following
 * cursors visits every item exactly once.
 */
function takePage<T>(
  length: number,
  start: number,
  limit: number,
  at: (index: number) => T | undefined,
): { items: T[]; hasMore: boolean } {
  const items: T[] = []
  for (let index = start; index < length; index++) {
    const item = at(index)
    if (item === undefined) continue
    if (items.length === limit) return { items, hasMore: true }
    items.push(item)
  }
  return { items, hasMore: false }
}

/** Active chats are the ones Get Chats lists without `all_chats`: not locked, and the worker still on them. */
function isActive(chat: ChatListItem): boolean {
  return String(chat.locked) !== '1' && String(chat.on_chat) !== '0'
}

function findUnknownMembers(store: RoostedStore, members: readonly string[]): Issue[] {
  return members.flatMap((workerId, index) =>
    store.workers.get(workerId)
      ? []
      : [
          {
            location: 'body' as const,
            pointer: `/members/${index}`,
            keyword: 'exists',
            message: `body field "members[${index}]" must be a known worker id (got "${workerId}")`,
          },
        ],
  )
}

function chatNotFound(api: ApiSpec, workerId: string, chatId: string) {
  return fail(
    api,
    404,
    `worker "${workerId}" has no chat "${chatId}": it does not exist, or the worker is not one of its members`,
  )
}

function invalid(api: ApiSpec, ...issues: Issue[]) {
  return renderError(api, 400, issues.map((issue) => issue.message).join('; '), issues)
}
