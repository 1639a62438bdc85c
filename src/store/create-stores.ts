import { DEFAULT_SEED } from '../../fixtures/default-seed.js'
import { defaultFixtures } from '../../fixtures/generated/default-fixtures.js'
import type { FixturesByApi } from '../../fixtures/index.js'
import type { StoresByApi } from '../mock/types.js'
import { apiIds } from '../spec/registry.js'
import type { ApiId } from '../spec/types.js'
import { createChatwootStore } from './chatwoot-store.js'
import { createHapihubStore } from './hapihub-store.js'
import { createRoostedStore } from './roosted-store.js'
import type { StoreOptions } from './store-options.js'
import { createTogglFocusStore } from './toggl-focus-store.js'

export interface CreateStoresOptions extends StoreOptions {
  /** The APIs whose stores are loaded with fixtures (default: all four); the others stay empty. */
  apis?: readonly ApiId[]
  /** The faker seed of the default fixtures. */
  seed?: number
  /** Fixtures to use instead of the default ones, per API (e.g. from loadFixturesFile). */
  fixtures?: Partial<FixturesByApi>
}

export interface Stores {
  stores: StoresByApi
  /** The fixtures each reset restores, byte for byte. */
  fixtures: FixturesByApi
  /** Empties the stores (all, or one API's) and loads their fixtures again. */
  reset(api?: ApiId): Promise<void>
}

/** A store per API, loaded with its fixtures. */
export async function createStores(options: CreateStoresOptions = {}): Promise<Stores> {
  // The default seed's fixtures are prebuilt data; another seed loads faker to build its own.
  const seeded = options.seed === undefined || options.seed === DEFAULT_SEED ? structuredClone(defaultFixtures) : (await import('../../fixtures/index.js')).createFixtures(options.seed)
  const fixtures = { ...seeded, ...options.fixtures }
  const stores: StoresByApi = {
    'toggl-focus': createTogglFocusStore(options),
    roosted: createRoostedStore(options),
    hapihub: createHapihubStore(options),
    chatwoot: createChatwootStore(options),
  }
  const reset = async (api?: ApiId) => {
    for (const id of api ? [api] : (options.apis ?? apiIds)) {
      stores[id].clear()
      await (stores[id].load as (data: unknown) => Promise<void>)(structuredClone(fixtures[id]))
    }
  }
  await reset()
  return { stores, fixtures, reset }
}
