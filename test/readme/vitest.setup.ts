// vitest.setup.ts (add it to `test.setupFiles` in vitest.config.ts)
import { afterAll, afterEach, beforeAll } from 'vitest'
import { setupChatmock } from 'chatmock/node'
import 'chatmock/vitest'

export const chatmock = await setupChatmock({
  // apis: ['toggl-focus', 'chatwoot'],  // the APIs to mock (default: all four)
  // seed: 42,                           // another deterministic data set
  // baseUrls: { hapihub: ['https://clinic.example.org'] },
})

beforeAll(() => chatmock.server.listen({ onUnhandledRequest: 'error' }))
afterEach(async () => {
  chatmock.server.resetHandlers()
  await chatmock.reset() // back to the fixtures, byte for byte
})
afterAll(() => chatmock.server.close())
