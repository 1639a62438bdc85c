import { expect, it } from 'vitest'
import { chatwootApi } from '../../handlers/chatwoot/index.js'
import { renderAgent, renderConversationPushData, renderMessageEvent } from '../../handlers/chatwoot/push-data.js'
import type { ContractError } from '../../src/errors/contract-error.js'
import { createEventGuard } from '../../src/realtime/create-publisher.js'
import { setupChatmock } from '../../src/runtimes/node.js'

// Every Chatwoot event payload the mock can render from its default data passes the payload schema
// of specs/chatwoot.asyncapi.yaml: each message (a contact's, an agent's, a bot's, a template, one
// answered, one updated with its previous_changes), each conversation (created, its status changed,
// updated), and an agent's typing in it.

const chatmock = await setupChatmock({ apis: ['chatwoot'] })
const store = chatmock.stores.chatwoot
const violations: ContractError[] = []
const guard = createEventGuard(chatwootApi, { onViolation: 'error', record: (error) => violations.push(error) })
const conversations = store.conversations.all()

it.each(conversations.map((conversation) => [conversation.display_id, conversation] as const))(
  'renders conversation %i, its messages and typing in it as valid events',
  (_, conversation) => {
    const messages = store
      .listMessages(conversation.display_id)
      .filter((message) => message.message_type !== 2 && !store.isPrivate(message.id))
    for (const message of messages) {
      expect(
        guard('message.created', renderMessageEvent(store, message, { echoId: 'e-1' })),
        `message ${message.id}`,
      ).toBe(true)
      expect(
        guard(
          'message.updated',
          renderMessageEvent(store, message, {
            previousChanges: {
              status: ['sent', 'read'],
              updated_at: ['2024-03-01T09:00:00.000Z', '2024-03-02T10:00:00.123Z'],
            },
            performer: renderAgent({ id: 1, name: 'Ada' }),
          }),
        ),
        `message ${message.id}`,
      ).toBe(true)
    }
    const pushData = renderConversationPushData(store, conversation)
    expect(guard('conversation.status_changed', { ...pushData, account_id: 1 })).toBe(true)
    expect(
      guard('conversation.updated', { ...pushData, account_id: 1, performer: renderAgent({ id: 1, name: 'Ada' }) }),
    ).toBe(true)
    expect(
      guard('conversation.typing_on', {
        conversation: pushData,
        user: renderAgent({ id: 1, name: 'Ada' }),
        is_private: false,
        account_id: 1,
      }),
    ).toBe(true)
    expect(violations.map((violation) => violation.message)).toEqual([])
  },
)

it('refuses a payload that breaks its schema', () => {
  expect(guard('presence.update', { account_id: 1, users: { 1: 'dancing' } })).toBe(false)
  expect(violations.splice(0)).toHaveLength(1)
})

it('accepts the push data Chatwoot sends with SLAs on (applied_sla, sla_events, sla_policy_id) and an assignee_type', () => {
  const pushData = renderConversationPushData(store, store.conversations.get(56)!)
  expect(
    guard('conversation.updated', {
      ...pushData,
      meta: { ...pushData.meta, assignee_type: 'User' },
      applied_sla: { id: 1, sla_id: 2, sla_status: 'active' },
      sla_events: [{ id: 3, event_type: 'frt' }],
      sla_policy_id: 2,
      account_id: 1,
    }),
  ).toBe(true)
  expect(violations.map((violation) => violation.message)).toEqual([])
})
