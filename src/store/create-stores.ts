import { getApi, importApis, listApiIds } from '../openapi/catalog.js'
import type { AllRegistered, Api, ApiRef, FixturesByApiOf, IdOf, MockStore, StoresOf } from '../api/api.js'
import { DEFAULT_SEED } from './default-seed.js'
import type { StoreOptions } from '../api/store-options.js'

export interface CreateStoresOptions<Refs extends readonly ApiRef[] = AllRegistered> extends StoreOptions {
  /** The APIs to build stores for (default: every registered one). */
  apis?: Refs
  /** The faker seed of the default fixtures. */
  seed?: number
  /** Fixtures to use instead of the default ones, per API (e.g. from loadFixturesFile). */
  fixtures?: Partial<FixturesByApiOf<Refs>>
}

export interface Stores<Refs extends readonly ApiRef[] = AllRegistered> {
  stores: StoresOf<Refs>
  /** The fixtures each reset restores, byte for byte. */
  fixtures: FixturesByApiOf<Refs>
  /** Empties the stores (all, or one API's) and loads their fixtures again. */
  reset(api?: IdOf<Refs[number]>): Promise<void>
}

/** The chosen APIs (by id or as values), among those this process has loaded. */
export function resolveApis(refs: readonly ApiRef[] | undefined): Api[] {
  return (refs ?? (listApiIds() as ApiRef[])).map((ref) => getApi(ref as string | Api) as Api)
}

/** A store per API that has one, loaded with its fixtures. */
export async function createStores<const Refs extends readonly ApiRef[] = AllRegistered>(
  options: CreateStoresOptions<Refs> = {},
): Promise<Stores<Refs>> {
  const apis = (await importApis(options.apis as readonly (string | Api)[] | undefined)) as Api[]
  const given = (options.fixtures ?? {}) as Record<string, unknown>
  const stores: Record<string, MockStore> = {}
  const fixtures: Record<string, unknown> = {}
  for (const api of apis) {
    if (api.createStore) {
      stores[api.id] = api.createStore({ api, recordLimit: options.recordLimit })
      fixtures[api.id] = Object.hasOwn(given, api.id) ? given[api.id] : await seedFixtures(api, options.seed)
    } else if (api.stateful) {
      // Loaded only for a document of the user's own: a page of built-ins never carries it.
      const { createResourceStore } = await import('./resource-store.js')
      stores[api.id] = createResourceStore(api, options.recordLimit)
      fixtures[api.id] = Object.hasOwn(given, api.id) ? given[api.id] : { seed: options.seed ?? DEFAULT_SEED }
    }
  }
  const reset = async (id?: string) => {
    for (const api of id === undefined ? apis : apis.filter((candidate) => candidate.id === id)) {
      const store = stores[api.id]
      if (!store) continue
      store.clear()
      await store.load(structuredClone(fixtures[api.id]))
    }
  }
  await reset()
  return { stores, fixtures, reset } as unknown as Stores<Refs>
}

async function seedFixtures(api: Api, seed: number | undefined): Promise<unknown> {
  const definition = api.fixtures
  if (!definition) return undefined
  // The default seed's fixtures are prebuilt data; another seed loads faker to build its own.
  if (seed !== undefined && seed !== DEFAULT_SEED && definition.seeded) return definition.seeded(seed)
  return structuredClone(
    typeof definition.defaults === 'function' ? (definition.defaults as () => unknown)() : definition.defaults,
  )
}
