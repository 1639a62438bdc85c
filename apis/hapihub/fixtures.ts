import type { ChatMessage } from './generated/openapi.js'
import type { HapihubFixtures } from './store.js'
import { createSeededFaker, DEFAULT_SEED, FIXTURE_EPOCH } from '../../src/store/seeded-faker.js'

/**
 * The docs' own messages `id-1` and `id-2` exactly as documented (only id, createdAt, createdBy:
 * unset fields are left out), room `room-id`, the docs' token `<your-api-token>` as account
 * `some-uid`, and eight more messages in two rooms.
 */
export function createFixtures(seed = DEFAULT_SEED): HapihubFixtures {
  const faker = createSeededFaker(seed)
  const accounts = [
    { token: '<your-api-token>', uid: 'some-uid' },
    { token: 'token-ada', uid: 'uid-ada' },
    { token: 'token-grace', uid: 'uid-grace' },
  ]
  const rooms = ['room-id', 'room-clinic']
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
      room: rooms[i % 2]!,
      text: faker.lorem.sentence(),
      ...(i % 3 === 0 ? { seenBy: [accounts[(i + 1) % accounts.length]!.uid] } : {}),
    })
  }
  return { rooms, accounts, messages }
}
