import type { ChatMember } from './generated/openapi.js'
import type { ChatView, RoostedFixtures } from './store.js'
import { createSeededFaker, DEFAULT_SEED, FIXTURE_EPOCH, toIso } from '../../src/store/seeded-faker.js'

/**
 * The docs' own example, chat yJjarB5xUW ("Project Alpha Team") of workers 3158 (Chris Davis, its
 * admin) and 120915 (Aaron Labrado), and three more chats among ten more workers.
 */
export function createFixtures(seed = DEFAULT_SEED): RoostedFixtures {
  const faker = createSeededFaker(seed)
  const workers: ChatMember[] = [
    { id: '3158', name_first: 'Chris', name_last: 'Davis', selected_picture_location: 'example/1' },
    { id: '120915', name_first: 'Aaron', name_last: 'Labrado', selected_picture_location: 'example/2' },
  ]
  for (let i = 0; i < 10; i++) {
    workers.push({ id: String(4000 + i), name_first: faker.person.firstName(), name_last: faker.person.lastName(), selected_picture_location: `example/${i + 3}` })
  }

  const chats: ChatView[] = []
  const addChat = (id: string, name: string, created: string, memberIds: string[], unread: (workerId: string) => number) => {
    const members = memberIds.map((memberId) => workers.find((worker) => worker.id === memberId)!)
    for (const [index, worker] of members.entries()) {
      chats.push({
        worker_id: worker.id,
        id,
        name,
        chat_admin: index === 0 ? '1' : '0',
        silenced: '0',
        on_chat: '1',
        locked: '0',
        date_created: created,
        most_recent_message_id: null,
        last_message_timestamp: null,
        message: null,
        name_first: null,
        selected_picture_location: null,
        chats_order: created,
        unread_count: String(unread(worker.id)),
        members,
      })
    }
  }

  addChat('yJjarB5xUW', 'Project Alpha Team', '2024-01-05T20:13:00.000Z', ['3158', '120915'], () => 0)
  for (let i = 0; i < 3; i++) {
    const memberIds = faker.helpers.arrayElements(workers.slice(2), 3).map((worker) => worker.id)
    if (i === 0) memberIds.push('3158')
    const names = memberIds.map((memberId) => workers.find((worker) => worker.id === memberId)!)
    addChat(faker.string.alphanumeric(10), names.map((worker) => `${worker.name_first} ${worker.name_last}`).join(', '), toIso(FIXTURE_EPOCH + i * 86_400_000), memberIds, () => faker.number.int({ min: 0, max: 5 }))
  }
  return { workers, chats }
}
