import type { DirectEvent, RealtimeDefinition } from '../../src/api/api.js'
import { ACCOUNT, type ChatwootStore } from './store.js'

/**
 * `RoomChannel#broadcast_presence` for a contact: the account's online agents. The mock has no
 * agents online, so `users` is `{}`, what Chatwoot sends when nobody is.
 */
function presence(): DirectEvent[] {
  return [{ name: 'presence.update', data: { account_id: ACCOUNT.id, users: {} } }]
}

/**
 * Chatwoot's ActionCable endpoint (specs/chatwoot.asyncapi.yaml): a contact subscribes to
 * `RoomChannel` with the `pubsub_token` of one of its contact inboxes and receives that token's
 * events. A subscription the mock cannot serve is rejected where Rails would stay silent: an
 * unknown token, another channel, no token, or an agent's (`user_id`; the mock has no agents).
 */
export const chatwootRealtime: RealtimeDefinition<ChatwootStore> = {
  actionCable: {
    path: '/cable',
    url: 'wss://app.chatwoot.com/cable',
    subscribe: ({ channel, pubsub_token: token, user_id: userId }, store) =>
      channel === 'RoomChannel' &&
      typeof token === 'string' &&
      userId === undefined &&
      store.getContactInboxByToken(token)
        ? token
        : undefined,
    welcome: presence,
    // `update_presence` (the widget's presence ping) answers with the presence again; Rails ignores other actions.
    perform: (_, action) => (action === 'update_presence' ? presence() : []),
  },
}
