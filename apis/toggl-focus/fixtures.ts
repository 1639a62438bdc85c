import type { Chat, ChatMessage } from './generated/openapi.js'
import type { TogglFocusFixtures } from './store.js'
import { createSeededFaker, DEFAULT_SEED, FIXTURE_EPOCH, toIso } from '../../src/store/seeded-faker.js'

const HOUR = 3_600_000
const MINUTE = 60_000

/**
 * Workspace 1 holds 24 chats (chat 1 with six messages, chat 3 deleted), workspace 2 holds five
 * (chat 29 deleted), so paging, isolation and soft delete all have something to show. The spec's
 * named example sets read workspace 1 and change only workspace 2. Users: ada@example.com
 * (toggl_user_id 1001, token toggl_sk_ada) and grace@example.com (1002, toggl_sk_grace).
 */
export function createFixtures(seed = DEFAULT_SEED): TogglFocusFixtures {
  const faker = createSeededFaker(seed)
  const users = [
    { toggl_user_id: 1001, email: 'ada@example.com', api_token: 'toggl_sk_ada' },
    { toggl_user_id: 1002, email: 'grace@example.com', api_token: 'toggl_sk_grace' },
  ]
  const chats: Chat[] = []
  const messages: ChatMessage[] = []

  const addChat = (workspaceId: number, name: string, deleted = false) => {
    const id = chats.length + 1
    const created = FIXTURE_EPOCH + id * HOUR
    chats.push({
      id,
      workspace_id: workspaceId,
      toggl_user_id: users[id % 2]!.toggl_user_id,
      name,
      message_count: 0,
      created_at: toIso(created),
      updated_at: toIso(created + 30 * MINUTE),
      deleted_at: deleted ? toIso(created + HOUR) : null,
    })
    return chats[chats.length - 1]!
  }

  const addMessages = (chat: Chat, count: number) => {
    for (let i = 0; i < count; i++) {
      const created = Date.parse(chat.created_at) + (i + 1) * MINUTE
      messages.push({
        id: messages.length + 1,
        chat_id: chat.id,
        workspace_id: chat.workspace_id,
        role: i % 2 === 0 ? 'user' : 'assistant',
        content: { text: i % 2 === 0 ? `${faker.hacker.phrase()}?` : faker.lorem.sentences(2) },
        feedback_message: null,
        feedback_type: null,
        created_at: toIso(created),
        updated_at: toIso(created),
      })
    }
  }

  addMessages(addChat(1, 'Quarterly planning'), 6)
  addMessages(addChat(1, 'Release checklist'), 3)
  addChat(1, 'Old ideas', true)
  for (let i = 4; i <= 24; i++) addMessages(addChat(1, faker.company.catchPhrase()), faker.number.int({ min: 0, max: 4 }))
  // The last chat of workspace 2 is deleted, for the spec's restore example (the named sets change only workspace 2).
  for (let i = 0; i < 5; i++) addMessages(addChat(2, faker.company.catchPhrase(), i === 4), faker.number.int({ min: 0, max: 3 }))

  return { users, chats, messages }
}
