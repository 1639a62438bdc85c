import type { ChatListItem, ChatMember } from './generated/openapi.js'
import type { ChatView, MessageView, RoostedFixtures } from './store.js'
import { createSeededFaker, DEFAULT_SEED, FIXTURE_EPOCH, toIso } from '../../src/store/seeded-faker.js'

interface MessageDraft {
  id: string
  sender: string
  text: string
  date: string
}

interface ChatOptions {
  /** The worker's own flags, by worker id; every member is on the chat, unsilenced, by default. */
  flags?: Record<string, Partial<Pick<ChatListItem, 'silenced' | 'on_chat'>>>
  locked?: '0' | '1'
  autoAddWorkers?: '0' | '1'
  eventId?: string | null
}

/**
 * The docs' own examples: chat yJjarB5xUW ("Project Alpha Team") of workers 3158 (Chris Davis,
 * its admin) and 120915 (Aaron Labrado), and the docs' messages rxsVGOYHC9u and HavJuiLxDiR in
 * chat Xk2mPq7RtA of 3158 and 12 (Jane Smith). Besides: three chats among ten more workers, with
 * messages whose read flags match each member's unread count, and chats of fixed ids that the
 * spec's named example sets use (locked, left, silenced, one to send in, one to edit).
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
  const findWorker = (workerId: string) => workers.find((worker) => worker.id === workerId)!
  const fullName = (workerId: string) => `${findWorker(workerId).name_first} ${findWorker(workerId).name_last}`

  const chats: ChatView[] = []
  const addChat = (id: string, name: string, created: string, memberIds: string[], unread: (workerId: string) => number, options: ChatOptions = {}) => {
    for (const [index, workerId] of memberIds.entries()) {
      chats.push({
        id,
        auto_add_workers: options.autoAddWorkers ?? '0',
        event_id: options.eventId ?? null,
        chat_admin: index === 0 ? '1' : '0',
        silenced: options.flags?.[workerId]?.silenced ?? '0',
        on_chat: options.flags?.[workerId]?.on_chat ?? '1',
        date_created: created,
        name,
        most_recent_message_id: null,
        locked: options.locked ?? '0',
        last_message_timestamp: null,
        message: null,
        name_first: null,
        selected_picture_location: null,
        chats_order: created,
        unread_count: String(unread(workerId)),
        worker_id: workerId,
      })
    }
  }

  addChat('yJjarB5xUW', 'Project Alpha Team', '2024-01-05T20:13:00.000Z', ['3158', '120915'], () => 0)
  const generated: Array<{ id: string; memberIds: string[]; created: number }> = []
  for (let i = 0; i < 3; i++) {
    const memberIds = faker.helpers.arrayElements(workers.slice(2), 3).map((worker) => worker.id)
    if (i === 0) memberIds.push('3158')
    const created = FIXTURE_EPOCH + i * 86_400_000
    const id = faker.string.alphanumeric(10)
    addChat(id, memberIds.map(fullName).join(', '), toIso(created), memberIds, () => faker.number.int({ min: 0, max: 5 }))
    generated.push({ id, memberIds, created })
  }

  workers.push({ id: '12', name_first: 'Jane', name_last: 'Smith', selected_picture_location: 'example/13' })
  addChat('Xk2mPq7RtA', 'Chris Davis, Jane Smith', '2024-01-05T17:00:00.000Z', ['3158', '12'], (workerId) => (workerId === '3158' ? 12 : 1))
  addChat('Sn4dWq8ZmB', 'Shift swaps', '2024-02-01T09:00:00.000Z', ['3158', '4001'], () => 0)
  addChat('Lk7cJd2VwE', 'January rota', '2024-02-02T09:00:00.000Z', ['3158', '4002'], () => 0, { locked: '1' })
  addChat('Of3nYh6TsG', 'Spring fair crew', '2024-02-03T09:00:00.000Z', ['4003', '3158'], () => 0, { flags: { '3158': { on_chat: '0' } }, autoAddWorkers: '1', eventId: '58213' })
  addChat('Sl9eBr1UaK', 'Kitchen team', '2024-02-04T09:00:00.000Z', ['4004', '3158'], () => 0, { flags: { '3158': { silenced: '1' } } })
  addChat('Ed8fGt3HjN', 'Bar staff', '2024-02-05T09:00:00.000Z', ['4007', '4008'], () => 0)

  const messages: MessageView[] = []
  const addMessages = (chatId: string, drafts: MessageDraft[]) => {
    const members = chats.filter((chat) => chat.id === chatId)
    // Each member's unread messages are the last ones others sent, as many as its unread_count.
    const unreadIds = new Map<string, Set<string>>()
    for (const view of members) {
      const others = drafts.filter((draft) => draft.sender !== view.worker_id)
      const unread = Number(view.unread_count)
      if (unread > others.length) throw new Error(`[chatmock] Fixture chat ${chatId} has ${others.length} messages for worker ${view.worker_id} to read, not ${unread}.`)
      unreadIds.set(view.worker_id, new Set(others.slice(others.length - unread).map((draft) => draft.id)))
    }
    for (const draft of drafts) {
      for (const view of members) {
        const read = unreadIds.get(view.worker_id)!.has(draft.id) ? '0' : '1'
        messages.push({ id: draft.id, message: draft.text, sender_id: draft.sender, sender_name: fullName(draft.sender), date_created: draft.date, read, worker_id: view.worker_id, chat_id: chatId })
      }
    }
    const last = drafts.at(-1)!
    for (const view of members) {
      Object.assign(view, {
        most_recent_message_id: last.id,
        last_message_timestamp: last.date,
        message: last.text,
        name_first: findWorker(last.sender).name_first,
        selected_picture_location: findWorker(last.sender).selected_picture_location,
      })
    }
  }

  // Each generated chat: nine messages, its members taking turns, a quarter of an hour apart.
  const minute = 60_000
  for (const { id, memberIds, created } of generated) {
    addMessages(
      id,
      Array.from({ length: 9 }, (_, index) => ({ id: faker.string.alphanumeric(11), sender: memberIds[index % memberIds.length]!, text: faker.lorem.sentence(), date: toIso(created + (index + 1) * 15 * minute) })),
    )
  }
  // The docs' two messages open a conversation of 25, a minute apart: 3158 has not read Jane's
  // messages yet, Jane has read all but the last of Chris's.
  const docsStart = Date.parse('2024-01-05T17:10:00.000Z')
  const opening = [
    { id: 'rxsVGOYHC9u', text: 'Hello there' },
    { id: 'HavJuiLxDiR', text: 'Hi, how are you?' },
    { id: 'G3pK0d9wQmZ', text: 'Doing well, thanks. Are you on the late shift?' },
    { id: 'T1vN6bE2xLr', text: 'Yes, until ten.' },
  ]
  addMessages(
    'Xk2mPq7RtA',
    Array.from({ length: 25 }, (_, index) => ({
      id: opening[index]?.id ?? faker.string.alphanumeric(11),
      sender: index % 2 === 0 ? '3158' : '12',
      text: opening[index]?.text ?? faker.lorem.sentence(),
      date: toIso(docsStart + index * minute),
    })),
  )

  // Chats, then messages chat by chat, sent order, member by member: the order of the store's snapshot.
  return { workers, chats, messages }
}
