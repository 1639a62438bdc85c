import type { Faker } from '@faker-js/faker'

let fakerPromise: Promise<Faker> | undefined

/**
 * One faker for everything generated while the mock runs, loaded on first use (the built-ins never
 * need it: their fixtures are prebuilt) and re-seeded by each use.
 */
export function loadFaker(): Promise<Faker> {
  fakerPromise ??= import('./seeded-faker.js').then(({ createSeededFaker }) => createSeededFaker(0))
  return fakerPromise
}
