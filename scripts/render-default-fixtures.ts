import { createFixtures } from '../fixtures/index.js'
import { DEFAULT_SEED } from '../fixtures/default-seed.js'

/**
 * The default fixtures (faker with DEFAULT_SEED) as data, so that start-up neither imports faker
 * nor runs it; any other seed still builds its fixtures with faker, on demand.
 */
export function renderDefaultFixturesModule(): string {
  return [
    `// Generated from fixtures/*.ts with seed ${DEFAULT_SEED} by scripts/generate-specs.ts. Do not edit: run "npm run gen".`,
    `import type { FixturesByApi } from '../index.js'`,
    '',
    `export const defaultFixtures: FixturesByApi = ${JSON.stringify(createFixtures(DEFAULT_SEED), null, 2)}`,
    '',
  ].join('\n')
}
