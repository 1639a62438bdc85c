import { renderError } from '../../src/contract/render-error.js'
import type { Issue } from '../../src/api/exchange.js'
import type { Resolvers } from '../../src/api/api.js'
import type { ChatMessage, ChatRoom } from './generated/openapi.js'
import type { Operations } from './generated/operations.js'
import { markSeen, postMessage } from './post-message.js'
import type { HapihubStore } from './store.js'
import { fail, json } from '../../src/mock/respond.js'
import type { ApiSpec } from '../../src/api/spec.js'

type FindMessagesQuery = Operations['findChatMessages']['query']
type FindRoomsQuery = Operations['findChatRooms']['query']

/** HapiHub / Fleming chat messages and rooms, as reference/behaviour.md and the spec's x-mock notes decide (README: "HapiHub"). */
export const hapihubResolvers: Resolvers<Operations, HapihubStore> = {
  findChatMessages: ({ query, store }) => {
    const matches = selectMessageCandidates(store, query).filter(
      (message) =>
        (query.room === undefined || message.room === query.room) &&
        (query['room[$in]'] === undefined ||
          (message.room !== undefined && query['room[$in]'].includes(message.room))) &&
        (query.createdBy === undefined || message.createdBy === query.createdBy) &&
        (query['createdBy[$in]'] === undefined || query['createdBy[$in]'].includes(message.createdBy)),
    )
    return json(200, cut(matches, query))
  },

  getChatMessage: ({ api, params, store }) => {
    const message = store.messages.get(params.id)
    return message ? json(200, message) : fail(api, 404, `chat message "${params.id}" does not exist`)
  },

  patchChatMessage: ({ api, params, body, credential, store }) => {
    const message = store.messages.get(params.id)
    if (!message) return fail(api, 404, `chat message "${params.id}" does not exist`)
    if (body.seen === true) markSeen(store, message, store.getAccountUid(credential!.value))
    return json(200, message)
  },

  createChatMessage: async ({ api, body, credential, store, now }) => {
    if (!store.rooms.get(body.room)) {
      return invalid(api, {
        location: 'body',
        pointer: '/room',
        keyword: 'exists',
        message: `body field "room" must name an existing room (got "${body.room}")`,
      })
    }
    const message = await postMessage(store, store.getAccountUid(credential!.value), body, now())
    return json(200, message)
  },

  findChatRooms: ({ query, credential, store }) => {
    const matches = store
      .listRooms(store.getAccountUid(credential!.value))
      .filter(
        (room) =>
          (query.createdBy === undefined || room.createdBy === query.createdBy) &&
          (query['createdBy[$in]'] === undefined ||
            (room.createdBy !== undefined && query['createdBy[$in]'].includes(room.createdBy))) &&
          (query.participants === undefined || room.participants!.includes(query.participants)) &&
          (query['participants[$in]'] === undefined ||
            query['participants[$in]'].some((uid) => room.participants!.includes(uid))),
      )
    return json(200, cut(matches, query))
  },

  getChatRoom: ({ api, params, credential, store }) => {
    const uid = store.getAccountUid(credential!.value)
    const room = store.rooms.get(params.id)
    // A room the caller does not take part in is not visible: the same answer as a missing one.
    if (!room?.participants?.includes(uid))
      return fail(api, 404, `chat room "${params.id}" does not exist, or account "${uid}" does not take part in it`)
    return json(200, room)
  },

  createChatRoom: async ({ api, body, credential, store, now }) => {
    const uid = store.getAccountUid(credential!.value)
    if (!body.participants.some((participant) => participant !== uid)) {
      return invalid(api, {
        location: 'body',
        pointer: '/participants',
        keyword: 'contains',
        message: `body field "participants" must name a participant besides the caller ("${uid}")`,
      })
    }
    const participants = body.participants.includes(uid) ? body.participants : [...body.participants, uid]
    const room = await store.findOrCreateRoom(participants, (id): ChatRoom => ({
      id,
      createdAt: now().getTime(),
      createdBy: uid,
      // Unset fields are left out, as in the docs' examples.
      ...(body.title === undefined ? {} : { title: body.title }),
      ...(body.description === undefined ? {} : { description: body.description }),
      ...(body.picURL === undefined ? {} : { picURL: body.picURL }),
      participants,
      participantsLastMessageSeen: {},
    }))
    return json(200, room)
  },
}

/**
 * The messages a find can return, oldest first, read from the narrowest index the query allows:
 * a room's or an author's messages rather than all of them.
 */
function selectMessageCandidates(store: HapihubStore, query: FindMessagesQuery): readonly ChatMessage[] {
  if (query.room !== undefined) return store.listRoomMessages(query.room)
  if (query['room[$in]'] !== undefined)
    return store.mergeMessages([...new Set(query['room[$in]'])].map((room) => store.listRoomMessages(room)))
  if (query.createdBy !== undefined) return store.listAuthorMessages(query.createdBy)
  if (query['createdBy[$in]'] !== undefined)
    return store.mergeMessages([...new Set(query['createdBy[$in]'])].map((uid) => store.listAuthorMessages(uid)))
  return store.listMessages()
}

/** Feathers' `$sort[createdAt]`, `$skip` and `$limit`, applied to matches that are oldest first. */
function cut<T>(matches: readonly T[], query: FindMessagesQuery | FindRoomsQuery): T[] {
  const ordered = query['$sort[createdAt]'] === -1 ? [...matches].reverse() : matches
  const skip = query.$skip ?? 0
  return ordered.slice(skip, query.$limit === undefined ? undefined : skip + query.$limit)
}

function invalid(api: ApiSpec, ...issues: Issue[]) {
  return renderError(api, 400, issues.map((issue) => issue.message).join('; '), issues)
}
