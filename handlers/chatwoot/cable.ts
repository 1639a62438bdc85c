import type { DirectEvent, RealtimeDefinition } from '../../src/api/api.js'
import { SUPPORT_AGENT } from './agents.js'
import { ACCOUNT, type ChatwootStore } from './store.js'

/**
 * `RoomChannel#broadcast_presence` for a contact: the account's online agents, by id (a string, as
 * `OnlineStatusTracker` keeps them) to their availability. The mock's one agent is online.
 */
function presence(): DirectEvent[] {
  return [
    {
      name: 'presence.update',
      data: { account_id: ACCOUNT.id, users: { [String(SUPPORT_AGENT.id)]: SUPPORT_AGENT.availability_status } },
    },
  ]
}

/** Rails' `blank?`: nil, false, an empty or whitespace-only string, an empty array or hash. */
function isBlank(value: unknown): boolean {
  if (value === undefined || value === null || value === false) return true
  if (typeof value === 'string') return value.trim() === ''
  if (Array.isArray(value)) return value.length === 0
  return typeof value === 'object' && Object.keys(value).length === 0
}

/**
 * Chatwoot's ActionCable endpoint (specs/chatwoot.asyncapi.yaml): a contact subscribes to
 * `RoomChannel` with the `pubsub_token` of one of its contact inboxes and receives that token's
 * events; a blank `user_id` (absent, null, "") is a contact's, as `RoomChannel#current_user` reads
 * it. A subscription the mock cannot serve is rejected where Rails would stay silent (so that a
 * test fails at once rather than wait for a confirmation that never comes): an unknown token,
 * another channel, no token, or an agent's (a `user_id`; the mock has no agents' side).
 */
export const chatwootRealtime: RealtimeDefinition<ChatwootStore> = {
  actionCable: {
    path: '/cable',
    url: 'wss://app.chatwoot.com/cable',
    subscribe: ({ channel, pubsub_token: token, user_id: userId }, store) =>
      channel === 'RoomChannel' && typeof token === 'string' && isBlank(userId) && store.getContactInboxByToken(token)
        ? token
        : undefined,
    welcome: presence,
    // `update_presence` (the widget's presence ping) answers with the presence again; Rails ignores other actions.
    perform: (_, action) => (action === 'update_presence' ? presence() : []),
  },
}
