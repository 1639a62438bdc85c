import type { ChatMessage, ChatRoom } from './generated/openapi.js'
import type { HapihubFixtures } from './store.js'
import { createSeededFaker, DEFAULT_SEED, FIXTURE_EPOCH } from '../../src/store/seeded-faker.js'

/**
 * The docs' own messages `id-1` and `id-2` exactly as documented (only id, createdAt, createdBy:
 * unset fields are left out), the docs' room `room-id`, the docs' token `<your-api-token>` as
 * account `some-uid`, eight more messages in `room-id` and `room-clinic`, and rooms of other sets
 * of participants (no two rooms share one, so a create finds at most one): `room-private`, which
 * `some-uid` does not take part in, and the newer `room-pharmacy` and `room-lab`.
 */
export function createFixtures(seed = DEFAULT_SEED): HapihubFixtures {
  const faker = createSeededFaker(seed)
  const accounts = [
    { token: '<your-api-token>', uid: 'some-uid' },
    { token: 'token-ada', uid: 'uid-ada' },
    { token: 'token-grace', uid: 'uid-grace' },
  ]
  const roomIds = ['room-id', 'room-clinic']
  const messages: ChatMessage[] = [
    { id: 'id-1', createdAt: 1564661697125, createdBy: 'some-uid' },
    { id: 'id-2', createdAt: 1564661697125, createdBy: 'some-uid' },
  ]
  for (let i = 3; i <= 10; i++) {
    const author = accounts[i % accounts.length]!
    messages.push({
      id: `id-${i}`,
      createdAt: FIXTURE_EPOCH + i * 60_000,
      createdBy: author.uid,
      room: roomIds[i % 2]!,
      text: faker.lorem.sentence(),
      ...(i % 3 === 0 ? { seenBy: [accounts[(i + 1) % accounts.length]!.uid] } : {}),
    })
  }

  const day = 86_400_000
  const rooms: ChatRoom[] = [
    { id: 'room-id', createdAt: 1564661697125, createdBy: 'some-uid', participants: ['some-uid', 'uid-ada', 'uid-grace'], participantsLastMessageSeen: {} },
    {
      id: 'room-clinic',
      createdAt: FIXTURE_EPOCH,
      createdBy: 'uid-ada',
      title: 'Clinic',
      description: 'Front desk and doctors on duty',
      picURL: 'https://example.org/rooms/clinic.png',
      participants: ['uid-ada', 'uid-grace', 'some-uid', 'uid-nurse'],
      participantsLastMessageSeen: {},
    },
    { id: 'room-private', createdAt: FIXTURE_EPOCH + day, createdBy: 'uid-ada', participants: ['uid-ada', 'uid-grace'], participantsLastMessageSeen: {} },
    { id: 'room-pharmacy', createdAt: FIXTURE_EPOCH + 2 * day, createdBy: 'some-uid', title: 'Pharmacy', participants: ['some-uid', 'uid-grace'], participantsLastMessageSeen: {} },
    { id: 'room-lab', createdAt: FIXTURE_EPOCH + 3 * day, createdBy: 'uid-grace', title: 'Lab results', participants: ['uid-grace', 'some-uid', 'uid-nurse'], participantsLastMessageSeen: {} },
  ]
  // Each participant's last seen message of a room is the latest one whose seenBy names them.
  for (const message of messages) {
    const room = rooms.find((candidate) => candidate.id === message.room)
    for (const uid of message.seenBy ?? []) if (room?.participants?.includes(uid)) room.participantsLastMessageSeen![uid] = message.id
  }
  return { rooms, accounts, messages }
}
