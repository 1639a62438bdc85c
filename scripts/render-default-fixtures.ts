import { DEFAULT_SEED } from '../src/store/default-seed.js'

/**
 * An API's default fixtures (faker with DEFAULT_SEED) as data, so that start-up neither imports
 * faker nor runs it; any other seed still builds its fixtures with faker, on demand.
 */
export async function renderDefaultFixturesModule(id: string): Promise<string> {
  const { createFixtures } = (await import(`../fixtures/${id}/create-fixtures.ts`)) as {
    createFixtures(seed: number): unknown
  }
  return [
    `// Generated from fixtures/${id}/create-fixtures.ts with seed ${DEFAULT_SEED} by scripts/generate-specs.ts. Do not edit: run "npm run gen".`,
    `import type { createFixtures } from '../create-fixtures.js'`,
    '',
    `export const defaultFixtures: ReturnType<typeof createFixtures> = ${JSON.stringify(createFixtures(DEFAULT_SEED), null, 2)}`,
    '',
  ].join('\n')
}
