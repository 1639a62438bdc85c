import { DEFAULT_SEED } from '../src/store/default-seed.js'
import { createFixtures as createChatwootFixtures } from '../fixtures/chatwoot/create-fixtures.js'
import { createFixtures as createHapihubFixtures } from '../fixtures/hapihub/create-fixtures.js'
import { createFixtures as createRoostedFixtures } from '../fixtures/roosted/create-fixtures.js'
import { createFixtures as createTogglFocusFixtures } from '../fixtures/toggl-focus/create-fixtures.js'

/** The default fixtures of every built-in API, built from one seed: the same seed, the same records. */
export function createFixtures(seed = DEFAULT_SEED) {
  return {
    'toggl-focus': createTogglFocusFixtures(seed),
    roosted: createRoostedFixtures(seed),
    hapihub: createHapihubFixtures(seed),
    chatwoot: createChatwootFixtures(seed),
  }
}

export type FixturesByApi = ReturnType<typeof createFixtures>
