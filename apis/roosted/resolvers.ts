import { renderError } from '../../src/contract/render-error.js'
import type { Resolvers } from '../../src/mock/types.js'
import type { Operations } from './generated/operations.js'
import type { RoostedStore } from './store.js'
import { fail, json } from '../../src/mock/respond.js'

/** RoostedHR worker chats, as reference/behaviour.md decides (README: "RoostedHR"). */
export const roostedResolvers: Resolvers<Operations, RoostedStore> = {
  editWorkerChat: async ({ api, params, body, store }) => {
    const view = store.getView(params.id, params.chat_id)
    if (!view) return fail(api, 404, `worker ${params.id} is not a member of a chat ${params.chat_id}`)

    if (body.members) {
      const issues = body.members.flatMap((workerId, index) =>
        store.workers.get(workerId) ? [] : [{ location: 'body' as const, pointer: `/members/${index}`, keyword: 'exists', message: `body field "members[${index}]" must be a known worker id (got "${workerId}")` }],
      )
      if (!body.members.includes(params.id)) {
        issues.push({ location: 'body', pointer: '/members', keyword: 'contains', message: `body field "members" must include the worker in the path ("${params.id}")` })
      }
      if (issues.length > 0) return renderError(api, 400, issues.map((issue) => issue.message).join('; '), issues)
    }

    const memberIds = body.members ?? store.listMembers(params.chat_id)
    const members = memberIds.map((workerId) => store.workers.get(workerId)!)
    const name = body.name ?? view.name
    for (const workerId of store.listMembers(params.chat_id)) {
      if (memberIds.includes(workerId)) store.updateView(workerId, params.chat_id, { name, members })
      else store.removeView(workerId, params.chat_id)
    }
    for (const workerId of memberIds) {
      if (store.getView(workerId, params.chat_id)) continue
      // A new member sees the chat unread-free, not as its admin, and not silenced.
      await store.insertView(workerId, { ...view, name, members, chat_admin: '0', silenced: '0', on_chat: '1', unread_count: '0' })
    }
    return json(200, store.getView(params.id, params.chat_id))
  },
}
