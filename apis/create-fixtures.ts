import { DEFAULT_SEED } from '../src/store/default-seed.js'
import { createFixtures as createChatwootFixtures } from './chatwoot/fixtures.js'
import { createFixtures as createHapihubFixtures } from './hapihub/fixtures.js'
import { createFixtures as createRoostedFixtures } from './roosted/fixtures.js'
import { createFixtures as createTogglFocusFixtures } from './toggl-focus/fixtures.js'

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
