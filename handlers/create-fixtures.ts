import type { FixturesByApiOf } from '../src/api/api.js'
import { DEFAULT_SEED } from '../src/store/default-seed.js'
import { builtinApiIds, builtinApiLoaders, type BuiltinApiId } from './index.js'

export type FixturesByApi = FixturesByApiOf<readonly BuiltinApiId[]>

/** The default fixtures of every built-in API, built from one seed: the same seed, the same records. */
export async function createFixtures(seed = DEFAULT_SEED): Promise<FixturesByApi> {
  const apis = await Promise.all(builtinApiIds.map((id) => builtinApiLoaders[id]()))
  const entries = await Promise.all(apis.map(async (api) => [api.id, await api.fixtures?.seeded?.(seed)] as const))
  return Object.fromEntries(entries) as FixturesByApi
}
